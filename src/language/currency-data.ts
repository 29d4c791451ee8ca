// Every ISO 4217 currency by code, symbol and name, from the CLDR data that Node's Intl carries
// (Intl.supportedValuesOf, Intl.DisplayNames, Intl.NumberFormat): a well-kept source that needs no
// dependency and follows Node's ICU. The lexicon's own `currencies:` add what CLDR does not say:
// bare nouns ("dollars", "Franken"), subunits ("cents", "Rappen") and newsroom prefixes ("C$", "$US").

/** A written form of a currency: the ISO code, and whether the form is the code itself. */
export interface CurrencyForm {
  currency: string;
  /** Written as the code ("USD", "TRY"): a currency only when written in capitals. */
  code: boolean;
}

/** Letters alone ("R", "Ft", "kr", "lei") are words or units too: only CLDR's main symbol may be one. */
const LETTERS_ONLY = /^\p{L}+$/u;
/** A form with a full stop ("Cg.", "St.-Helena-Pfund") would hide a sentence's end inside a phrase (tagger.ts). */
const SENTENCE_MARK = /[.!?…]/u;

/** The currency part of `n` formatted so; building a NumberFormat is the cost, so one formats both numbers asked of it. */
function currencyParts(
  locale: string,
  code: string,
  display: Intl.NumberFormatOptions["currencyDisplay"],
  ns: number[],
): string[] {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: code,
    currencyDisplay: display,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  return ns.map((n) => format.formatToParts(n).find((p) => p.type === "currency")?.value ?? code);
}

/**
 * The written forms of every currency in one language, lower-cased as the lexicon keys them:
 * codes, the language's names (singular and plural), and symbols that name one currency only
 * ("$" is CLDR's symbol for the US dollar alone; "kr" is Swedish, Norwegian and Danish, so none).
 * Computed from Intl; src/language/currencies.ts reads the build's snapshot of it instead.
 */
export function computeCurrencyForms(
  lang: string,
  languages: readonly string[],
  nameForms: ReadonlyArray<readonly [string, string]> = [],
): Map<string, CurrencyForm> {
  const forms = new Map<string, CurrencyForm>();
  const codes = Intl.supportedValuesOf("currency");
  for (const code of codes) forms.set(code.toLowerCase(), { currency: code, code: true });
  const displayNames = new Intl.DisplayNames([lang], { type: "currency" });
  const rules = nameForms.map(([from, to]) => [new RegExp(from, "u"), to] as const);
  for (const code of codes) {
    const written = [displayNames.of(code), ...currencyParts(lang, code, "name", [1, 2])];
    // Declined forms, from the lexicon (German: "in tschechischen Kronen").
    const names = written.slice();
    for (const [from, to] of rules) written.push(...names.map((n) => n?.replace(from, to)));
    for (const name of written) {
      const key = name?.toLowerCase();
      if (key && key !== code.toLowerCase() && !forms.has(key) && !SENTENCE_MARK.test(key))
        forms.set(key, { currency: code, code: false });
    }
  }
  for (const [key, form] of symbolForms(languages)) if (!forms.has(key)) forms.set(key, form);
  return forms;
}

let symbols: Map<string, CurrencyForm> | undefined;

/**
 * Symbols, the same in every language: CLDR's main symbol in any of the languages with a lexicon
 * (their locales), or a narrow one, if it names one currency.
 */
function symbolForms(languages: readonly string[]): Map<string, CurrencyForm> {
  if (symbols) return symbols;
  symbols = new Map();
  const codes = Intl.supportedValuesOf("currency");
  const bySymbol = new Map<string, { main: Set<string>; narrow: Set<string> }>();
  const note = (symbol: string, code: string, main: boolean): void => {
    if (symbol === code) return;
    const entry = bySymbol.get(symbol) ?? { main: new Set<string>(), narrow: new Set<string>() };
    (main ? entry.main : entry.narrow).add(code);
    bySymbol.set(symbol, entry);
  };
  for (const code of codes) {
    for (const locale of languages) note(currencyParts(locale, code, "symbol", [1])[0]!, code, true);
    note(currencyParts("en", code, "narrowSymbol", [1])[0]!, code, false);
  }
  for (const [symbol, { main, narrow }] of bySymbol) {
    const key = symbol.toLowerCase();
    if (SENTENCE_MARK.test(symbol)) continue;
    if (main.size === 1) symbols.set(key, { currency: [...main][0]!, code: false });
    else if (main.size === 0 && narrow.size === 1 && !LETTERS_ONLY.test(symbol))
      symbols.set(key, { currency: [...narrow][0]!, code: false });
  }
  return symbols;
}

// The written forms of every currency, as src/language/currency-data.ts computes them from Node's
// CLDR data, read from the build's snapshot (src/language/generated/currency-forms.ts, written by
// scripts/compile-schemas.mjs) while the snapshot was taken with the same CLDR version, the same
// languages and the same name forms. Computing them loads ICU's currency data: 35-60 ms of every
// run's start, and of every worker's, before the first article.
import { computeCurrencyForms, type CurrencyForm } from "./currency-data.js";
import { CURRENCY_SNAPSHOT } from "./generated/currency-forms.js";

export type { CurrencyForm } from "./currency-data.js";

const cache = new Map<string, Map<string, CurrencyForm>>();

/** The snapshot's forms of one language, if taken for these languages and name forms with this CLDR. */
function snapshotForms(
  lang: string,
  languages: readonly string[],
  nameForms: ReadonlyArray<readonly [string, string]>,
): Map<string, CurrencyForm> | undefined {
  const taken = CURRENCY_SNAPSHOT.forms[lang];
  if (!taken || CURRENCY_SNAPSHOT.cldr !== (process.versions.cldr ?? "")) return undefined;
  if (JSON.stringify([languages, nameForms]) !== taken.key) return undefined;
  return new Map(taken.entries.map(([key, currency, code]) => [key, { currency, code: code === 1 }]));
}

/**
 * The written forms of every currency in one language, lower-cased as the lexicon keys them
 * (computeCurrencyForms says which), from the snapshot where it holds.
 */
export function currencyForms(
  lang: string,
  languages: readonly string[],
  nameForms: ReadonlyArray<readonly [string, string]> = [],
): Map<string, CurrencyForm> {
  let forms = cache.get(lang);
  if (!forms) {
    forms = snapshotForms(lang, languages, nameForms) ?? computeCurrencyForms(lang, languages, nameForms);
    cache.set(lang, forms);
  }
  return forms;
}

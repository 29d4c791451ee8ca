import { defineRule, type FindingDraft, type Place } from "../types.js";
import type { ClaimStore, NameMention } from "../../claims/store.js";
import { fullNameKeyParts, nameKeyParts } from "../../language/name-key.js";
import { compareText } from "../../base/intl.js";
import { fold } from "../../language/country-data.js";
import { availableLanguages, getLexicon } from "../../language/lexicon.js";
import type { ArticleInfo } from "../../corpus/article.js";

type Options = Record<string, never>;

/** The mention's last n words alone (a title before a name is no part of its spelling). */
function lastWords(m: NameMention, n: number): NameMention {
  const words = m.text.split(/\s+/u);
  const text = words.slice(-n).join(" ");
  const start = m.end - text.length;
  return m.text.endsWith(text) ? { ...m, text, start, column: m.column + (start - m.start) } : m;
}

/**
 * The key spellings of one name share: every word's transliteration key; in a name of three words
 * or more (an organisation's: "Novaya Gazeta Europa / Europe"), a long word's last letter may differ.
 */
function nameGroupKey(text: string): string {
  const parts = fullNameKeyParts(text);
  return (parts.length >= 3 ? parts.map((p) => (p.length >= 5 ? p.slice(0, -1) : p)) : parts).join(" ");
}

const placeOf = (m: NameMention): Place => ({
  article: m.article,
  line: m.line,
  column: m.column,
  start: m.start,
  end: m.end,
  text: m.text,
});

/** One person's mentions by the key all spellings of their name share. */
function people(store: ClaimStore): Map<string, NameMention[]> {
  const out = new Map<string, NameMention[]>();
  // Two-word names, so that a title left before one ("Minister Edgars Rinkevics") finds it.
  const pairs = new Set<string>();
  for (const key of store.nameKeys())
    for (const m of store.namesByKey(key))
      if (fullNameKeyParts(m.text).length === 2) pairs.add(fullNameKeyParts(m.text).join(" "));
  for (const key of store.nameKeys()) {
    for (const m of store.namesByKey(key)) {
      const parts = fullNameKeyParts(m.text);
      const lastTwo = parts.slice(-2).join(" ");
      const titled = parts.length > 2 && pairs.has(lastTwo);
      const person = titled ? lastTwo : nameGroupKey(m.text);
      (out.get(person) ?? out.set(person, []).get(person)!).push(titled ? lastWords(m, 2) : m);
    }
  }
  return out;
}

/** A language's genitive endings of names written without an apostrophe ("des Logistikkonzerns Ardvik"). */
const genitiveEndings = (lang: string | undefined): readonly string[] =>
  lang && availableLanguages().includes(lang) ? getLexicon(lang).genitiveEndings : [];

/**
 * Whether spelling `a` is `b` declined: the same words, but a word before the last in the genitive
 * ("Logistikkonzerns Ardvik" of "Logistikkonzern Ardvik"). Grammar, not a second spelling.
 */
function declined(a: string, b: string, endings: readonly string[]): boolean {
  const x = a.split(/\s+/u);
  const y = b.split(/\s+/u);
  if (x.length !== y.length || a === b) return false;
  return x.every((w, i) => w === y[i] || (i < x.length - 1 && endings.some((e) => w === y[i] + e)));
}

/**
 * Whether spellings are one name only by the folding of a surname beside a first name
 * (transliteration.yaml `fullNameRules`, a Cyrillic letter written two ways) in articles of one
 * language, where no transliteration differs: "Thomas Zander" and "Thomas Sander" are two people.
 */
function foldedInOneLanguage(mentions: readonly NameMention[], articles: ReadonlyMap<string, ArticleInfo>): boolean {
  const lastTwo = (parts: string[]): string => parts.slice(-2).join(" ");
  const plain = new Set(mentions.map((m) => lastTwo(nameKeyParts(m.text))));
  const folded = new Set(mentions.map((m) => lastTwo(fullNameKeyParts(m.text))));
  const languages = new Set(mentions.map((m) => articles.get(m.article)?.lang));
  return plain.size > folded.size && languages.size < 2;
}

/** A finding for each person whose name is spelled more than one way. */
function spellingFindings(store: ClaimStore, articles: ReadonlyMap<string, ArticleInfo>): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const [, mentions] of [...people(store)].sort(([x], [y]) => compareText(x, y))) {
    const written = [...new Set(mentions.map((m) => m.text))].sort();
    // A spelling is declined only in a language that declines names so: "Fires" in English is a plural.
    const endingsOf = (s: string): readonly string[] =>
      genitiveEndings(articles.get(mentions.find((m) => m.text === s)!.article)?.lang);
    const spellings = written.filter((s) => !written.some((t) => declined(s, t, endingsOf(s))));
    if (spellings.length < 2 || foldedInOneLanguage(mentions, articles)) continue;
    const first = new Map<string, NameMention>();
    for (const m of mentions) if (!first.has(m.text)) first.set(m.text, m);
    out.push({
      messageId: "variant",
      data: { spellings: spellings.join(" / "), count: spellings.length },
      claims: [],
      places: spellings.flatMap((s) => {
        const m = first.get(s);
        return m ? [placeOf(m)] : [];
      }),
      articles: [...new Set(mentions.map((m) => m.article))].sort(),
      advice: "Pick one spelling (the person's own, or your house transliteration) and use it throughout.",
    });
  }
  return out;
}

/** Every word of the names, by its letters without accents or an ʻokina: the spellings met of each, at their first place. */
function wordSpellings(store: ClaimStore, reported: ReadonlySet<string>): Map<string, Map<string, NameMention>> {
  const words = new Map<string, Map<string, NameMention>>();
  for (const key of store.nameKeys()) {
    for (const m of store.namesByKey(key)) {
      let at = 0;
      for (const written of m.text.split(/\s+/u)) {
        const start = m.text.indexOf(written, at);
        at = start + written.length;
        // A possessive is no other spelling: "Hawaii's" is "Hawaii".
        const w = written.replace(/['’]s$/u, "");
        if (w.length < 3 || reported.has(w)) continue;
        const k = fold(w);
        const spellings = words.get(k) ?? words.set(k, new Map()).get(k)!;
        if (!spellings.has(w))
          spellings.set(w, {
            ...m,
            text: w,
            start: m.start + start,
            end: m.start + start + w.length,
            column: m.column + start,
          });
      }
    }
  }
  return words;
}

/**
 * One word written with and without accents or an ʻokina ("Hawaiʻi" / "Hawaii"): the same
 * letters once those are taken off; only where one spelling has them, and not already reported.
 */
function accentFindings(store: ClaimStore, reported: ReadonlySet<string>): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const [, spellings] of [...wordSpellings(store, reported)].sort(([x], [y]) => compareText(x, y))) {
    const texts = [...spellings.keys()].sort();
    if (texts.length < 2 || !texts.some((w) => /[^\p{ASCII}]/u.test(w)) || texts.every((w) => /[^\p{ASCII}]/u.test(w)))
      continue;
    const places = texts.flatMap((w) => {
      const m = spellings.get(w);
      return m ? [placeOf(m)] : [];
    });
    out.push({
      messageId: "variant",
      data: { spellings: texts.join(" / "), count: texts.length },
      claims: [],
      places,
      articles: [...new Set(places.map((m) => m.article))].sort(),
      advice: "Pick one spelling (the name's own, with its accents, or your house style) and use it throughout.",
    });
  }
  return out;
}

/**
 * The same person spelled differently (Vezhevatova / Weschewatowa), within or across articles and
 * languages. Names are the same person when every word's transliteration key matches; a table
 * of known names is never used.
 */
export const nameVariant = defineRule<Options>({
  meta: {
    id: "name-variant",
    description: "One person's name is spelled in different ways.",
    severity: "warning",
    options: { type: "object", additionalProperties: false, properties: {} },
    defaults: {},
    messages: {
      variant: "{spellings}: {count} spellings of one name",
    },
  },
  check({ store, articles }) {
    const out = spellingFindings(store, articles);
    const reported = new Set(out.flatMap((f) => String(f.data.spellings).split(/\s+|\s*\/\s*/u)));
    return [...out, ...accentFindings(store, reported)];
  },
});

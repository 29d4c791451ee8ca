// Where a language capitalises every noun (German), a capitalised word after a preposition may be
// a place ("bei Kessvar", "in Lahaina") or a common noun ("bei Temperaturen von 40 Grad", "bei
// Protesten", "in Flammen"). No list of nouns can be complete, so the article itself is asked:
// - a word it also writes after an article ("die Flammen", "den heftigen Protesten") is a noun:
//   places take no article, but for the countries and regions the lexicons know;
// - after a preposition that says only "at" or "near" ("bei", "an", "vor"), a word with the
//   ending of a dative plural ("-en", "-ern", "-eln") is a place only where the article also
//   writes it after a preposition that puts something in, into or out of a place ("in Bremen",
//   "aus Dresden"): "bei Unwettern" is weather, "bei Kessvar" a place either way.
import type { Lexicon } from "../language/lexicon.js";

/** Endings of a German dative plural; a place's name may have them too ("Bremen", "Bayern"). */
const DATIVE_PLURAL = /(?:en|ern|eln)$/u;

/** Lexicons and texts asked last, with their answers: one article is asked about many words. */
const asked = { text: "", lexicon: null as Lexicon | null, answers: new Map<string, boolean>() };

function cached(text: string, lexicon: Lexicon, key: string, answer: () => boolean): boolean {
  if (asked.text !== text || asked.lexicon !== lexicon) {
    asked.text = text;
    asked.lexicon = lexicon;
    asked.answers.clear();
  }
  let found = asked.answers.get(key);
  if (found === undefined) {
    found = answer();
    asked.answers.set(key, found);
  }
  return found;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Whether the text writes `word` after an article, with up to two lower-case words between. */
function writtenAfterArticle(text: string, word: string, lexicon: Lexicon): boolean {
  return cached(text, lexicon, `article|${word}`, () => {
    // The article in either case ("Die Flammen", "die Flammen"), the word as written.
    const articles = [...lexicon.determinerWords].map(
      (a) => `[${a[0]}${a[0]!.toUpperCase()}]${escapeRegExp(a.slice(1))}`,
    );
    // Not after a comma, where "der", "dem" open a relative clause ("aus dem Tirvel sein Wasser bezieht").
    const pattern = `(?<![\\p{L}]|,\\s*(?:\\p{L}+\\s+)?)(?:${articles.join("|")})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${escapeRegExp(word)}(?![\\p{L}-])`;
    return new RegExp(pattern, "u").test(text);
  });
}

/** Whether the text writes `word` right after one of the prepositions that put a figure in, into or out of a place. */
function writtenAfterPlacePreposition(text: string, word: string, lexicon: Lexicon): boolean {
  return cached(text, lexicon, `place|${word}`, () => {
    const words = lexicon.inIntoFromPrepositions
      .filter((p) => !lexicon.prepositionsWithArticle.has(p))
      .map(escapeRegExp);
    return new RegExp(`(?<![\\p{L}])(?:${words.join("|")})\\s+${escapeRegExp(word)}(?![\\p{L}])`, "iu").test(text);
  });
}

/**
 * Whether the name `word`, right after a preposition of role `role` with no article between, is a
 * common noun by what its article writes elsewhere. Only where nouns are capitalised; a country or
 * a place the lexicon knows is asked before this.
 */
export function isCommonNounAfterPreposition(
  text: string,
  word: string,
  role: string | undefined,
  lexicon: Lexicon,
): boolean {
  if (!lexicon.capitalisedNouns) return false;
  if (writtenAfterArticle(text, word, lexicon)) return true;
  return role === "at" && DATIVE_PLURAL.test(word) && !writtenAfterPlacePreposition(text, word, lexicon);
}

// Where a language capitalises every noun (German), a capitalised word after a preposition may be
// a place ("bei Kessvar", "in Lahaina") or a common noun ("bei Temperaturen von 40 Grad", "bei
// Protesten", "in Flammen"). No list of nouns can be complete, so the article itself is asked:
// - a word it also writes after an article ("die Flammen", "den heftigen Protesten") is a noun:
//   places take no article, but for the countries and regions the lexicons know;
// - after a preposition that says only "at" or "near" ("bei", "an", "vor"), a word with an
//   ending of the lexicon's `atPluralEndings` (German's dative plural: "-en", "-ern", "-eln";
//   a place's name may have them too: "Bremen", "Bayern") is a place only where the article also
//   writes it after a preposition that puts something in, into or out of a place ("in Bremen",
//   "aus Dresden"): "bei Unwettern" is weather, "bei Kessvar" a place either way.
import { escapeRegExp } from "../base/regexp.js";
import type { Lexicon } from "../language/lexicon.js";

/** The words a text writes after an article, and after a preposition of a place: found in one pass. */
interface TextWords {
  afterArticle: Set<string>;
  /** Lower-cased. */
  afterPlacePreposition: Set<string>;
}

/** The text and lexicon asked last, with their words: one article is asked about many words. */
const asked = { text: "", lexicon: null as Lexicon | null, words: null as TextWords | null };

/** A language's two patterns, made once: the article's words, and the prepositions of a place. */
const patterns = new WeakMap<Lexicon, { afterArticle: RegExp; afterPlace: RegExp }>();

function patternsOf(lexicon: Lexicon): { afterArticle: RegExp; afterPlace: RegExp } {
  let p = patterns.get(lexicon);
  if (p) return p;
  // The article in either case ("Die Flammen", "die Flammen"), with up to two words in small
  // letters between; not after a comma, where "der", "dem" open a relative clause ("aus dem Tirvel
  // sein Wasser bezieht").
  const articles = [...lexicon.determinerWords].map(
    (a) => `[${a[0]}${a[0]!.toUpperCase()}]${escapeRegExp(a.slice(1))}`,
  );
  const afterArticle = new RegExp(
    `(?<![\\p{L}]|,\\s*(?:\\p{L}+\\s+)?)(?:${articles.join("|")})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(\\p{Lu}\\p{L}*)(?![\\p{L}-])`,
    "gu",
  );
  const prepositions = lexicon.inIntoFromPrepositions
    .filter((p) => !lexicon.prepositionsWithArticle.has(p))
    .map(escapeRegExp);
  const afterPlace = new RegExp(`(?<![\\p{L}])(?:${prepositions.join("|")})\\s+(\\p{L}+)(?![\\p{L}])`, "giu");
  p = { afterArticle, afterPlace };
  patterns.set(lexicon, p);
  return p;
}

/** The first group of every match of a global pattern in a text (exec, not matchAll: no copy of the pattern per text). */
function firstGroups(pattern: RegExp, text: string, as: (s: string) => string = (s) => s): Set<string> {
  const out = new Set<string>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.add(as(m[1]!));
  return out;
}

/** The text's words after an article and after "in", "nach", "aus": one scan of it, so no word costs a scan of its own. */
function textWords(text: string, lexicon: Lexicon): TextWords {
  if (asked.text === text && asked.lexicon === lexicon && asked.words) return asked.words;
  const { afterArticle, afterPlace } = patternsOf(lexicon);
  const words: TextWords = {
    afterArticle: firstGroups(afterArticle, text),
    afterPlacePreposition: firstGroups(afterPlace, text, (s) => s.toLowerCase()),
  };
  Object.assign(asked, { text, lexicon, words });
  return words;
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
  const words = textWords(text, lexicon);
  if (words.afterArticle.has(word)) return true;
  return (
    role === "at" &&
    lexicon.atPluralEndings.some((end) => word.endsWith(end)) &&
    !words.afterPlacePreposition.has(word.toLowerCase())
  );
}

/** Whether the text writes `word` after an article ("die Flammen"): a common noun where nouns are capitalised. */
export function writtenAfterArticle(text: string, word: string, lexicon: Lexicon): boolean {
  return lexicon.capitalisedNouns && textWords(text, lexicon).afterArticle.has(word);
}

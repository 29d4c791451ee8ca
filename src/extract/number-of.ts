// "The number of X" before a figure names what the figure counts (issue 13, "What is counted"):
// "the insurer revised the number of stolen records down to 7.8 million", "puts the number of
// injured at 40", "the number of flights cancelled rose to 1,050", "die Zahl der gestohlenen
// Datensätze sank auf 7,8 Millionen", "bezifferte die Zahl der Verletzten auf 40". The phrase is
// a word of the lexicon's figureWords, "of" or a determiner, the words that describe the thing
// (an adjective or a participle: "stolen", "gestohlenen"), and the thing; in English a participle
// may follow it ("flights cancelled"). Its noun, and its participle as the fallback measure, are
// the figure's own, never inferred from a sentence before.
import { getMeasures, looksPlural, type Lexicon } from "../language/lexicon.js";
import { lastPartOfHyphenated } from "./frame.js";
import type { PhraseMatch } from "./parse-phrases.js";
import { isPredicate } from "./predicate-measure.js";
import type { Sentence, Token } from "./tagger.js";

/** What "the number of …" names. */
export interface NumberOf {
  /** What it counts: a noun, people, or a measure word ("injured", "Verletzten"). */
  head: Token;
  /** The counted noun of the figure: a thing, never people or a measure word (those stay bare numbers, compared as people or by their measure). */
  noun: Token | undefined;
  /** The participle that says what happened to it ("stolen", "cancelled", "gestohlenen"), if any. */
  predicate: Token | undefined;
}

/** How many words may describe the thing between "of" and the thing ("the number of newly stolen records"). */
const DESCRIBING_WORDS = 3;

/**
 * The "number of" phrase nearest before figure `m` in its sentence, when it names what is counted:
 * a noun the lexicon knows, people or a measure word, or a word that looks like a noun (a capital
 * where nouns are capitalised, else a plural).
 */
export function numberOfBefore(
  tokens: readonly Token[],
  s: Sentence,
  m: PhraseMatch,
  lexicon: Lexicon,
): NumberOf | undefined {
  for (let k = m.first - 3; k >= s.first; k--) {
    if (!tokens[k]!.cats.includes("figureWord")) continue;
    let j = k + 1;
    if (!(tokens[j]?.cats.includes("of") || tokens[j]?.cats.includes("det"))) continue;
    j++;
    // "the number of the dead", "the number of its customers": a determiner or a pronoun after "of".
    if (tokens[j - 1]!.cats.includes("of") && (tokens[j]?.cats.includes("det") || tokens[j]?.cats.includes("stop")))
      j++;
    let describing: Token | undefined;
    for (let n = 0; j < m.first && n < DESCRIBING_WORDS && describes(tokens[j]!, lexicon); n++)
      describing = tokens[j++];
    // "Cholera-Verdachtsfälle": a compound written with a hyphen names what its last part does.
    if (j < m.first) j = lastPartOfHyphenated(tokens, j, m.first);
    const head = tokens[j];
    if (!head || j >= m.first || head.raw !== "word" || !governs(tokens, j, m, lexicon)) return undefined;
    const known = head.cats.some((c) => c === "noun" || c === "population" || c === "measure");
    const nounLike = lexicon.capitalisedNouns ? head.cap : !head.cap && looksPlural(head.key, lexicon.pluralEndings);
    if (!known && !nounLike) return undefined;
    // People, and a noun that is itself a measure ("Infektionen": cases), stay bare numbers of that
    // measure; a thing that names its own measure ("records", "Datensätze") is still counted.
    const bare =
      head.info.nounUnit === "person" ||
      (head.info.measure !== undefined && !countsItself(head)) ||
      head.cats.includes("population") ||
      !head.cats.includes("noun");
    const noun = known && bare ? undefined : head;
    const after = j + 1 < m.first ? participleAfter(tokens[j + 1]!, lexicon) : undefined;
    const before = describing && isPredicate(describing, lexicon.predicate) ? describing : undefined;
    return { head, noun, predicate: after ?? before };
  }
  return undefined;
}

/** A thing whose own measure counts it ("records", "Datensätze": measures.yaml nounUnits), not people nor a state. */
function countsItself(head: Token): boolean {
  const unit = head.info.nounUnit;
  return unit !== undefined && getMeasures().get(head.info.measure!)?.nounUnits?.includes(unit) === true;
}

/** Words that write a figure: another figure between the phrase and `m` takes the phrase, not `m`. */
const FIGURE_CATEGORIES = new Set(["num", "units", "teens", "tens", "scale", "pluralScale"]);

/**
 * Whether the phrase whose thing stands at `head` says what figure `m` counts: the first figure
 * after it, or an earlier value of that figure ("down to 7.8 million, from the 9.1 million it had
 * confirmed", "auf 3,4 Millionen, nach 1,2 Millionen am Montag"); never a part of it ("441, 97
 * davon bestätigt") nor a figure of another clause's noun.
 */
function governs(tokens: readonly Token[], head: number, m: PhraseMatch, lexicon: Lexicon): boolean {
  let figureBetween = false;
  for (let k = head + 1; k < m.first && !figureBetween; k++)
    figureBetween = tokens[k]!.cats.some((c) => FIGURE_CATEGORIES.has(c));
  if (!figureBetween) return true;
  let k = m.first - 1;
  if (tokens[k]?.cats.includes("det")) k--;
  const marker = tokens[k];
  return (
    marker !== undefined && (marker.cats.includes("earlierValue") || lexicon.earlierValueAfterFigure.has(marker.key))
  );
}

/**
 * A word that describes the thing counted, before it: where nouns are capitalised any word in
 * small letters ("der gestohlenen Datensätze"); elsewhere a word in small letters that does not
 * look like the thing itself ("stolen", not "records").
 */
function describes(t: Token, lexicon: Lexicon): boolean {
  if (t.raw !== "word" || t.cap) return false;
  if (lexicon.capitalisedNouns) return true;
  const known = t.cats.some((c) => c === "noun" || c === "population" || c === "measure" || c === "stop");
  return !known && !looksPlural(t.key, lexicon.pluralEndings);
}

/**
 * "flights cancelled", "parcels held up": a participle after the thing (not a verb of change:
 * "flights rose"); "towns rationing water": one of the present, where a language's present
 * progressive says a state now (`presentAuxiliaries`).
 */
function participleAfter(t: Token, lexicon: Lexicon): Token | undefined {
  const words = lexicon.predicate;
  if (!isPredicate(t, words) || t.cats.includes("changeVerb")) return undefined;
  const present = words.presentAuxiliaries.length > 0 && words.progressiveEndings.some((e) => t.key.endsWith(e));
  const participle = present || words.participleEndings.some((e) => t.key.endsWith(e)) || words.forms.has(t.key);
  return participle ? t : undefined;
}

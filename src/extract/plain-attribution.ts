// Attributions the grammar reads no name for, found in the tokens of a sentence: a body named by a
// common noun in small letters ("the commission said", "the airline says", "according to the
// airline"), a name with a possessive inside it ("the Air Passengers' Union says"), and a subject
// set off from its say verb by an apposition ("Brenzia Airports, the airport operator, puts the
// number at …"). Every word comes from the lexicon through the tokens' categories.
import type { AttributionNode } from "./grammar-support.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { Category } from "../language/lexicon.js";
import type { Sentence, Token } from "./tagger.js";

/** What a word of a subject that says a figure may be besides a plain word: a name, what a body is, a noun. */
const IN_SUBJECT = new Set<Category>([
  "name",
  "body",
  "descriptor",
  "noun",
  "population",
  "modifier",
  "sourceKind",
  "label",
  "notPlace",
]);
/** What the last word of a subject may not be: what is counted is not who counts it ("the passengers said"). */
const NOT_A_HEAD = new Set<Category>(["noun", "population"]);
/** The most words a subject or an apposition may have. */
const MOST_WORDS = 6;

const isWord = (t: Token | undefined): t is Token => t?.raw === "word" && t.cats.every((c) => IN_SUBJECT.has(c));
/** The possessive mark written apart from its word: "Passengers' Union". */
const isGluedApostrophe = (t: Token | undefined): boolean => !!t && /^['’]$/u.test(t.text) && !t.spaceBefore;

/**
 * The noun phrase that ends at token `end` (exclusive): its first word and the determiner before
 * it, if any. Small letters need a determiner ("the airline"), capitals are a name ("Brenzia
 * Airports", "the Air Passengers' Union"); the last word is no counted noun.
 */
function subjectEndingAt(tokens: readonly Token[], s: Sentence, end: number): { first: number; det: boolean } | null {
  const head = tokens[end - 1];
  if (!isWord(head) || head.cats.some((c) => NOT_A_HEAD.has(c))) return null;
  let first = end - 1;
  while (first > s.first && end - first < MOST_WORDS) {
    const before = tokens[first - 1]!;
    if (isWord(before) || isGluedApostrophe(before)) first--;
    else break;
  }
  // Leading apostrophes and possessive-only words are no start: "' Union" is part of a name.
  while (first < end - 1 && isGluedApostrophe(tokens[first])) first++;
  const det = first > s.first && tokens[first - 1]!.cats.includes("det");
  if (det) return { first, det };
  // Without a determiner, only a name: every word capitalised.
  for (let k = first; k < end; k++) if (!isGluedApostrophe(tokens[k]) && !tokens[k]!.cap) first = k + 1;
  return first < end ? { first, det: false } : null;
}

/** "X, a passenger group, says": the apposition between commas before `comma`, and the comma before it, else -1. */
function appositionStart(tokens: readonly Token[], s: Sentence, comma: number): number {
  for (let k = comma - 1; k > s.first && comma - k <= MOST_WORDS + 1; k--) {
    const t = tokens[k]!;
    if (t.cats.includes("comma")) {
      const opens = tokens[k + 1]!;
      return opens.cats.includes("det") || opens.cats.includes("article") ? k : -1;
    }
    // A clause with a verb of its own is no apposition ("X, der die Demonstration mitorganisiert hatte, sprach").
    if (t.raw !== "word" || t.cats.includes("sayVerb") || t.cats.includes("num") || t.cats.includes("aux")) return -1;
  }
  return -1;
}

const match = (
  first: number,
  last: number,
  source: { s: number; e: number },
  form: AttributionNode["form"],
  tokens: readonly Token[],
): PhraseMatch => ({
  node: { type: "attribution", form, source, s: tokens[first]!.start, e: tokens[last - 1]!.end },
  first,
  last,
  parses: 1,
  deliberate: false,
});

/** "the commission said", "Brenzia Airports, the airport operator, puts the number at": the subject before say verb k. */
function subjectOfSayVerb(tokens: readonly Token[], s: Sentence, verb: number): PhraseMatch | null {
  let end = verb;
  while (end > s.first && (tokens[end - 1]!.cats.includes("adverb") || tokens[end - 1]!.cats.includes("aux"))) end--;
  // "the cost was estimated at": a passive's subject is what was counted ("was" is no auxiliary here).
  let subject = subjectEndingAt(tokens, s, end);
  if (!subject && tokens[end - 1]?.cats.includes("comma")) {
    const open = appositionStart(tokens, s, end - 1);
    if (open > s.first) subject = subjectEndingAt(tokens, s, open);
    if (subject?.det === false && !tokens[open - 1]!.cap) subject = null;
    if (subject) end = open;
  }
  if (!subject) return null;
  const from = subject.det ? subject.first - 1 : subject.first;
  return match(from, verb + 1, { s: tokens[subject.first]!.start, e: tokens[end - 1]!.end }, "source-verb", tokens);
}

/** "according to the airline", "according to the airline's figures": a body in small letters after "according to". */
function afterAccordingTo(tokens: readonly Token[], s: Sentence, at: number): PhraseMatch | null {
  let k = at + 1;
  if (!tokens[k]?.cats.includes("det")) return null;
  k++;
  const first = k;
  let capital = false;
  while (k < s.last && k - first < MOST_WORDS && (isWord(tokens[k]) || isGluedApostrophe(tokens[k]))) {
    // A word in small letters after a capitalised one is no part of the name: "wie das Ministerium mitteilte".
    if (capital && !tokens[k]!.cap && !isGluedApostrophe(tokens[k])) break;
    capital ||= tokens[k]!.cap;
    k++;
  }
  if (k === first || tokens[k - 1]!.cats.some((c) => NOT_A_HEAD.has(c))) return null;
  // The phrase ends there: at the end of the clause, before a place, a figure or a say verb; else its
  // last word is no head ("according to the preliminary result published by …").
  const after = tokens[k];
  const ends =
    k >= s.last ||
    !after ||
    ["comma", "dot", "placePrep", "num", "sayVerb", "qualifier"].some((c) => after.cats.includes(c as Category)) ||
    after.text === ";";
  if (!ends) return null;
  return match(at, k, { s: tokens[first]!.start, e: tokens[k - 1]!.end }, "according", tokens);
}

/**
 * The attributions of sentence s that the grammar's phrases leave out: one for each say verb and
 * "according to" no attribution phrase holds.
 */
export function plainAttributions(
  tokens: readonly Token[],
  s: Sentence,
  phrases: readonly PhraseMatch[],
): PhraseMatch[] {
  const held = (k: number): boolean => phrases.some((p) => p.node.type === "attribution" && p.first <= k && k < p.last);
  const out: PhraseMatch[] = [];
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k]!;
    if (held(k)) continue;
    const found = t.cats.includes("sayVerb")
      ? subjectOfSayVerb(tokens, s, k)
      : t.cats.includes("accordingTo")
        ? afterAccordingTo(tokens, s, k)
        : null;
    // A subject the grammar read already ("Wie die Zeitung X berichtete") is its phrase's.
    if (found && !phrases.some((p) => p.node.type === "attribution" && p.first < found.last && found.first < p.last))
      out.push(found);
  }
  return out;
}

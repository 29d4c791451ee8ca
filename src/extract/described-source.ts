// A source named by what it is, in small letters ("the airline", "the commission", "the union"),
// stands for a body the article names: one whose name ends in the same word ("the commission" for
// the Brevonian Electoral Commission), or the name heading the sentence the description attributes,
// when the article gives that name as a source too ("Tarnair cancelled 260 flights, the airline
// said": the airline is Tarnair). One such name, or the description stays as written: two
// candidates ("the union" beside a Civic Union and a Passengers' Union) leave it alone, and so
// does a heading name that is itself a speaker in that sentence.
import type { Claim } from "../model/claim.js";
import { type Lexicon, matchPhrase, phraseKey } from "../language/lexicon.js";
import type { Sentence, Tagged, Token } from "./tagger.js";

/** A description: small letters only ("airline", "passenger union"); a name has a capital. */
const isDescription = (source: string): boolean => /^\p{Ll}[\p{Ll}\s'’-]*$/u.test(source);
const lastWord = (name: string): string => name.toLowerCase().split(/\s+/u).at(-1) ?? "";

/** The sentence holding text offset at (sentences in order), else undefined. */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The capitalised name heading sentence s, with a word in small letters after it ("Tarnair cancelled …"), else null. */
function headingName(text: string, tokens: readonly Token[], s: Sentence): string | null {
  let k = s.first;
  if (tokens[k]?.cats.includes("det")) k++;
  const first = k;
  const nameWord = (t: Token | undefined): boolean =>
    t?.raw === "word" && t.cap && !t.cats.some((c) => c === "stop" || c === "det" || c === "placePrep");
  while (k < s.last && (nameWord(tokens[k]) || (/^['’]$/u.test(tokens[k]!.text) && !tokens[k]!.spaceBefore))) k++;
  const next = tokens[k];
  if (k === first || next?.raw !== "word" || next.cap) return null;
  return text.slice(tokens[first]!.start, tokens[k - 1]!.end);
}

/**
 * The claims with each source that is a description replaced by the one name of the article it
 * stands for, where there is one (see above); kinds of source ("police", "officials") stay.
 */
export function resolveDescribedSources(claims: Claim[], text: string, tagged: Tagged, lexicon: Lexicon): Claim[] {
  const { tokens, sentences } = tagged;
  const isKind = (source: string): boolean => {
    const words = phraseKey(source);
    return words.some((_, i) => matchPhrase(lexicon, words, i)?.entry.cats.includes("sourceKind"));
  };
  const names = new Set<string>();
  for (const c of claims) if (c.source && !isDescription(c.source)) names.add(c.source);
  if (names.size === 0) return claims;
  const candidates = new Map<string, Set<string>>();
  const add = (description: string, name: string): void => {
    const set = candidates.get(description) ?? candidates.set(description, new Set()).get(description)!;
    set.add(name);
  };
  // A name a sentence already gives as the source of one of its figures is a speaker there, and a
  // description in the same sentence is another ("Norvel said 900 jobs would go; the union said 1,400").
  const speakers = new Map<Sentence, Set<string>>();
  for (const c of claims) {
    const s = c.span && c.source && !isDescription(c.source) ? sentenceAt(sentences, c.span.start) : undefined;
    if (s) (speakers.get(s) ?? speakers.set(s, new Set()).get(s)!).add(c.source!);
  }
  // The names by their last word, in their order: one look-up per description, not a pass over
  // every name (a 10 MB file gave thousands of each).
  const byLastWord = new Map<string, string[]>();
  for (const n of names) {
    const list = byLastWord.get(lastWord(n));
    if (list) list.push(n);
    else byLastWord.set(lastWord(n), [n]);
  }
  for (const c of claims) {
    if (!c.source || !isDescription(c.source) || isKind(c.source)) continue;
    for (const n of byLastWord.get(lastWord(c.source)) ?? []) add(c.source, n);
    const s = c.span ? sentenceAt(sentences, c.span.start) : undefined;
    const heading = s ? headingName(text, tokens, s) : null;
    if (heading && names.has(heading) && !speakers.get(s!)?.has(heading)) add(c.source, heading);
  }
  return claims.map((c) => {
    const found = c.source ? candidates.get(c.source) : undefined;
    return found?.size === 1 ? { ...c, source: [...found][0]! } : c;
  });
}

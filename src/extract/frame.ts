// The frame around a figure: what is counted (noun), what it is about (subject concept),
// who says so (source), and whose age it is (entity). Every word used here comes from the
// lexicon through the tokens' categories.
import { DAY_CATEGORIES, type Sentence, type Tagged, type Token } from "./tagger.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { AgeNode } from "./grammar-support.js";
import { looksPlural, type Category, type Lexicon } from "../language/lexicon.js";
import { describingWords, nearest, type Clause } from "./clause.js";
import { nameKey } from "../language/name-key.js";
import { plainAttributions } from "./plain-attribution.js";

const NOUN_LOOKAHEAD = 3;

/** The counted noun after a figure: a lexicon noun within a few words, else the next plain noun. */
export function countedNoun(tokens: readonly Token[], s: Sentence, after: number, lexicon: Lexicon): Token | undefined {
  if (tokens[after]?.cats.includes("of")) after++; // "tens of thousands of people"
  // "Thirty of the wagons", "11 of the 14 districts", "17 der 40 Passagiere": a part of the things
  // named counts them.
  // Where no "of" marks it, only the count of the whole does: "17 der 40 Passagiere", not "55 der Toten".
  const ofThe = tokens[after - 1]?.cats.includes("of") && tokens[after]?.cats.includes("det");
  const partitive = tokens[after]?.cats.includes("partitive") && isNumberToken(tokens[after + 1]);
  if (ofThe || partitive) {
    after++;
    while (after < s.last && isNumberToken(tokens[after])) after++;
  }
  if (tokens[after]?.cats.includes("more")) after++; // "300 more men", "300 weitere Männer"
  for (let k = after, words = 0; k < s.last && words < NOUN_LOOKAHEAD; k++) {
    // "40 Typhus-Fälle": where nouns are compounds, one written with a hyphen counts its last part.
    if (lexicon.nounCompounds) k = lastPartOfHyphenated(tokens, k, s.last);
    const t = tokens[k]!;
    if (t.raw !== "word") break;
    words++;
    // "four St. Louis students": an abbreviation and its dot inside a name are one word.
    const dot = tokens[k + 1];
    if (t.cap && lexicon.abbreviations.has(t.key) && dot?.text === "." && !dot.spaceBefore) {
      k++;
      continue;
    }
    // Where nouns are capitalised, a word in small letters is none ("der evakuierten Bewohner").
    const small = lexicon.capitalisedNouns && !t.cap;
    if ((t.cats.includes("noun") || t.cats.includes("population")) && !small) return t;
    // "212 suspected cholera cases": a status stands between a figure and what it counts; so does a
    // measure word that describes it ("three injured people", "drei verletzte Menschen"; not "Drei Verletzte").
    // Where nouns are capitalised, one in small letters describes the next ("40 freiwillige Helfer").
    if (t.cats.includes("status") || (small && t.cats.includes("noun"))) continue;
    if (t.cats.includes("measure") && !t.cap && describesNoun(tokens[k + 1])) continue;
    if (t.cats.some((c) => c !== "name")) break; // a function word, verb trigger, unit …
  }
  const next = tokens[after];
  // "93 Opfern", "36 deaths": a measure that is a noun is what is counted.
  if (
    next?.cats.includes("measure") &&
    after < s.last &&
    (lexicon.capitalisedNouns ? next.cap : looksPlural(next.key, lexicon.pluralEndings))
  )
    return next;
  if (next?.raw !== "word" || after >= s.last || next.cats.some((c) => c !== "name" && c !== "population"))
    return undefined;
  // Where every noun is capitalised (German), a capital is a noun; elsewhere it is a name
  // ("24 Instant News"), and a counted noun looks plural ("3 drivers", not "Two went").
  if (lexicon.capitalisedNouns) return next.cap ? next : undefined;
  // A word with a figure straight after it is a verb and the figure its object ("Plant 4 employs
  // 1,850 workers", "puts 4,100 jobs at risk"), no noun the figure before counts.
  const verb = isNumberToken(tokens[after + 1]) && after + 1 < s.last;
  return !next.cap && !verb && looksPlural(next.key, lexicon.pluralEndings) ? next : undefined;
}

/** A token of a written number: digits ("1,200" is one) or a number word. */
function isNumberToken(t: Token | undefined): boolean {
  return t !== undefined && (t.num !== undefined || NUMBER_WORDS.some((c) => t.cats.includes(c)));
}
const NUMBER_WORDS: readonly Category[] = ["num", "units", "teens", "tens", "hundred", "scale"];

/**
 * Whether the figure starting at `first` is the whole a part before it is counted of ("11 of the
 * 14 districts", "17 der 40 Passagiere"): the whole is what the part's clause says nothing about
 * ("Police detained 40 of the 200 protesters": 200 protesters, not 200 detained; "one of the 12
 * injured died": 12 injured, not 12 dead).
 */
export function isWholeOfPart(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  // "half the 300 voters": the fraction phrase holds its article.
  if (isFraction(before)) return true;
  const ofThe = before?.cats.includes("det") === true && tokens[first - 2]?.cats.includes("of") === true;
  const part = tokens[ofThe ? first - 3 : first - 2];
  // "Half of the 300 residents" ("half of" is one phrase), "die Hälfte der 300 Bewohner".
  if (before?.cats.includes("det") && isFraction(part)) return true;
  if (!ofThe && !before?.cats.includes("partitive")) return false;
  // "the rest of the 40 passengers", "die meisten der 300 Bewohner": a word names the part.
  if (part?.cats.includes("partWord")) return true;
  // "One of the 12 injured died", "Einer der zwölf Verletzten starb": one is a part too; but after
  // a copula the clause goes on to say what the whole is ("His house is one of the 90,000 still
  // without power", "was one of the 81 miners who got out").
  const one = part?.cats.includes("indefinite") === true;
  const after = ofThe ? first - 4 : first - 3;
  return one ? !tokens[after]?.cats.includes("ageCopula") : isNumberToken(part);
}

const isFraction = (t: Token | undefined): boolean => t?.cats.includes("fraction") === true;

/**
 * What the whole of a part says of itself: the words that describe it ("30 of the 52 missing
 * miners": missing; "one of the 81 miners who were rescued died": rescued), else the measure word
 * it counts where that is no noun the lexicon knows ("two of the three dead", "zwei der drei Toten":
 * deaths); never its noun's own ("the 200 protesters" are no count of participants), nor its clause's.
 */
export function measureOfWhole(
  tokens: readonly Token[],
  to: number,
  noun: Token | undefined,
  clause: Clause,
): string | null {
  const describing = describingWords(tokens, to, noun, clause);
  if (describing.length > 0) return tokens[describing[0]!]!.info.measure ?? null;
  const counted = noun ?? tokens[to];
  const near = !noun || tokens.indexOf(noun, to) === to;
  return near && counted?.info.nounUnit === undefined && counted?.cats.includes("measure")
    ? (counted.info.measure ?? null)
    : null;
}

/** Whether a word is a counted noun that a measure word before it may describe. */
const describesNoun = (t: Token | undefined): boolean =>
  t?.raw === "word" && (t.cats.includes("noun") || t.cats.includes("population"));

/** The last word of a compound written with hyphens that starts at k ("Typhus-Fälle"), else k. */
export function lastPartOfHyphenated(tokens: readonly Token[], k: number, end: number): number {
  const glued = (j: number): boolean => j < end && !tokens[j]!.spaceBefore;
  while (
    glued(k + 2) &&
    tokens[k]!.raw === "word" &&
    tokens[k + 1]!.cats.includes("hyphen") &&
    glued(k + 1) &&
    tokens[k + 2]!.raw === "word"
  )
    k += 2;
  return k;
}

/**
 * Whose count a figure is, looked for in the figure's own clause first, then in its sentence:
 * - an attribution phrase that can govern the figure: "according to X" and "…, said X"
 *   anywhere; "X said" after the figure; "X said" before it only when what follows the verb is
 *   what X said ("X said that …", "X said: …") or the figure stands in the verb's own clause
 *   ("X reported plans to call up as many as 400,000"), not in another;
 * - else, in a sentence that attributes (a say verb, "according to"), a kind of source the
 *   grammar reads no name for ("police said", "while organisers put the figure at"): the same
 *   key in every language (src/rules/sources.ts, sourceKey).
 * Never a weekday, a month or a place, and never the subject of a time clause ("Since Putin
 * announced a mobilisation, more than 200,000 have fled").
 */
export function sourceOf(
  text: string,
  tokens: readonly Token[],
  phrases: readonly PhraseMatch[],
  m: PhraseMatch,
  clause: Clause,
  noun: Token | undefined,
  s: Sentence,
): string | null {
  const all = withPlainAttributions(tokens, s, phrases);
  const governing = all.filter((p) => governs(tokens, p, m) && !ownFigureAfter(tokens, all, p, m));
  const nearestPhrase = (within: (p: PhraseMatch) => boolean): string | null => {
    let best: PhraseMatch | undefined;
    for (const p of governing)
      if (within(p) && (!best || Math.abs(p.first - m.first) < Math.abs(best.first - m.first))) best = p;
    if (best?.node.type !== "attribution") return null;
    return cleanName(text.slice(nameStart(tokens, best), nameEnd(tokens, best)));
  };
  // A kind of source the grammar reads no name for ("police said that …", "while organisers put
  // the figure at …"), where the clause (or sentence) it stands in attributes (a say verb, "according to").
  const kindIn = (first: number, last: number): string | null => {
    let cue = false;
    for (let k = first; k < last && !cue; k++)
      cue =
        tokens[k]!.cats.includes("sayVerb") ||
        tokens[k]!.cats.includes("accordingTo") ||
        tokens[k]!.cats.includes("sourceStatement");
    if (!cue) return null;
    // A kind after the figure with a figure of its own after it gives that one ("Police said there
    // were 50,000 and organisers put the number at 80,000": the organisers' is 80,000).
    const ownFigureFollows = (k: number): boolean =>
      k >= m.last && phrases.some((p) => p !== m && p.node.type === "quantity" && p.first > k && p.first < last);
    const k = nearest(
      tokens,
      first,
      last,
      m.first,
      m.last,
      (t, at) => t.cats.includes("sourceKind") && t !== noun && !ownFigureFollows(at),
    );
    return k >= 0 ? cleanName(tokens[k]!.text) : null;
  };
  if (denied(tokens, phrases, m)) return null;
  // The figure's own clause first, then the rest of its sentence.
  return (
    ownerOfFigure(text, tokens, clause, s, phrases, m) ??
    nearestPhrase((p) => p.first >= clause.first && p.last <= clause.last) ??
    ownAccountSubject(text, tokens, phrases, s, m) ??
    kindIn(clause.first, clause.last) ??
    nearestPhrase(() => true) ??
    kindIn(s.first, s.last) ??
    verbFinalSubject(text, tokens, clause, m) ??
    subjectAcrossRelative(text, tokens, s, m)
  );
}

/**
 * "Our count gives us 31,500 votes, not 30,900," said X: a figure a denial puts straight after
 * another figure of its clause is the one the speaker rejects, never the speaker's count.
 */
function denied(tokens: readonly Token[], phrases: readonly PhraseMatch[], m: PhraseMatch): boolean {
  const k = m.first - 1;
  if (!tokens[k]?.cats.includes("denial") || !tokens[k - 1]?.cats.includes("comma")) return false;
  return phrases.some((p) => p.node.type === "quantity" && p.last <= k - 1 && p.last >= k - 3);
}

/**
 * "Tarnair hat nach eigenen Angaben 1.200 Flüge gestrichen", "By its own count, the union has
 * 4,000 members on strike": words of `attribution.ownAccounts` with no figure between them and the
 * figure make it the count of the sentence's subject: the nearest name (or noun in small letters
 * after a determiner) before them, else the first after them; never a time, nor a place after a
 * preposition.
 */
function ownAccountSubject(
  text: string,
  tokens: readonly Token[],
  phrases: readonly PhraseMatch[],
  s: Sentence,
  m: PhraseMatch,
): string | null {
  let own = -1;
  for (let k = s.first; k < s.last && own < 0; k++) if (tokens[k]!.cats.includes("ownAccount")) own = k;
  if (own < 0) return null;
  const [a, b] = own < m.first ? [own, m.first] : [m.last, own];
  if (phrases.some((p) => p !== m && p.node.type === "quantity" && p.first >= a && p.last <= b)) return null;
  const nameWord = (t: Token | undefined): boolean =>
    t?.raw === "word" && !t.cats.some((c) => NO_SOURCE.has(c) || c === "stop" || c === "det" || c === "ownAccount");
  // The subject before the words, nearest first ("…, die nach eigenen Angaben": the name before the comma).
  for (let k = Math.min(own, m.first) - 1; k >= s.first; k--) {
    if (!nameWord(tokens[k]) || (!tokens[k]!.cap && !tokens[k - 1]?.cats.includes("det"))) continue;
    let first = k;
    // Inside a name a capitalised noun is a word of it: "die Vereinigung der Überlebenden von Velmora".
    const inner = (t: Token | undefined): boolean =>
      !!t?.cap && (nameWord(t) || t.cats.every((c) => c === "noun" || c === "population" || c === "name"));
    const joined = (j: number): boolean => tokens[j]?.cats.includes("nameJoiner") === true && inner(tokens[j - 1]);
    while (first > s.first && (inner(tokens[first - 1]) || joined(first - 1))) first -= joined(first - 1) ? 2 : 1;
    if (first > s.first && tokens[first - 1]!.cats.includes("placePrep")) continue;
    // A capital that only opens the sentence is no name ("Aufgerufen hatte …").
    if (first === s.first && k === first && tokens[k]!.cap && !tokens[k]!.cats.includes("name")) continue;
    return cleanName(text.slice(tokens[first]!.start, tokens[k]!.end));
  }
  // Else after them: "By its own count, the union has 4,000".
  for (let k = own + 1; k < m.first; k++) {
    const t = tokens[k]!;
    if (!nameWord(t) || (!t.cap && !tokens[k - 1]?.cats.includes("det"))) continue;
    let end = k + 1;
    while (end < m.first && nameWord(tokens[end]) && tokens[end]!.cap === t.cap) end++;
    return cleanName(text.slice(t.start, tokens[end - 1]!.end));
  }
  return null;
}

/** A sentence's phrases with the attributions the grammar left out, found once for all its figures. */
const plainOfSentence = new WeakMap<readonly PhraseMatch[], PhraseMatch[]>();
function withPlainAttributions(tokens: readonly Token[], s: Sentence, phrases: readonly PhraseMatch[]): PhraseMatch[] {
  let all = plainOfSentence.get(phrases);
  if (!all) {
    all = [...phrases, ...plainAttributions(tokens, s, phrases)];
    plainOfSentence.set(phrases, all);
  }
  return all;
}

/**
 * "Am Mittwoch hatte das Ministerium 79 Fälle gemeldet", "Das Ministerium hatte 79 Fälle
 * gemeldet": where the say verb ends the clause after the figure and an auxiliary stands before
 * it, the subject next to the auxiliary (a determiner and a capitalised word, after it or before
 * it) is whose count it is; so is the subject after the word that opens a subordinate clause
 * ("während die Gewerkschaft mehr als 300.000 nennt", "dass die Polizei 300 zählte").
 */
function verbFinalSubject(text: string, tokens: readonly Token[], clause: Clause, m: PhraseMatch): string | null {
  let end = clause.last - 1;
  while (end > m.last && tokens[end]!.raw === "sym") end--;
  if (end < m.last || !tokens[end]!.cats.includes("sayVerb")) return null;
  const subject = (d: number): string | null => {
    const det = tokens[d];
    const word = tokens[d + 1];
    if (d < clause.first || d + 1 >= m.first || !det?.cats.includes("det") || !word?.cap || word.raw !== "word")
      return null;
    return cleanName(text.slice(word.start, word.end));
  };
  for (let k = clause.first; k < m.first; k++) {
    // "Der Schaden wird auf 5 Millionen geschätzt": a passive's subject is what is counted.
    if (tokens[k]!.cats.includes("passiveAux")) return null;
    // "Die Versicherer haben den Schaden … geschätzt": a clause that opens with its subject has it
    // before the auxiliary; "Am Samstag hat die Polizei … gezählt", after it.
    if (tokens[k]!.cats.includes("aux"))
      return (k - 2 === clause.first ? subject(k - 2) : null) ?? subject(k + 1) ?? subject(k - 2);
    // "während die Gewerkschaft mehr als 300.000 nennt": a subordinate clause, its verb last.
    if (tokens[k]!.cats.includes("timeSub") || tokens[k]!.cats.includes("complementizer")) return subject(k + 1);
  }
  return null;
}

/**
 * "the ministry's count was 15", "the Health Ministry's figure is 15", "The party's own count gave
 * it 511,200": whose a figure word is, in the figure's own clause, is whose count the figure is
 * (the words before the possessive up to a determiner; a word or two in small letters may stand
 * between it and the figure word); "Monday's count" is no one's. So is it from another clause of
 * the sentence with no figure between ("By the union's count, 4,000 ballots were invalid").
 */
function ownerOfFigure(
  text: string,
  tokens: readonly Token[],
  clause: Clause,
  s: Sentence,
  phrases: readonly PhraseMatch[],
  m: PhraseMatch,
): string | null {
  const own = ownerIn(text, tokens, clause.first, clause.last) ?? ellipticOwner(text, tokens, clause, s);
  if (own) return own;
  // The nearest stretch before the figure with no figure in it, within the sentence.
  let from = s.first;
  for (const p of phrases) if (p.node.type === "quantity" && p.last <= m.first && p.last > from) from = p.last;
  return clause.first > from ? ownerIn(text, tokens, from, clause.first) : null;
}

/** Whose a figure word in tokens [first, last) is: "the party's own count" → party, "die Zählung der Partei" → Partei. */
function ownerIn(text: string, tokens: readonly Token[], first: number, last: number): string | null {
  for (let k = first; k < last; k++) {
    const genitive = tokens[k]!.cats.includes("countWord") ? genitiveOwner(tokens, k + 1, last) : null;
    if (genitive) return cleanName(text.slice(genitive.s, genitive.e));
    if (k === first) continue;
    if (!tokens[k]!.cats.includes("figureWord")) continue;
    // "the party's own count", "the commission's official tally": small words between.
    let at = k - 1;
    while (at > first && k - at <= 2 && isSmallModifier(tokens[at]!)) at--;
    const owner = tokens[at]!;
    if (owner.raw !== "word" || !/\p{L}['’]s$/u.test(owner.text)) continue;
    // "Monday's count" is the day's, not anyone's: a time owns no figure.
    if (owner.cats.some((c) => DAY_CATEGORIES.includes(c))) continue;
    let start = at;
    while (
      start > first &&
      tokens[start - 1]!.raw === "word" &&
      tokens[start - 1]!.cap &&
      !tokens[start - 1]!.cats.includes("det")
    )
      start--;
    return cleanName(text.slice(tokens[start]!.start, owner.end));
  }
  return null;
}

/**
 * "The party's own count gave it 511,200; the commission's gave it 509,400": a possessive that
 * heads the figure's clause with its figure word left out, after a clause of the sentence that
 * says it, is whose count the figure is.
 */
function ellipticOwner(text: string, tokens: readonly Token[], clause: Clause, s: Sentence): string | null {
  const at = tokens[clause.first]?.cats.includes("det") ? clause.first + 1 : clause.first;
  const owner = tokens[at];
  const next = tokens[at + 1];
  if (owner?.raw !== "word" || !/\p{L}['’]s$/u.test(owner.text) || owner.cats.some((c) => DAY_CATEGORIES.includes(c)))
    return null;
  if (next?.raw !== "word" || next.cap || next.cats.length > 0) return null;
  return ownerIn(text, tokens, s.first, clause.first) ? cleanName(owner.text) : null;
}

/** The name after a determiner at k, to `last`: "der Partei", "des Wahlausschusses Nord"; no counted noun or time. */
function genitiveOwner(tokens: readonly Token[], k: number, last: number): { s: number; e: number } | null {
  if (!tokens[k]?.cats.includes("det")) return null;
  let end = k + 1;
  while (
    end < last &&
    tokens[end]!.raw === "word" &&
    tokens[end]!.cap &&
    !tokens[end]!.cats.some((c) => NO_SOURCE.has(c) || c === "det")
  )
    end++;
  return end > k + 1 ? { s: tokens[k + 1]!.start, e: tokens[end - 1]!.end } : null;
}

/** A word in small letters that qualifies a figure word ("own", "official", "latest"), no noun or function word. */
const isSmallModifier = (t: Token): boolean =>
  t.raw === "word" && !t.cap && t.cats.every((c) => c === "modifier") && !/['’]s$/u.test(t.text);

/**
 * "Das Netzwerk Lindenhof, das zu den Protesten aufgerufen hatte, hatte die Gesamtzahl mit 82.000
 * angegeben", "The alliance, which called the rallies, has put the total at 82,000": a clause
 * that opens with a verb after a comma and attributes (a say verb) continues the sentence's
 * subject, which a relative clause has split from it: the capitalised words before the
 * sentence's first comma (a kind of source there, if one is).
 */
function subjectAcrossRelative(text: string, tokens: readonly Token[], s: Sentence, m: PhraseMatch): string | null {
  // The first comma, a few words into the sentence, and a later comma before the figure that a
  // verb follows: "X, <relative clause>, hatte … angegeben".
  let first = s.first;
  while (first < m.first && !tokens[first]!.cats.includes("comma")) first++;
  if (first >= m.first || first - s.first > 5 || first === s.first) return null;
  let resumed = -1;
  for (let k = first + 1; k < m.first; k++) {
    const next = tokens[k + 1];
    if (tokens[k]!.cats.includes("comma") && next && (next.cats.includes("aux") || next.cats.includes("sayVerb")))
      resumed = k + 1;
  }
  if (resumed < 0) return null;
  let says = false;
  for (let k = resumed; k < s.last && !says; k++) says = tokens[k]!.cats.includes("sayVerb");
  if (!says) return null;
  for (let k = s.first; k < first; k++) if (tokens[k]!.cats.includes("sourceKind")) return cleanName(tokens[k]!.text);
  let start = first;
  while (
    start > s.first &&
    tokens[start - 1]!.cap &&
    tokens[start - 1]!.raw === "word" &&
    !tokens[start - 1]!.cats.some((c) => NO_SOURCE.has(c) || c === "det" || c === "stop")
  )
    start--;
  if (start === first) return null;
  return cleanName(text.slice(tokens[start]!.start, tokens[first - 1]!.end));
}

/**
 * Whether attribution phrase p can name the source of figure m: "X said" before the figure only
 * when what follows the verb is what X said, or the figure stands in the verb's own clause; never
 * the subject of a time clause, a place, or words that say when.
 */
function governs(tokens: readonly Token[], p: PhraseMatch, m: PhraseMatch): boolean {
  if (p.node.type !== "attribution") return false;
  if (p.node.form === "source-verb" && p.last <= m.first) {
    const next = tokens[p.last];
    const opensSpeech =
      next !== undefined &&
      (next.cats.includes("complementizer") ||
        next.text === ":" ||
        next.text === "," ||
        /^["“„«]$/u.test(next.text) ||
        namesItsFigure(tokens, p.last));
    // Without a colon or "that", the figure must be in the verb's own clause: no comma between.
    let sameClause = true;
    for (let k = p.last; k < m.first; k++) if (tokens[k]!.cats.includes("comma")) sameClause = false;
    if (!opensSpeech && !sameClause) return false;
  }
  // "since Putin announced …": the subject of a time clause says when, not whose count; only what
  // its own verb says is its ("while the union says more than 300,000", "after officials said 300 …").
  if (p.node.form === "source-verb" && tokens[p.first - 1]?.cats.includes("timeSub") && !saysInOwnClause(tokens, p, m))
    return false;
  // "said Marek Holt, 29, one of some 1,500 observers": what follows a source after a comma tells
  // who the source is, not what the source said.
  if (p.node.form === "verb-source" && p.last <= m.first && inApposition(tokens, p)) return false;
  // "…, said a spokesman" names its source; "told a journalist" whom it was said to.
  if (p.node.indefinite && !/^[,"“”„»«]$/u.test(tokens[p.first - 1]?.text ?? "")) return false;
  // "Organisers of a march in Tarvel put the count at …": a place is no one's count.
  if (p.node.form === "source-verb" && afterPlacePreposition(tokens, p.first)) return false;
  const src = p.node.source;
  // Found by binary search: a filter over every token of the file made each figure's source
  // cost the file's length, and a 10 MB file quadratic.
  const words = tokensWithin(tokens, src.s, src.e).filter((t) => t.raw === "word");
  return words.length > 0 && !words.every((t) => t.cats.some((c) => NO_SOURCE.has(c)));
}

/**
 * Where the source of attribution p starts, taking in the words before a possessive inside its
 * name that the grammar's names leave out ("der Air Passengers' Union zufolge").
 */
function nameStart(tokens: readonly Token[], p: PhraseMatch): number {
  if (p.node.type !== "attribution") return p.node.s;
  let k = p.first;
  while (k < p.last && tokens[k]!.start < p.node.source.s) k++;
  const apostrophe = (j: number): boolean => /^['’]$/u.test(tokens[j]!.text) && !tokens[j]!.spaceBefore;
  const capWord = (j: number): boolean =>
    tokens[j]!.raw === "word" && tokens[j]!.cap && !tokens[j]!.cats.includes("det");
  while (k >= 2 && apostrophe(k - 1) && capWord(k - 2)) {
    k -= 2;
    while (k > 0 && capWord(k - 1)) k--;
  }
  // "Der Zählung der Partei zufolge": whose the count is, not the count, is the source.
  if (tokens[k]!.cats.includes("countWord") && genitiveOwner(tokens, k + 1, p.last)) k += 2;
  return tokens[k]!.start;
}

/** Where the source of attribution p ends, taking in a possessive inside its name ("laut der Fliers' Union"). */
function nameEnd(tokens: readonly Token[], p: PhraseMatch): number {
  if (p.node.type !== "attribution") return p.node.e;
  let k = p.first;
  while (k < p.last && tokens[k]!.end < p.node.source.e) k++;
  const apostrophe = (j: number): boolean => /^['’]$/u.test(tokens[j]?.text ?? "") && !tokens[j]!.spaceBefore;
  const capWord = (j: number): boolean =>
    tokens[j]?.raw === "word" && tokens[j]!.cap && !tokens[j]!.cats.includes("det");
  while (apostrophe(k + 1) && capWord(k + 2)) {
    k += 2;
    while (capWord(k + 1) && !tokens[k + 1]!.cats.includes("sayVerb")) k++;
  }
  // "according to Maui officials": a kind of source right after a name is the source, the name
  // says whose ("Maui" alone would be a place).
  const next = tokens[k + 1];
  if (tokens[k]!.cap && next?.cats.includes("sourceKind") && !next.cap && next.spaceBefore) k++;
  return tokens[k]!.end;
}

/**
 * "The party said its own count … gave it 511,200", "the ministry said the tally had risen to 15":
 * a say verb whose object, with "that" left out, is a figure word (a function word, then a word or
 * two in small letters at most) says that figure.
 */
function namesItsFigure(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k]?.cats.includes("stop")) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    if (tokens[j]!.cats.includes("figureWord")) return true;
    if (!isSmallModifier(tokens[j]!)) return false;
  }
  return false;
}

/** Whether figure m follows the say verb of p in the verb's own clause: no comma or semicolon between. */
function saysInOwnClause(tokens: readonly Token[], p: PhraseMatch, m: PhraseMatch): boolean {
  if (p.last > m.first) return false;
  for (let k = p.last; k < m.first; k++) if (tokens[k]!.cats.includes("comma") || tokens[k]!.text === ";") return false;
  return true;
}

/** Whether "said X" is followed by an age or by a comma and a determiner: words about X ("said X, 29, one of …", "said X, the party's candidate"). */
function inApposition(tokens: readonly Token[], p: PhraseMatch): boolean {
  if (p.node.type !== "attribution") return false;
  if (p.node.age) return true;
  const next = tokens[p.last + 1];
  return (
    !!tokens[p.last]?.cats.includes("comma") && !!next && (next.cats.includes("det") || next.cats.includes("article"))
  );
}

/**
 * Whether "X said" after the figure has a figure of its own straight after it, in its clause:
 * "Laut Polizei waren es 12.000, den Veranstaltern zufolge 30.000", "police said 12,000, organisers
 * said 30,000": it says whose that one is, not the one before.
 */
function ownFigureAfter(
  tokens: readonly Token[],
  phrases: readonly PhraseMatch[],
  p: PhraseMatch,
  m: PhraseMatch,
): boolean {
  if (p.node.type !== "attribution" || p.node.form !== "source-verb" || p.first < m.last) return false;
  const next = phrases.find((q) => q.first >= p.last && q.node.type === "quantity");
  if (!next) return false;
  for (let k = p.last; k < next.first; k++)
    if (tokens[k]!.cats.includes("comma") || tokens[k]!.text === ";") return false;
  return true;
}

/** Whether the words at k follow a place preposition ("in Cologne", "in the city of Cologne"). */
function afterPlacePreposition(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.cats.includes("det") ? tokens[k - 2] : tokens[k - 1];
  return !!before?.cats.includes("placePrep");
}

/** Words that say when or where, never whose count: "98,000 (Tuesday)", "said on Monday". */
const NO_SOURCE = new Set<Category>([
  "notSource",
  "weekday",
  "month",
  "relDay",
  "weekend",
  "now",
  "dayPart",
  "noun",
  "population",
  "measure",
]);

const NAME_TO_CLEAN = /['’\s]/u;

/** Strips a possessive and folds white space in a name as written. */
export function cleanName(name: string): string {
  // Most names are one plain word: nothing to strip (a quick test, as this runs for every name word).
  if (!NAME_TO_CLEAN.test(name)) return name;
  return name
    .replace(/['’]s$/u, "")
    .replace(/\s+/gu, " ")
    .trim();
}

export interface NameRun {
  first: number;
  last: number;
  words: string[];
  /** The whole run of capitalised words the name was taken from. */
  run: { first: number; last: number };
}

/** A name word not written in capitals ("Anna", not "UN"); a small ASCII letter after the first settles it without upper-casing. */
const isPersonWord = (t: Token): boolean => {
  if (!t.cats.includes("name")) return false;
  if (t.text.length < 2) return true;
  const c = t.text.charCodeAt(1);
  return (c >= 97 && c <= 122) || t.text !== t.text.toUpperCase();
};

/**
 * Runs of two or more capitalised name words on one line: the article's full names. German
 * capitalises nouns, so there a longer run ("Programmierer Iwan Gromow") keeps its last two.
 */
export function fullNames(tagged: Tagged, lexicon: Lexicon, surnamesOutside: readonly string[] = []): NameRun[] {
  const runs: Array<{ first: number; last: number }> = [];
  const { tokens } = tagged;
  for (let i = 0; i < tokens.length; ) {
    if (!isPersonWord(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      isPersonWord(tokens[j]!) &&
      tokens[j]!.spaceBefore &&
      !tokens[j]!.gapBefore &&
      tokens[j]!.line === tokens[i]!.line
    )
      j++;
    if (j - i >= 2) runs.push({ first: i, last: j });
    i = j;
  }
  // German capitalises nouns: of a longer run ("Programmierer Iwan Gromow", "Maxim Bocharow
  // Emigrant") the two words are kept whose last is a surname the article gives elsewhere, else the last two.
  const surnames = new Set<string>(surnamesOutside);
  if (lexicon.capitalisedNouns)
    for (const r of runs) if (r.last - r.first === 2) surnames.add(nameKey(tokens[r.last - 1]!.text));
  return runs.map(({ first, last }) => {
    let from = first;
    if (lexicon.capitalisedNouns && last - first > 2) {
      from = last - 2;
      for (let k = first; k + 2 <= last; k++) if (surnames.has(nameKey(tokens[k + 1]!.text))) from = k;
    }
    const to = lexicon.capitalisedNouns && last - first > 2 ? from + 2 : last;
    return { first: from, last: to, words: tokens.slice(from, to).map((t) => cleanName(t.text)), run: { first, last } };
  });
}

export interface EntityContext {
  text: string;
  tagged: Tagged;
  lexicon: Lexicon;
  names: () => NameRun[];
  sentenceOf: (token: number) => number;
  /** Told each one-word name looked up among the full names before token `at` (parallel.ts checks a piece's). */
  widening?: (word: string, at: number) => void;
}

/**
 * Whose age it is:
 * - a name in the phrase: "28-year-old Mikhail Bayankin", "Konstantin (42)", "Anna Zuyeva, 35,"
 *   (a one-word name before the age takes the name word before it: "Anna" + "Zuyeva");
 * - "Name, a 32-year-old actor": the name before; "a 47-year-old engineer named Olga" and
 *   "a 19-year-old student, Ivan Belov,": after;
 * - "the 28-year-old … , Mikhail Bayankin," or "der 28-Jährige": a full name later in the
 *   sentence, else the last full name in the two sentences before;
 * - "a 34-year-old engineer" introduces someone unnamed: no entity.
 * A one-word name widens to a full name the article gave before it, if exactly one fits.
 */
export function entityOf(ctx: EntityContext, m: PhraseMatch, node: AgeNode): string | null {
  const { tokens } = ctx.tagged;
  // "aged 16, 17 and 19", "up to the age of 60": a group or a limit, not one named person; "he
  // retired aged 61" is the person the pronoun stands for.
  // "I am 61", "he is 29": the pronoun may stand for someone the article never names.
  if (node.form === "aged") return node.items.length === 1 ? entityOfPronoun(ctx, m) : null;
  if (node.form === "stated") return null;
  const before = tokens[m.first - 1];
  if (node.name && node.form === "name") {
    const last = tokens[m.first]!;
    const prev = tokens[m.first - 1];
    const words =
      prev && isPersonWord(prev) && last.spaceBefore && prev.line === last.line ? [prev.text, last.text] : [last.text];
    return widen(ctx, words.map(cleanName), m.first);
  }
  if (node.name && !before?.cats.includes("indefinite")) {
    const nameToks = tokensWithin(tokens, node.name.s, node.name.e);
    const after = tokens[m.last];
    // "the 28-year-old Internet retailer": a lone capitalised word before a common noun is a modifier.
    const modifier = nameToks.length === 1 && after?.raw === "word" && !after.cap && after.cats.length === 0;
    if (!modifier) {
      let words = nameToks.map((t) => cleanName(t.text));
      // German capitalises nouns: "der 28-jährige Blogger Iwan Petrow" keeps the last two words.
      if (ctx.lexicon.capitalisedNouns && words.length > 2) words = words.slice(-2);
      const entity = widen(ctx, words, m.first);
      if (entity) return entity;
    }
  }
  if (before?.cats.includes("indefinite")) return entityOfIndefinite(ctx, m);
  if (before?.cats.includes("definite") || (node.name && before === undefined)) {
    const here = ctx.sentenceOf(m.first);
    // Runs are in text order: the first one after the phrase is the only one that can be near
    // enough in the same sentence, the last one before it the only one that can be within two.
    const names = ctx.names();
    const next = names[firstRunFrom(names, m.last)];
    if (next && next.first - m.last <= 8 && ctx.sentenceOf(next.first) === here) return next.words.join(" ");
    const prior = names[firstRunEndingAfter(names, m.first) - 1];
    return prior && here - ctx.sentenceOf(prior.first) <= 2 ? prior.words.join(" ") : null;
  }
  return null;
}

/** Words a pronoun may stand apart from its age by ("er habe im Alter von 61", "he retired aged 61"). */
const PRONOUN_REACH = 4;

/**
 * Whose age an age after a pronoun of its clause gives ("Varenko fährt seit 1998 …; er habe im
 * Alter von 61 Jahren", "Belov drove the route for years. He retired aged 61"): the person whose
 * name opens the clause before (after a semicolon) or the sentence before, widened to the full
 * name the article gave; else no one.
 */
function entityOfPronoun(ctx: EntityContext, m: PhraseMatch): string | null {
  const { tokens, sentences } = ctx.tagged;
  const here = sentences[ctx.sentenceOf(m.first)]!;
  let p = m.first - 1;
  while (p >= here.first && m.first - p <= PRONOUN_REACH && !tokens[p]!.cats.includes("pointsBack")) p--;
  if (p < here.first || m.first - p > PRONOUN_REACH) return null;
  let start = p;
  while (start > here.first && tokens[start - 1]!.text !== ";") start--;
  let opening: number;
  if (start > here.first) {
    opening = start - 2;
    while (opening > here.first && tokens[opening - 1]!.text !== ";") opening--;
  } else {
    const before = sentences[ctx.sentenceOf(m.first) - 1];
    if (!before || start !== p) return null;
    opening = before.first;
  }
  const name = tokens[opening];
  return name && isPersonWord(name) ? widen(ctx, [cleanName(name.text)], opening) : null;
}

/**
 * Whose age "a 28-year-old" gives: the name before it ("Ivan Belov, a 28-year-old …"), the name
 * after "named" ("a 28-year-old named Ivan Belov"), or a full name in apposition after the noun
 * ("a 19-year-old student, Ivan Belov, was …"); else no one.
 */
function entityOfIndefinite(ctx: EntityContext, m: PhraseMatch): string | null {
  const { tokens } = ctx.tagged;
  if (tokens[m.first - 2]?.cats.includes("comma")) {
    const run = nameIndex(ctx.names()).byLast.get(m.first - 2);
    if (run) return run.words.join(" ");
    const single = tokens[m.first - 3];
    if (single && isPersonWord(single) && !ctx.lexicon.capitalisedNouns)
      return widen(ctx, [cleanName(single.text)], m.first);
  }
  for (let k = m.last; k < Math.min(tokens.length, m.last + 4); k++) {
    if (tokens[k]!.cats.includes("named") && tokens[k + 1] && isPersonWord(tokens[k + 1]!)) {
      const run = nameIndex(ctx.names()).byFirst.get(k + 1);
      return run ? run.words.join(" ") : widen(ctx, [cleanName(tokens[k + 1]!.text)], k + 1);
    }
  }
  for (let k = m.last; k < Math.min(tokens.length, m.last + 4); k++) {
    if (tokens[k]!.cats.includes("comma")) {
      const run = nameIndex(ctx.names()).byFirst.get(k + 1);
      return run && ctx.sentenceOf(run.first) === ctx.sentenceOf(m.first) ? run.words.join(" ") : null;
    }
    if (tokens[k]!.raw !== "word") break;
  }
  return null;
}

/** Whose age "said Anna Petrova, 35," states: the source's, a full name or one widened to one. */
export function entityOfSource(ctx: EntityContext, source: { s: number; e: number }, at: number): string | null {
  const words = tokensWithin(ctx.tagged.tokens, source.s, source.e)
    .filter((t) => t.raw === "word")
    .map((t) => cleanName(t.text));
  if (words.length === 0) return null;
  return widen(ctx, ctx.lexicon.capitalisedNouns && words.length > 2 ? words.slice(-2) : words, at);
}

/** A one-word name becomes the full name the article gave before it, if exactly one fits. */
function widen(ctx: EntityContext, words: string[], at: number): string | null {
  if (words.length >= 2) return words.join(" ");
  const word = words[0]!;
  ctx.widening?.(word, at);
  const holders = nameIndex(ctx.names()).byWord.get(word);
  // The runs holding the word that end before `at`: a prefix of the word's runs.
  let lo = 0;
  let hi = holders?.runs.length ?? 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holders!.runs[mid]!.last <= at) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && holders!.distinct[lo - 1] === 1) return holders!.runs[0]!.words.join(" ");
  // German capitalises nouns: a lone capitalised word is a name only if used as one elsewhere.
  if (ctx.lexicon.capitalisedNouns && !holders) return null;
  return word;
}

/**
 * Lookups into an article's name runs, so that finding whose age a figure states costs no scan
 * of all names per age (that made the frame step quadratic in a file's size): runs by first and
 * by last token, and by word, the word's runs in text order with how many distinct full names
 * (1 or 2, meaning more) the runs up to each hold.
 */
interface NameIndex {
  byFirst: Map<number, NameRun>;
  byLast: Map<number, NameRun>;
  byWord: Map<string, { runs: NameRun[]; distinct: Uint8Array }>;
}

const nameIndexes = new WeakMap<readonly NameRun[], NameIndex>();

function nameIndex(names: readonly NameRun[]): NameIndex {
  let index = nameIndexes.get(names);
  if (index) return index;
  index = { byFirst: new Map(), byLast: new Map(), byWord: new Map() };
  const runsOf = new Map<string, NameRun[]>();
  for (const n of names) {
    // find() took the first run; runs never share a first or a last token, but keep the first anyway.
    if (!index.byFirst.has(n.first)) index.byFirst.set(n.first, n);
    if (!index.byLast.has(n.last)) index.byLast.set(n.last, n);
    for (const w of new Set(n.words)) (runsOf.get(w) ?? runsOf.set(w, []).get(w)!).push(n);
  }
  for (const [w, runs] of runsOf) {
    const distinct = new Uint8Array(runs.length);
    const full = runs[0]!.words.join(" ");
    let seenOther = false;
    runs.forEach((r, k) => {
      if (!seenOther && r.words.join(" ") !== full) seenOther = true;
      distinct[k] = seenOther ? 2 : 1;
    });
    index.byWord.set(w, { runs, distinct });
  }
  nameIndexes.set(names, index);
  return index;
}

/** The index of the first run that starts at or after token `at` (runs are in text order). */
function firstRunFrom(names: readonly NameRun[], at: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first run that ends after token `at`: the runs before it end at or before. */
function firstRunEndingAfter(names: readonly NameRun[], at: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.last <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens that lie within [s, e) of the text, found by binary search (tokens are in text order). */
function tokensWithin(tokens: readonly Token[], s: number, e: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.start < e; k++) if (tokens[k]!.end <= e) out.push(tokens[k]!);
  return out;
}

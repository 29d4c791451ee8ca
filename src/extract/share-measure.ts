// What a percent measures (issue 13, "every percent gets a frame"): the share of what its clause
// names. "Turnout stood at 61.4 percent" is turnout, a rate that is a percent by nature (a measure
// of measures.yaml whose kinds hold percent); "34.5 percent of the vote" is the share of votes,
// "share:votes", and "40 percent of flights were cancelled" the share of the flights cancelled,
// "share:predicate:any:flight:cancel". A share never meets a count of the same thing: its measure
// is another id, and its kind of unit another dimension (docs/claims.md, "A percent's measure").
// The words are the lexicons' `shares:` (for percents only), `measures:` and frame words.
import type { Lexicon } from "../language/lexicon.js";
import { getMeasures } from "../language/lexicon.js";
import { CHANGE_PREFIX, SHARE_PREFIX, withoutForecast } from "../model/claim.js";
import { type Clause, isMonthName, nearest } from "./clause.js";
import { isChange } from "./difference.js";
import { countedNoun } from "./frame.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { Sentence, Token } from "./tagger.js";

/** The share of a measure: a rate that is a percent by nature is itself, any other "share:" and it ("expected:" kept in front). */
export function shareOf(measure: string): string {
  const what = withoutForecast(measure);
  const expected = measure.slice(0, measure.length - what.length);
  if (what.startsWith(SHARE_PREFIX) || getMeasures().get(what)?.kinds.includes("percent")) return measure;
  return `${expected}${SHARE_PREFIX}${what}`;
}

/** A measure word's measure fits a share when it is one of counts (a share of a price or a temperature is none). */
export function countMeasure(measure: string): boolean {
  return getMeasures().get(measure)?.kinds.includes("count") !== false;
}

/**
 * The share word (the lexicon's `shares:`) nearest the figure in [first, last), as a measure:
 * "Turnout stood at 61.4 percent" → turnout, "34.5 percent of the vote" → share:votes. After the
 * figure, only one it governs, past "of" and determiners ("34,5 Prozent der Stimmen"): "5.1% and
 * inflation reached 3.2 percent" makes the 5.1% no inflation. A percent with its own "of" noun
 * is a share of that noun: a share word before it counts only when that noun is what the share is
 * taken of (shareBases: "Turnout was 61 percent of registered voters"), never "Inflation is the
 * main worry for 40 percent of voters".
 */
export function shareWordIn(tokens: readonly Token[], within: Clause, m: PhraseMatch, lexicon: Lexicon): string | null {
  const after = pastOf(tokens, m.last, within.last);
  const ofNoun = after > m.last && tokens[after]?.raw === "word" ? after : -1;
  const before = (t: Token): boolean => {
    const bases = lexicon.shareBases.get(t.info.share!);
    if (ofNoun < 0) return true;
    for (let k = ofNoun; k <= headOfNoun(tokens, ofNoun, within.last); k++) if (bases?.has(tokens[k]!.key)) return true;
    return false;
  };
  const k = nearest(
    tokens,
    within.first,
    within.last,
    m.first,
    m.last,
    (t, k) => isShareWord(t, lexicon) && ((k < m.first && before(t)) || k === after),
  );
  return k >= 0 ? shareOf(tokens[k]!.info.share!) : null;
}

/**
 * The share word a later percent of the sentence governs, for a percent that names none: "Die
 * Bürgerunion kam auf 34,5 Prozent, die Erneuerungspartei auf 33,1 Prozent der Stimmen" gives
 * both shares of votes. Only the next figure of the sentence, and only a percent.
 */
export function shareOfNextPercent(
  tokens: readonly Token[],
  s: Sentence,
  m: PhraseMatch,
  phrases: readonly PhraseMatch[],
  lexicon: Lexicon,
): string | null {
  const next = phrases.find((p) => p.first >= m.last && p.last <= s.last);
  if (!next || !tokens.slice(next.first, next.last).some(isPercentUnit)) return null;
  const k = pastOf(tokens, next.last, s.last);
  return k > next.last && tokens[k] && isShareWord(tokens[k], lexicon) ? shareOf(tokens[k].info.share!) : null;
}

/**
 * A share word of the lexicon's `shares:`, all nouns: where nouns are capitalised, only written so
 * ("In einer Umfrage stimmen 45 Prozent … zu" is a verb, "45 Prozent der Stimmen" the votes).
 */
export const isShareWord = (t: Token, lexicon: Lexicon): boolean =>
  t.info.share !== undefined && (!lexicon.capitalisedNouns || t.cap || getMeasures().get(t.info.share)?.level === true);

/**
 * Whether the words of forecast (frame.expected) of a percent's clause all stand in its own "of"
 * noun: "61 percent of registered voters" is a share of those registered, no forecast.
 */
export function forecastOnlyInOwnNoun(tokens: readonly Token[], clause: Clause, m: PhraseMatch): boolean {
  const after = pastOf(tokens, m.last, clause.last);
  if (after === m.last || tokens[after]?.raw !== "word") return false;
  const end = headOfNoun(tokens, after, clause.last) + 1;
  let inNoun = false;
  for (let k = clause.first; k < clause.last; k++) {
    if (!tokens[k]!.cats.includes("expected")) continue;
    if (k < after || k >= end) return false;
    inNoun = true;
  }
  return inNoun;
}

/**
 * The first token from `k` past "of", determiners and a possessive that says whose the whole is
 * ("34,5 Prozent der Stimmen" → Stimmen; "38 percent of the country's farmland" → farmland).
 */
function pastOf(tokens: readonly Token[], k: number, last: number): number {
  const from = k;
  while (k < last && (tokens[k]!.cats.includes("of") || tokens[k]!.cats.includes("det"))) k++;
  const possessive = k > from && k + 1 < last && isPossessive(tokens[k]!) && tokens[k + 1]!.raw === "word";
  return possessive ? k + 1 : k;
}

/** A word with a possessive ending ("country's", "Estrovia’s"). */
const isPossessive = (t: Token): boolean => t.raw === "word" && /['’]s$/u.test(t.text);

/** The last word of a noun phrase starting at `k`, within three words, before "of" or a stop word ("registered voters on Sunday" → voters). */
function headOfNoun(tokens: readonly Token[], k: number, last: number): number {
  let head = k;
  const inNoun = (t: Token): boolean => t.raw === "word" && !t.cats.includes("of") && !t.cats.includes("stop");
  while (head + 1 < Math.min(last, k + 3) && inNoun(tokens[head + 1]!)) head++;
  return head;
}

/**
 * The measure word of counts nearest the figure in its clause, none of another figure or straight
 * after it (`otherEnds`: "With 15 deaths, the rate is 3.4 percent" is no share of deaths), as
 * the share of it: "40 percent of those evacuated" → share:evacuated.
 */
export function countMeasureIn(
  tokens: readonly Token[],
  clause: Clause,
  m: PhraseMatch,
  phrases: readonly PhraseMatch[],
  otherEnds: ReadonlySet<number>,
): string | null {
  // A share word is read as one (shareWordIn) or not at all: "turnout" dismissed before "40 percent of
  // voters" is no share of participants, "stimmen … zu" (a verb) no share of votes.
  const noShareWord = (t: Token): boolean => t.info.share === undefined;
  const k = nearest(
    tokens,
    clause.first,
    clause.last,
    m.first,
    m.last,
    (t, k) =>
      t.cats.includes("measure") &&
      noShareWord(t) &&
      !isMonthName(t) &&
      !otherEnds.has(k) &&
      !inAnotherFigure(phrases, m, k) &&
      countMeasure(t.info.measure!) &&
      // "41 percent of capacity": a fill level, no share of what a count counts (measures.yaml `limit`).
      getMeasures().get(t.info.measure!)?.limit !== true,
  );
  return k >= 0 ? shareOf(tokens[k]!.info.measure!) : null;
}

/**
 * Whether a percent, or points of a share, is a change of a share and no level: a figure in
 * percentage points ("0.3 percentage points higher"); after ranges.changeBy in a clause of change
 * ("rose by 4.5 percentage points", "stieg um 3,7 Punkte", "um 4,5 Prozent gestiegen"), or straight
 * after a word of frame.changeAlone ("up 4.5 points on 2021", "down 2 percent") or a verb of change
 * ("Turnout rose 3 percent", "fell 2 points"), unless the share names what it is of.
 */
export function isShareChange(
  tokens: readonly Token[],
  s: Sentence,
  m: PhraseMatch,
  clause: Clause,
  lexicon: Lexicon,
): boolean {
  if (tokens.slice(m.first, m.last).some((t) => t.info.unit === PERCENTAGE_POINTS)) return true;
  const before = tokens[m.first - 1];
  // "Turnout rose 3 percent": a word of change straight before it, with no "to", says by how much;
  // not where the share names what it is of ("fielen vier von zehn Flügen aus": a verb's first
  // part; "picked up 34.5 percent of the vote": a particle).
  const next = tokens[m.last];
  const noun = countedNoun(tokens, s, m.last, lexicon);
  const ofSomething =
    (next !== undefined && (next.cats.includes("of") || next.cats.includes("det"))) ||
    (noun !== undefined && !lexicon.sharePoints.has(noun.key));
  const byHowMuch =
    before !== undefined && (lexicon.changeAlone.has(before.key) || before.cats.includes("changeVerb")) && !ofSomething;
  return (
    isChange(tokens, m, clause, lexicon) || (m.first > clause.first && byHowMuch) || saysChange(tokens, m, lexicon)
  );
}

/**
 * Whether the words around a percent or points of a share make it a change: a noun of change and
 * "of" before it ("ein Plus von 4,5 Punkten", "a gain of 2 points"), or a lead or a comparison
 * straight after it and its points ("2 points ahead", "4,5 Punkte mehr als 2021").
 */
function saysChange(tokens: readonly Token[], m: PhraseMatch, lexicon: Lexicon): boolean {
  const of = tokens[m.first - 1];
  if (of?.cats.includes("of") && lexicon.changeNouns.has(tokens[m.first - 2]?.key ?? "")) return true;
  const next = lexicon.sharePoints.has(tokens[m.last]?.key ?? "") ? m.last + 1 : m.last;
  // "mehr als", "more than" may be one token of the lexicon: its first word says.
  return lexicon.changeAfter.has((tokens[next]?.key ?? "").split(" ")[0]!);
}

/**
 * The measure of a change in percent of an amount its clause names (measures.yaml `amount`): "the
 * harvest, down 18 percent on last year", "Exports rose 4.5 percent", "die Ernte ist um 18 Prozent
 * gesunken" → change:harvest, change:exports; null where the clause names none, or names it only
 * in another figure's words ("exports of 300,000 tonnes, 4 percent more": that figure's own).
 * Never a change in points: points are of a share, and a share is no amount.
 */
export function changedAmountIn(
  tokens: readonly Token[],
  clause: Clause,
  m: PhraseMatch,
  phrases: readonly PhraseMatch[],
): string | null {
  if (!tokens.slice(m.first, m.last).some(isPercentUnit)) return null;
  const k = nearest(
    tokens,
    clause.first,
    clause.last,
    m.first,
    m.last,
    (t, k) =>
      t.cats.includes("measure") &&
      !inAnotherFigure(phrases, m, k) &&
      getMeasures().get(t.info.measure!)?.amount === true,
  );
  return k >= 0 ? `${CHANGE_PREFIX}${tokens[k]!.info.measure!}` : null;
}

/**
 * The change in percent of the amount the figure just before named (`amount`), where the
 * figure's sentence names none: "… the wheat harvest down to 1.9 million tonnes. That is a fall of
 * 26 percent on last year" → change:harvest. Null for points, or where none was named.
 */
export function changeOfAmountBefore(tokens: readonly Token[], m: PhraseMatch, amount: string | null): string | null {
  return amount && tokens.slice(m.first, m.last).some(isPercentUnit) ? `${CHANGE_PREFIX}${amount}` : null;
}

/** Whether token k stands inside a figure other than m. */
function inAnotherFigure(phrases: readonly PhraseMatch[], m: PhraseMatch, k: number): boolean {
  return phrases.some((p) => p !== m && k >= p.first && k < p.last);
}

/** The unit of percentage points (units.yaml). */
const PERCENTAGE_POINTS = "pp";

/**
 * Whether a count's noun is points of a share: a word of frame.sharePoints ("points", "Punkte")
 * counted by a change of a share ("up 4.5 points on the 2021 vote", "stieg um 3,7 Punkte auf 61,9
 * Prozent"), in a clause or sentence that names a share or gives a percent. Such points are
 * percentage points, never a count of points ("the team scored 4 points" stays a count).
 */
export function isPointsOfShare(
  tokens: readonly Token[],
  s: Sentence,
  clause: Clause,
  m: PhraseMatch,
  noun: Token,
  phrases: readonly PhraseMatch[],
  lexicon: Lexicon,
): boolean {
  if (!lexicon.sharePoints.has(noun.key) || !isShareChange(tokens, s, m, clause, lexicon)) return false;
  let namesShare = false;
  for (let k = s.first; k < s.last && !namesShare; k++) namesShare = tokens[k]!.info.share !== undefined;
  const givesPercent = phrases.some((p) => p !== m && tokens.slice(p.first, p.last).some((t) => isPercentUnit(t)));
  return namesShare || givesPercent;
}

/** A token that writes a percent ("percent", "%", "Prozent"). */
const isPercentUnit = (t: Token): boolean => t.info.unit === "percent";

/**
 * Whether the tokens between a count and a percent restate the count as a share: its noun, a
 * comma and a word of frame.restated at most ("512,400 votes, or 34.5 percent", "512.400 Stimmen
 * oder 34,5 Prozent"), or its noun and an opening bracket ("512,400 votes (34.5 percent)").
 */
export function restates(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  const last = tokens[to - 1];
  const bracket = last?.text === "(";
  if (to - from < 1 || to - from > 3 || !(bracket || lexicon.restated.has(last!.key))) return false;
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k]!;
    if (!(t.cats.includes("comma") && !bracket) && !(t.raw === "word" && k === from)) return false;
  }
  return true;
}

// The clause a figure stands in, and what it says about the figure: what happened to what is
// counted (the measure), the places it is about and their roles, and who is counted. A figure's
// frame is read from its own clause first; what the clause leaves out is taken from the rest of
// the sentence and marked as inferred. Every word comes from the lexicon through the tokens'
// categories; this module knows only how clauses are built.
import type { ScopePlace, ScopeRole } from "../model/claim.js";
import { type Category, getMeasures, type Lexicon } from "../language/lexicon.js";
import { FIGURE_CATEGORIES, type Sentence, type Token } from "./tagger.js";
import { escapeRegExp } from "../base/regexp.js";
import { isCommonNounAfterPreposition, writtenAfterArticle } from "./common-nouns.js";
import { placeKey } from "./places.js";

/** Token indexes [first, last) of one clause. */
export interface Clause {
  first: number;
  last: number;
}

/** What opens a new clause after a comma: a clause word, a place, an attribution, another figure ("bei 41 Toten, mehr als 900 Häuser …"). */
const CLAUSE_OPENERS = [
  "clauseBreak",
  "placePrep",
  "nationwide",
  "sayVerb",
  "accordingTo",
  "qualifier",
  "num",
  "units",
  "teens",
  "tens",
  "pluralScale",
  "vagueDet",
] as const;

/** What opens a figure: a clause of its own after "and" and a name ("in London and some 500 in Leeds"). */
const FIGURE_OPENERS = ["qualifier", "num", "units", "teens", "tens", "pluralScale", "vagueDet"] as const;

/** Signs that always end a clause. */
const CLAUSE_SIGNS = new Set([";", ":", "—", "–", "(", ")", "\u2014"]);

/**
 * The clause holding tokens [from, to): bounded by the sentence, by ";" ":" and dashes set off
 * by spaces, and by a comma that a clause-opening word follows (", while organisers put …",
 * ", die Veranstalter sprechen …", ", and police said …").
 */
export function clauseOf(tokens: readonly Token[], s: Sentence, from: number, to: number): Clause {
  // Token k ends a clause (it is a sign or a comma before a new one).
  const isBreak = (k: number): boolean => {
    const t = tokens[k]!;
    if (CLAUSE_SIGNS.has(t.text) && (t.text !== "–" || t.spaceBefore)) return true;
    // A closing quotation mark between the comma and what follows changes nothing ("…,” said Kall).
    let n = k + 1;
    while (n < s.last && tokens[n]!.cats.includes("quote")) n++;
    const next = n < s.last ? tokens[n] : undefined;
    if (!next) return false;
    // "…, said police", ", while organisers …", ", in Köln ebenfalls …": a new clause. Not a word
    // of a change's new value before a figure ("was revised up, to 19,300", "wurde nach oben
    // korrigiert, auf 18.900"): the figure is what the verb before it changed to.
    const changedTo = next.cats.includes("changeTo") && FIGURE_OPENERS.some((c) => tokens[n + 1]?.cats.includes(c));
    if (t.cats.includes("comma") && !changedTo && CLAUSE_OPENERS.some((c) => next.cats.includes(c))) return true;
    // "2,000 in London and 500 in Leeds": "and" between a name and another figure starts the
    // figure's own clause ("1,200 men and 300 women fled" stays one).
    // So does "and" after a verb the lexicon does not know ("410 flights were cancelled and six
    // were diverted to Hollin": the six's place is not the 410's).
    const prev = tokens[k - 1];
    const verb = prev?.raw === "word" && !prev.cap && prev.cats.length === 0;
    if (
      t.cats.includes("rangeAnd") &&
      (prev?.cats.includes("name") || verb) &&
      k - 1 >= s.first &&
      FIGURE_OPENERS.some((c) => next.cats.includes(c))
    )
      return true;
    // "officers said that some 8,000 marched": what is said starts after "that".
    return next.cats.includes("complementizer");
  };
  let first = from;
  while (first > s.first && !isBreak(first - 1)) first--;
  let last = to;
  while (last < s.last && !isBreak(last)) last++;
  return { first, last };
}

/** Whether a token of a category stands in tokens [first, last). */
export function clauseSays(tokens: readonly Token[], c: { first: number; last: number }, cat: Category): boolean {
  for (let k = c.first; k < c.last; k++) if (tokens[k]!.cats.includes(cat)) return true;
  return false;
}

/** Words that end "since" and the event it names: a figure, a comma ("since the attack began, 80,000 …"). */
const SINCE_EVENT_ENDS: readonly Category[] = ["num", "units", "teens", "tens", "pluralScale", "vagueDet", "comma"];
/** Words of a day: "since" before one is read by the day ("since the border opened on Monday"). */
const DAY_WORDS: readonly Category[] = ["weekday", "relDay", "weekend", "now", "month", "until"];
/** How far the event after "since" may run, in tokens ("since its booking and check-in systems failed"). */
const SINCE_EVENT_WORDS = 12;

/**
 * Where the event after "since" at k ends, before `last` ("since the outage began", "seit Beginn
 * des Angriffs": no figure, no day in it), or k + 1 where it names a day or nothing.
 */
export function sinceEventEnd(tokens: readonly Token[], k: number, last: number): number {
  let j = k + 1;
  for (; j < Math.min(last, k + 1 + SINCE_EVENT_WORDS); j++) {
    const t = tokens[j]!;
    if (SINCE_EVENT_ENDS.some((c) => t.cats.includes(c)) || CLAUSE_SIGNS.has(t.text) || t.text === ".") break;
    if (DAY_WORDS.some((c) => t.cats.includes(c))) return k + 1;
  }
  return j;
}

/**
 * Whether the word at k names the event a count runs since, after a determiner ("since the outage
 * began", "seit dem Stromausfall"): a circumstance, never what happened to what the figure counts.
 */
function namesEventSince(tokens: readonly Token[], k: number, s: Sentence): boolean {
  const { first, last } = s;
  if (k === first || !tokens[k - 1]!.cats.includes("det")) return false;
  for (let j = k - 1; j >= Math.max(first, k - SINCE_EVENT_WORDS); j--)
    if (tokens[j]!.cats.includes("since")) return sinceEventEnd(tokens, j, last) > k;
  return false;
}

/** What a figure's words say it measures (measureOf), and whether it is expected or a revision. */
export interface FoundMeasure {
  measure: string | null;
  inferred: boolean;
  expected: boolean;
  revision: boolean;
  /**
   * What the words describing the counted noun measure, where the clause's predicate says another
   * thing happened to them ("three injured people died": injured; "Drei Verletzte starben"): whom it counts.
   */
  described?: string;
}

/**
 * Where a figure's sentence stops lending it a measure: at a figure of a later clause, whose words
 * are its own ("640 road accidents since Sunday, in which 310 people were injured" injured no
 * accident). A whole before the figure still gives its measure ("Of the 1,800 people detained,
 * 240 women were released"), and a figure straight after in brackets is this one in another unit
 * ("4,2 Milliarden Dollar (3,9 Milliarden Euro) für den Neubau").
 */
function beforeLaterFigure(
  tokens: readonly Token[],
  s: Sentence,
  clause: Clause,
  to: number,
  otherFigureEnds: ReadonlySet<number>,
): number {
  const later = [...otherFigureEnds].filter((e) => e > clause.last).sort((a, b) => a - b);
  if (tokens[to]?.text === "(") later.shift();
  return Math.min(s.last, later[0] ?? s.last);
}

/** The nearest token in [first, last) outside [from, to) that passes `test`; on a tie, the one after. */
export function nearest(
  tokens: readonly Token[],
  first: number,
  last: number,
  from: number,
  to: number,
  test: (t: Token, k: number) => boolean,
): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let k = first; k < last; k++) {
    if (k >= from && k < to) continue;
    if (!test(tokens[k]!, k)) continue;
    const d = k < from ? from - k + 0.5 : k - to + 1;
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A limit is said of its own figure only: its word at k is another figure's when a figure ends
 * between them ("licensed for 300 but carried 450": the 450 is no capacity).
 */
function limitOfAnotherFigure(said: string, k: number, from: number, to: number, ends: ReadonlySet<number>): boolean {
  if (!getMeasures().get(said)?.limit) return false;
  // A figure ending right before the word, or a hyphen before it, is the word's ("the 40,000-capacity
  // stadium held 52,000": the 52,000 is no capacity).
  const [a, b] = k < from ? [k - 2, from] : [to, k];
  for (const e of ends) if (e > a && e <= b) return true;
  return false;
}

/**
 * Where nouns are capitalised (German), a capitalised measure word is another noun, not what
 * happened: "Notunterkünfte … 300 Flüchtlingen" counts refugees. A word for a difference of what
 * the noun counts still says what the figure is ("mit 3.000 Stimmen Vorsprung").
 */
function nounWins(said: string, noun: Token | undefined, nounsCapitalised: boolean): boolean {
  const counted = noun?.info.measure;
  return nounsCapitalised && counted !== undefined && getMeasures().get(said)?.differenceOf !== counted;
}

/**
 * The measure of a figure in [from, to): the nearest measure word of its clause that says what
 * happened ("800 Demonstranten festgenommen" are detained, not participants), else the counted
 * noun's own ("36 deaths", "80.000 Teilnehmer"), else the nearest of its sentence (inferred). A
 * word after a determiner names a circumstance more often than what is counted ("since the
 * mobilisation, 70,000 have fled"), so it counts as further away.
 * `expected`: the clause says the figure is expected, planned or registered; the caller makes
 * the measure "expected:" plus the measure, so that a forecast is never compared with a count.
 */
export function measureOf(
  tokens: readonly Token[],
  s: Sentence,
  clause: Clause,
  from: number,
  to: number,
  noun: Token | undefined,
  otherFigureEnds: ReadonlySet<number>,
  nounsCapitalised: boolean,
  figureAfterVerbIsObject = false,
  fits: (measure: string) => boolean = () => true,
  apart: (k: number) => string | undefined = () => undefined,
  isAuxiliary: (t: Token) => boolean = (t) => t.cats.includes("aux"),
): FoundMeasure {
  // A measure word straight after another figure is that figure's ("74 of the 97 dead were identified").
  const best = (first: number, last: number, others: ReadonlySet<number>): string | null => {
    let found: string | null = null;
    let bestDistance = Infinity;
    for (let k = first; k < last; k++) {
      const t = tokens[k]!;
      // A verb written apart ("reisten … ein", "found … alive": `apart`) before the verb's own measure.
      const said = isMonthName(t) ? undefined : (apart(k) ?? (t.cats.includes("measure") ? t.info.measure : undefined));
      const skipped = (k >= from && k < to) || t === noun || !said || others.has(k) || namesEventSince(tokens, k, s);
      if (skipped || inSubordinateAfter(tokens, to, k, isAuxiliary)) continue;
      if (t.cap && nounWins(said, noun, nounsCapitalised)) continue;
      // "300 homes were flooded": a measure of another kind of figure (an area) says nothing of this one.
      if (!fits(said) || limitOfAnotherFigure(said, k, from, to, otherFigureEnds)) continue;
      // "The toll reached 93", "the fire left 93 dead": the figure is the verb's object, and the
      // movement is no measure of it.
      if (figureAfterVerbIsObject && k === from - 1 && isMovement(t)) continue;
      const d =
        distanceOfMeasureWord(tokens, k, first, from, to) + (saidOfFigureBefore(tokens, k, from, first) ? 12 : 0);
      if (d < bestDistance) {
        found = said;
        bestDistance = d;
      }
    }
    return found;
  };
  // Another figure's measure is this one's too when nothing else says: "300 children were among the 2,000 evacuated".
  const none = new Set<number>();
  const { predicate, described, ofTheWhole } = predicateAndDescription(tokens, clause, to, noun, otherFigureEnds, best);
  // A measure-word noun counts it only where the measure counts such things ("340 shelters" are buildings).
  const ofNoun = noun?.info.measure !== undefined && fits(noun.info.measure) ? noun.info.measure : undefined;
  let measure =
    predicate ?? described ?? ofNoun ?? best(withAntecedent(tokens, clause), clause.last, ofTheWhole ?? none);
  let inferred = false;
  if (!measure) {
    const last = beforeLaterFigure(tokens, s, clause, to, otherFigureEnds);
    const apartFromWhole = ofTheWhole ? new Set([...otherFigureEnds, ...ofTheWhole]) : otherFigureEnds;
    measure = best(s.first, last, apartFromWhole) ?? best(s.first, last, ofTheWhole ?? none);
    // A limit is said of its own figure only: "4,300 people spent the night in the camp, which was built for 5,000".
    if (measure && getMeasures().get(measure)?.limit) measure = null;
    inferred = measure !== null;
  }
  const expected = saysExpected(tokens, s, clause, { from, to, noun });
  const own = { measure, inferred, expected, revision: saysRevision(tokens, s, clause, from, to) };
  const whom = described ?? noun?.info.measure;
  return whom && measure && whom !== measure && !inferred ? { ...own, described: whom } : own;
}

/** Words after a time subordinator that say a time, not a clause: "after Monday", "bis Freitag", "seit 2019". */
const TIME_AFTER_SUBORDINATOR: readonly Category[] = ["weekday", "month", "dayPart", "relDay", "weekend", "now"];

/**
 * Whether the word at k stands in a clause a time subordinator opens after the figure ending at
 * `to`, in its own clause ("revised the toll down to nine after one death was found to have had
 * another cause", ", nachdem … gefunden worden war"): what that clause says happened is not the
 * figure's measure. A subordinator before a time ("after Monday", "seit Montag") opens none.
 */
function inSubordinateAfter(
  tokens: readonly Token[],
  to: number,
  k: number,
  isAuxiliary: (t: Token) => boolean,
): boolean {
  for (let j = to; j < k; j++) {
    if (!tokens[j]!.cats.includes("timeSub")) continue;
    const next = tokens[j + 1];
    const aTime = next?.raw === "num" || TIME_AFTER_SUBORDINATOR.some((c) => next?.cats.includes(c));
    // A clause has a verb of its own: an auxiliary between ("was found", "herausgestellt hatte");
    // "seit der Öffnung der Grenze … eingereist" is a phrase of time before the figure's own verb.
    if (!aTime && tokens.slice(j + 1, k).some(isAuxiliary)) return true;
  }
  return false;
}

/**
 * Where a figure's clause starts for its measure words: at the word a relative clause opening it
 * refers to, straight before its comma, when that is a measure word ("The slick, which covered 110
 * square kilometres", "Der Ölteppich, der 110 Quadratkilometer bedeckte": what the clause says the
 * figure measures, no guess); else at its first word.
 */
function withAntecedent(tokens: readonly Token[], clause: Clause): number {
  let k = clause.first;
  while (tokens[k]?.cats.includes("comma")) k++;
  if (!tokens[k]?.cats.includes("relativePronoun")) return clause.first;
  let j = clause.first - 1;
  while (j >= 0 && tokens[j]!.cats.includes("comma")) j--;
  return j >= 0 && tokens[j]!.cats.includes("measure") ? j : clause.first;
}

/**
 * Whether the measure word at k, before a figure at `from`, ends the part of another figure before
 * it, joined by "and" ("12 officers were deployed and 300 people were arrested", "12 Beamte wurden
 * eingesetzt und 300 …"): it is that figure's, and counts as further away from this one, so that a
 * word after this figure says what it is; with none there it still does ("300 marched on Saturday
 * and 40 on Sunday").
 */
function saidOfFigureBefore(tokens: readonly Token[], k: number, from: number, first: number): boolean {
  if (k >= from) return false;
  let and = false;
  for (let j = k + 1; j < from; j++) {
    const t = tokens[j]!;
    if (t.cats.includes("rangeAnd")) and = true;
    else if (t.raw !== "word" || t.cats.includes("measure")) return false;
  }
  if (!and) return false;
  for (let j = k - 1; j >= first; j--) {
    const t = tokens[j]!;
    if (t.cats.includes("comma") || t.cats.includes("rangeAnd")) return false;
    if (t.cats.some((c) => FIGURE_CATEGORIES.has(c))) return true;
  }
  return false;
}

/**
 * How far a measure word at k stands from the figure in [from, to). A word after a determiner counts
 * as further away (a circumstance), unless a word for the figure stands before it ("die Zahl der
 * Geretteten", "the number of the dead": what it counts). A measure noun with "of" before a figure
 * ("the bodies of three others", "die Leichen von drei weiteren") is what that figure counts: this
 * one's first of all (0), never another's (Infinity).
 */
function distanceOfMeasureWord(tokens: readonly Token[], k: number, first: number, from: number, to: number): number {
  if (measureOfFigureAfter(tokens, k)) return k + 2 === from ? 0 : Infinity;
  const counted = k > first + 1 && tokens[k - 2]!.cats.includes("figureWord");
  const circumstance = k > first && tokens[k - 1]!.cats.includes("det") && !counted ? 12 : 0;
  return (k < from ? from - k + 0.5 : k - to + 1) + circumstance;
}

/** A measure word at k followed by "of"/"von" and a figure ("the bodies of three", "die Leichen von drei"). */
export function measureOfFigureAfter(tokens: readonly Token[], k: number): boolean {
  const figure = tokens[k + 2];
  return (
    tokens[k]?.cats.includes("measure") === true &&
    tokens[k + 1]?.cats.includes("of") === true &&
    figure !== undefined &&
    FIGURE_OPENERS.some((c) => figure.cats.includes(c))
  );
}

/**
 * "three injured people died", "drei verletzte Menschen starben": a measure word between the figure
 * and its noun describes whom it counts; the clause's predicate says what happened to them, and
 * wins; with none, the description does ("40 injured people were counted", "300 arrested
 * protesters"); nor does a word of how the count became known ("40,000 dead fish were found").
 */
function predicateAndDescription(
  tokens: readonly Token[],
  clause: Clause,
  to: number,
  noun: Token | undefined,
  otherFigureEnds: ReadonlySet<number>,
  best: (first: number, last: number, others: ReadonlySet<number>) => string | null,
): { predicate: string | null; described: string | null; ofTheWhole?: ReadonlySet<number> } {
  const describing = describingWords(tokens, to, noun, clause);
  if (describing.length === 0) return { predicate: best(clause.first, clause.last, otherFigureEnds), described: null };
  // "2,500 of the evacuated residents may return", "2.500 der evakuierten Bewohner": the word
  // describes the whole the part is of, and says nothing of the part.
  const partitive = tokens.slice(to, describing[0]).some((t) => t.cats.includes("partitive") || t.cats.includes("of"));
  if (partitive) {
    const ofTheWhole = new Set(describing);
    return {
      predicate: best(clause.first, clause.last, new Set([...otherFigureEnds, ...describing])),
      described: null,
      ofTheWhole,
    };
  }
  const described = best(describing[0]!, describing.at(-1)! + 1, otherFigureEnds);
  const predicate = best(clause.first, clause.last, new Set([...otherFigureEnds, ...describing]));
  const discovered = predicate !== null && described !== null && getMeasures().get(predicate)?.discovery === true;
  return { predicate: discovered ? described : predicate, described };
}

/**
 * Expected, planned, promised, registered: said of the figure itself, before it in its clause or
 * right after it ("1,000 were expected"), not of another amount further on ("twice as many as were
 * registered"); or by a relative clause that describes it (relativeClauseAfter: "von den bis zu 300
 * Millionen Euro, die die Regierung zugesagt hat"); "could be forced to leave", "könnten …
 * verlassen müssen": what may have to happen is a forecast too. A word of signing up (frame.signUp)
 * says nothing of things whose noun names their own measure: "have registered 212 suspected
 * cases" is a record of cases.
 */
function saysExpected(tokens: readonly Token[], s: Sentence, clause: Clause, figure: FigureAt): boolean {
  const { from, to, noun } = figure;
  // "have registered 212 suspected cases": things that name their own measure are recorded, not signed up.
  const recorded = noun?.info.measure !== undefined && noun.info.nounUnit !== "person";
  const e = nearest(
    tokens,
    clause.first,
    clause.last,
    from,
    to,
    (t) => t.cats.includes("expected") && !(recorded && t.cats.includes("signUp")),
  );
  const says = (cat: Category): boolean =>
    nearest(tokens, clause.first, clause.last, from, to, (t) => t.cats.includes(cat)) >= 0;
  const relative = relativeClauseAfter(tokens, s, clause, to);
  return (
    (e >= 0 && (e < from || (e - to <= 4 && !figureBetween(tokens, to, e)))) ||
    (says("future") && says("obligation")) ||
    (relative !== null && clauseSays(tokens, relative, "expected"))
  );
}

/** A figure's tokens [from, to) and its counted noun. */
type FigureAt = { from: number; to: number; noun: Token | undefined };

/** Whether a figure stands in [from, to): a word after it is then that figure's ("100,000, twice as many as registered"). */
function figureBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.cats.some((c) => FIGURE_CATEGORIES.has(c))) return true;
  return false;
}

/**
 * The relative clause straight after a figure that ends its own clause, holding no figure of its
 * own (", die die Regierung zugesagt hat", ", which the government has promised"): it describes
 * the figure. Null where none follows.
 */
function relativeClauseAfter(tokens: readonly Token[], s: Sentence, clause: Clause, to: number): Clause | null {
  if (clause.last !== to || !tokens[to]?.cats.includes("comma") || !tokens[to + 1]?.cats.includes("relativePronoun"))
    return null;
  const relative = clauseOf(tokens, s, to + 1, to + 2);
  return FIGURE_OPENERS.some((c) => clauseSays(tokens, relative, c)) ? null : relative;
}

/** The measure words between a figure ending at `to` and its counted noun after it ("three injured people"). */
export function describingWords(
  tokens: readonly Token[],
  to: number,
  noun: Token | undefined,
  clause: Clause,
): number[] {
  const at = noun ? tokens.indexOf(noun, to) : -1;
  const out: number[] = [];
  if (at < to || at - to > 3) return out;
  for (let k = to; k < at; k++) if (tokens[k]!.cats.includes("measure")) out.push(k);
  // "seven people who were injured later died": the relative clause's measure word describes them,
  // when a measure word of the main clause follows it.
  if (!tokens[at + 1]?.cats.includes("relativePronoun")) return out;
  const measureAt = (from: number): number => {
    for (let k = from; k < clause.last; k++) if (tokens[k]!.cats.includes("measure")) return k;
    return -1;
  };
  const inRelative = measureAt(at + 2);
  if (inRelative >= 0 && inRelative - at <= 5 && measureAt(inRelative + 1) >= 0) out.push(inRelative);
  return out;
}

/**
 * Whether a figure's clause says it corrects an earlier one, or the clause a colon ends before it
 * announces it: "Die GTL hat ihre Zahl nach unten korrigiert: Bundesweit hätten 9.800 gestreikt".
 */
function saysRevision(tokens: readonly Token[], s: Sentence, clause: Clause, from: number, to: number): boolean {
  // "Zwei Tage zuvor": a word of `spanBefore` after a unit of time says when, no revision.
  const says = (t: Token, k: number): boolean =>
    t.cats.includes("revision") && !(t.cats.includes("spanBefore") && tokens[k - 1]?.cats.includes("unit"));
  const revises = (c: { first: number; last: number }): boolean =>
    nearest(tokens, c.first, c.last, from, to, says) >= 0;
  return (
    revises(clause) || (tokens[clause.first - 1]?.text === ":" && revises({ first: s.first, last: clause.first - 1 }))
  );
}

/** A month written as one ("in March"): a time, no measure word ("a march", "marched"). */
export const isMonthName = (t: Token): boolean => t.cap && t.cats.includes("month");

export const isMovement = (t: Token): boolean => getMeasures().get(t.info.measure ?? "")?.direction != null;
/** A name that may be a place: no weekday, month, measure, population, kind of source or common noun. */
export const isNameWord = (t: Token): boolean => t.cats.includes("name") && !t.cats.some((c) => NOT_A_PLACE.has(c));
const NOT_A_PLACE = new Set([
  "weekday",
  "month",
  "relDay",
  "measure",
  "population",
  "sourceKind",
  "notPlace",
  "noun",
  "descriptor",
  "weekend",
]);

/** Words that may stand between a place preposition and the place: "in the western city of Cologne". */
const BRIDGE_LIMIT = 4;

/**
 * The places of a figure's clause: a capitalised name after a place preposition ("in Hamburg",
 * "into Georgia", "aus Russland", "in der Hamburger Innenstadt"), the direct object of a
 * movement ("entered Georgia", "verließen Russland"), and words for the whole country
 * ("nationwide", "bundesweit").
 */
export function placesIn(text: string, tokens: readonly Token[], clause: Clause, lexicon: Lexicon): ScopePlace[] {
  const out: ScopePlace[] = [];
  const seen = new Set<string>();
  const push = (name: string, key: string | null, role: ScopeRole): void => {
    if (!key || seen.has(`${role}|${key}`)) return;
    seen.add(`${role}|${key}`);
    out.push({ name, key, role });
  };
  for (let k = clause.first; k < clause.last; k++) {
    const t = tokens[k]!;
    if (t.cats.includes("nationwide")) {
      push(t.text, "nationwide", "nationwide");
      continue;
    }
    let role: ScopeRole | undefined = t.cats.includes("placePrep") ? t.info.role : undefined;
    if (!role && isMovement(t) && t.cats.includes("measure")) {
      const object = movementObject(text, tokens, clause, k, lexicon);
      if (object?.after) role = object.role;
      else {
        if (object) push(object.name, object.key, object.role);
        continue;
      }
    }
    if (!role || seatOfInstitution(tokens, clause, k, lexicon) || isOfOnePerson(tokens, k)) continue;
    const named = placeAfter(text, tokens, clause, k, lexicon);
    if (!named) continue;
    if (named.place) push(named.place.name, named.place.key, named.role ?? role);
    k = named.end - 1;
  }
  return out;
}

/**
 * The place a movement word takes as its object: "entered Georgia", "left Russia" (the name
 * after it: `after`, read as after a preposition), "haben Belarus verlassen" (a country or a
 * known place before it, where nouns are capitalised).
 */
function movementObject(
  text: string,
  tokens: readonly Token[],
  clause: Clause,
  k: number,
  lexicon: Lexicon,
): { after: true; role: ScopeRole } | { after: false; role: ScopeRole; name: string; key: string } | null {
  const t = tokens[k]!;
  const role: ScopeRole = getMeasures().get(t.info.measure!)?.direction ?? "from";
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next && k + 1 < clause.last && isNameWord(next)) return { after: true, role };
  if (!lexicon.capitalisedNouns || !prev || k - 1 < clause.first || !isNameWord(prev) || t.cap) return null;
  // "in die USA geflohen": a preposition governs the name, which is no object of the verb.
  const governor = tokens[k - 2]?.cats.includes("det") ? tokens[k - 3] : tokens[k - 2];
  if (governor?.cats.includes("placePrep")) return null;
  const name = text.slice(prev.start, prev.end);
  const key = placeKey(name, lexicon);
  return key.startsWith("country:") || lexicon.placeNames.has(prev.key) ? { after: false, role, name, key } : null;
}

/** How far before a person an indefinite article may stand: "a 4-year-old girl". */
const ONE_PERSON_REACH = 4;

/**
 * "ein Fischer aus Dunmor", "a 4-year-old girl from the village of Kesh", "dass ein Mann in Hollbach
 * … gestorben war": "from" or "in" after one person (an indefinite article before a person of the
 * lexicon) says where that person comes from or was, not where a figure is. "120 people from
 * Tesk", "refugees from Ukraine", "people in Tesk" keep their place.
 */
export function isOfOnePerson(tokens: readonly Token[], k: number): boolean {
  const role = tokens[k]!.info.role;
  if ((role !== "from" && role !== "in") || tokens[k - 1]?.info.nounUnit !== "person") return false;
  for (let j = k - 2; j >= 0 && j >= k - 1 - ONE_PERSON_REACH; j--) {
    const t = tokens[j]!;
    if (t.cats.includes("indefinite")) return true;
    if (t.cats.includes("comma") || t.cats.includes("noun") || t.cats.includes("det")) return false;
  }
  return false;
}

/** "the Defence Ministry in Moscow", "das Verteidigungsministerium in Moskau": the seat of an institution, not what the figure is about. */
function seatOfInstitution(tokens: readonly Token[], clause: Clause, k: number, lexicon: Lexicon): boolean {
  const before = tokens[k - 1];
  return !!before && k - 1 >= clause.first && isInstitution(before, lexicon);
}

/** A word of an institution (lexicon `institutions`, `institutionEndings`): "ministry", "Gesundheitskasse". */
const isInstitution = (t: Token, lexicon: Lexicon): boolean =>
  lexicon.institutions.has(t.key) || lexicon.institutionEndings.some((end) => t.key.endsWith(end));

/**
 * Where the name after the preposition at k starts: past determiners and lower-case words ("the
 * western city of"), a place noun's apposition ("in the capital, Ostrava") and, where nouns are
 * capitalised, a place noun before the name ("in der Region Pellan").
 */
function nameStart(
  tokens: readonly Token[],
  clause: Clause,
  k: number,
  lexicon: Lexicon,
): { j: number; bridged: number; afterPlaceNoun: boolean } {
  let j = k + 1;
  let bridged = 0;
  const bridges = (x: Token): boolean =>
    !isNameWord(x) &&
    x.raw === "word" &&
    !x.cap &&
    !x.cats.includes("placePrep") &&
    !x.cats.includes("measure") &&
    !x.cats.includes("num");
  while (j < clause.last && bridged < BRIDGE_LIMIT && bridges(tokens[j]!)) {
    j++;
    bridged++;
  }
  // "in the capital, Ostrava": a place noun, then the place's name in apposition.
  if (
    bridged > 0 &&
    tokens[j - 1]!.info.nounUnit === "city" &&
    tokens[j]?.cats.includes("comma") &&
    j + 1 < clause.last &&
    isNameWord(tokens[j + 1]!)
  )
    j++;
  // "in der Region Pellan", "im Bezirk Drevel": a place noun, then the place's own name.
  const afterPlaceNoun =
    lexicon.capitalisedNouns &&
    j + 1 < clause.last &&
    tokens[j]!.info.nounUnit === "city" &&
    !tokens[j]!.cats.includes("num") &&
    isNameWord(tokens[j + 1]!);
  if (afterPlaceNoun) j++;
  return { j, bridged, afterPlaceNoun };
}

/**
 * The place named after the preposition at k, and where its name ends: determiners and
 * lower-case words may stand between ("the western city of"), and a run of name words joined by
 * hyphens is one name ("Nordrhein-Westfalen", "Sankt Petersburg"). Null when no name follows;
 * `place` null when the name is no place or the place is the one after "city of".
 */
function placeAfter(
  text: string,
  tokens: readonly Token[],
  clause: Clause,
  k: number,
  lexicon: Lexicon,
): { place: { name: string; key: string } | null; end: number; role?: ScopeRole } | null {
  const { j, bridged, afterPlaceNoun } = nameStart(tokens, clause, k, lexicon);
  if (j >= clause.last || !isNameWord(tokens[j]!)) return null;
  // "from Cyclone Mara", "nach dem Zyklon Mara": an event's name, no place.
  const event = eventNameEnd(tokens, j, clause.last, lexicon);
  if (event > 0) return { place: null, end: event };
  const joins = (e: number): boolean =>
    isNameWord(tokens[e]!) ||
    (tokens[e]!.cats.includes("hyphen") && !tokens[e]!.spaceBefore && !!tokens[e + 1] && isNameWord(tokens[e + 1]!));
  // "the U.S.", "the U.K.": an initialism is one name, its letters and dots.
  let e = initialismEnd(tokens, j, clause.last);
  // "on Norland's Vesk island": the possessor holds the place named after it.
  if (e === j + 1 && /['’]s$/u.test(tokens[j]!.text) && j + 1 < clause.last && isNameWord(tokens[j + 1]!))
    return placeAfter(text, tokens, clause, j, lexicon);
  while (e < clause.last && e - j < 3 && joins(e) && tokens[e]!.line === tokens[j]!.line) e++;
  // "stolen from the Norland Health Fund", "bei der Norländischen Gesundheitskasse": a name that
  // ends in a word of an institution names a body, no place.
  if (isInstitution(tokens[e - 1]!, lexicon)) return { place: null, end: e };
  // "related to the Lahaina Fire", "the Maui Fires People Locator": a word of an event after a
  // name; the event is about the place it is named after, whatever the preposition before it.
  for (let i = j + 1; i < e; i++)
    if (lexicon.eventNameEnds.has(tokens[i]!.key))
      return { place: placeAt(text, tokens, j, i, false, lexicon), end: e, role: "in" };
  const place = placeAt(
    text,
    tokens,
    j,
    e,
    !afterPlaceNoun && (bridged > 0 || lexicon.prepositionsWithArticle.has(tokens[k]!.key)),
    lexicon,
  );
  const then = tokens[e];
  if (place && bridged === 0 && nounBeforeGenitive(tokens, k, e, place, lexicon)) return { place: null, end: e };
  if (place && bridged === 0 && !afterPlaceNoun && e === j + 1 && isBareNoun(text, tokens, k, place, lexicon))
    return { place: null, end: e };
  // "in the Karvenian province of Seltra": a name before a place noun and "of" says what kind of
  // province it is (a nationality, a country's adjective); the place is the one after "of".
  if (then && e < clause.last && then.cats.includes("placePrep") && then.key.includes(" ") && !then.cap)
    return { place: null, end: e };
  // "in the German city of Munich": the place is the one after "city of".
  if (
    then &&
    e < clause.last &&
    !then.cap &&
    tokens[e + 1]?.cats.includes("placePrep") &&
    tokens[e + 1]!.key.includes(" ")
  )
    return null;
  return { place, end: e };
}

/**
 * "bei Protesten", "in Flammen": a capitalised word right after a preposition that its article
 * shows to be a common noun (src/extract/common-nouns.ts), unless a country or a known place.
 */
function isBareNoun(
  text: string,
  tokens: readonly Token[],
  k: number,
  place: { name: string; key: string },
  lexicon: Lexicon,
): boolean {
  if (place.key.startsWith("country:") || lexicon.placeNames.has(place.name.toLowerCase())) return false;
  return isCommonNounAfterPreposition(text, place.name, tokens[k]!.info.role, lexicon);
}

/**
 * Where the name at `j` is an event's, a kind of event just before its own name ("Cyclone Mara",
 * "Tropical Storm Lena", "dem Zyklon Mara"): the end of that name; else 0.
 */
function eventNameEnd(tokens: readonly Token[], j: number, last: number, lexicon: Lexicon): number {
  for (let i = j - 1; i <= j + 1; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t?.cap && lexicon.namedEvents.has(t.key) && i + 1 < last && next && isNameWord(next)) return i + 2;
  }
  return 0;
}

/**
 * "nach Ausbruch der Brände", "nach Beginn des Krieges": where nouns are capitalised, a word
 * right after "nach" that governs a genitive is a noun, unless it is a place the lexicons know.
 */
function nounBeforeGenitive(
  tokens: readonly Token[],
  k: number,
  e: number,
  place: { name: string; key: string },
  lexicon: Lexicon,
): boolean {
  return (
    lexicon.capitalisedNouns &&
    tokens[k]!.info.role === "into" &&
    !!tokens[e]?.cats.includes("det") &&
    !place.key.startsWith("country:") &&
    !lexicon.placeNames.has(place.name.toLowerCase())
  );
}

/** The end of an initialism at j ("U.S.", "U.K": capital letters each glued to a dot), else j + 1. */
function initialismEnd(tokens: readonly Token[], j: number, last: number): number {
  const letter = (k: number): boolean => k < last && /^\p{Lu}$/u.test(tokens[k]!.text);
  const glued = (k: number): boolean => k < last && !tokens[k]!.spaceBefore;
  let e = j + 1;
  while (letter(e - 1) && glued(e) && tokens[e]!.text === "." && glued(e + 1) && letter(e + 1)) e += 2;
  return e;
}

/**
 * The place named by name words [j, e), or null when they are no place. German capitalises every
 * noun, so there a name after a determiner is a place only when it is a country or an adjective
 * of a place ("der Hamburger Innenstadt", "in der Türkei"), and a word with a noun's ending
 * ("Sicherheit", "Richtung") is none.
 */
function placeAt(
  text: string,
  tokens: readonly Token[],
  j: number,
  e: number,
  afterDeterminer: boolean,
  lexicon: Lexicon,
): { name: string; key: string } | null {
  if (lexicon.capitalisedNouns) {
    const first = tokens[j]!;
    const adjective =
      e - j >= 2 &&
      lexicon.placeAdjectiveEndings.some((end) => first.key.endsWith(end)) &&
      !tokens[j + 1]!.cats.includes("hyphen");
    if (adjective) e = j + 1;
    else if (e - j >= 2 && tokens[j + 1]!.spaceBefore) {
      const firstKey = placeKey(first.text, lexicon);
      const known = firstKey.startsWith("country:") || lexicon.placeNames.has(first.key);
      // "im Bundesland Thüringen", "in der Küstenstadt Kelby": a common noun, then the place's name.
      if (afterDeterminer && !known) return placeAt(text, tokens, j + 1, e, false, lexicon);
      if (!nameGoesOn(text, tokens, j, e, lexicon)) e = j + 1;
    }
    const name = genitiveStem(text, text.slice(first.start, tokens[e - 1]!.end), lexicon);
    const key = placeKey(name, lexicon);
    if (key.startsWith("country:")) return { name, key };
    if (lexicon.notPlaceEndings.some((end) => tokens[e - 1]!.key.endsWith(end))) return null;
    const region = lexicon.placeEndings.some((end) => key.length > end.length + 2 && key.endsWith(end));
    if (afterDeterminer && !adjective && !region) return null;
    return { name, key };
  }
  const name = text.slice(tokens[j]!.start, tokens[e - 1]!.end).replace(/['’]s$/u, "");
  return { name, key: placeKey(name, lexicon) };
}

/**
 * Where nouns are capitalised, whether the name words after the first at j go on with its name
 * ("in Port Abrel", "im Bergwerk Kerrow Deep", as English reads them) rather than open a noun:
 * none the text writes after an article ("in Tesk Krawalle … die Krawalle") or with a noun's ending.
 */
function nameGoesOn(text: string, tokens: readonly Token[], j: number, e: number, lexicon: Lexicon): boolean {
  for (let i = j + 1; i < e; i++) {
    const t = tokens[i]!;
    if (writtenAfterArticle(text, t.text, lexicon)) return false;
    if (lexicon.notPlaceEndings.some((end) => t.key.endsWith(end))) return false;
  }
  return true;
}

/** Whether a text names `name` as a word: asked once per name and text. */
const namedIn = { text: "", names: new Map<string, boolean>() };
function textNames(text: string, name: string): boolean {
  if (namedIn.text !== text) {
    namedIn.text = text;
    namedIn.names.clear();
  }
  let found = namedIn.names.get(name);
  if (found === undefined) {
    found = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "u").test(text);
    namedIn.names.set(name, found);
  }
  return found;
}

/**
 * A place's name without its genitive ending ("Hollins" → "Hollin", "Deutschlands" → "Deutschland"),
 * when what is left is a country, a place the lexicon knows or a name the text gives; else the name.
 */
function genitiveStem(text: string, name: string, lexicon: Lexicon): string {
  for (const end of lexicon.genitiveEndings) {
    if (name.length <= end.length + 2 || !name.endsWith(end)) continue;
    const stem = name.slice(0, -end.length);
    if (
      placeKey(stem, lexicon).startsWith("country:") ||
      lexicon.placeNames.has(stem.toLowerCase()) ||
      textNames(text, stem)
    )
      return stem;
  }
  return name;
}

/** Who is counted: the population of the counted noun or of a word just before it ("young men"). */
export function populationOf(noun: Token | undefined): string | null {
  return noun?.info.population ?? null;
}

/** How far from its figure a status word may stand: "have confirmed 38 of them", "97 of them confirmed". */
const STATUS_REACH = 3;

/**
 * The status of a figure ("suspected", "confirmed", "new" cases; lexicon `frame.statuses`): the
 * status words of its clause that stand between the figure and its counted noun ("212 suspected
 * cases", "79 bestätigte Fälle"), within a few words of it ("Laboratory tests have confirmed 38 of
 * them", "97 of them confirmed"), or right before a word of what is counted ("Suspected cases
 * reached 441"); or the status a compound's first part gives its noun ("Verdachtsfälle"). Several
 * are joined in order ("new+suspected"); null when none is said.
 */
export function statusOf(
  tokens: readonly Token[],
  clause: Clause,
  from: number,
  to: number,
  noun: Token | undefined,
  near = true,
): string | null {
  const found = new Set<string>();
  if (noun?.info.status) found.add(noun.info.status);
  const nounAt = noun ? tokens.indexOf(noun, to) : -1;
  for (let k = clause.first; k < clause.last; k++) {
    const status = tokens[k]!.info.status;
    if (!status || (k >= from && k < to)) continue;
    // A compound that is itself what is counted, with its status ("Verdachtsfälle").
    if (!tokens[k]!.cats.includes("status")) {
      if (beforeCounted(tokens, k, k + 1)) found.add(status);
      continue;
    }
    const distance = k < from ? from - k : k - to + 1;
    const nearby = near && ((distance <= STATUS_REACH && saysOfFigure(tokens, k, from)) || (nounAt > k && k >= to));
    if (nearby || beforeCounted(tokens, k + 1, clause.last)) found.add(status);
  }
  return found.size > 0 ? [...found].sort().join("+") : null;
}

/**
 * Whether a status word at k near a figure says it of the figure: after it ("97 of them
 * confirmed"), or before it as a verb, with the figure or words of a category between ("have
 * confirmed 38", "bestätigten bislang 61"); not an adjective of another word ("New figures show
 * 500", "a new study found 300").
 */
function saysOfFigure(tokens: readonly Token[], k: number, from: number): boolean {
  if (k > from || k + 1 === from) return true;
  const next = tokens[k + 1]!;
  return next.cats.length > 0 && !next.cats.some((c) => c === "name" || c === "figureWord" || c === "noun");
}

/** Whether a word of what is counted follows at k, after at most one plain word ("suspected cholera cases"). */
function beforeCounted(tokens: readonly Token[], k: number, last: number): boolean {
  const counted = (t: Token | undefined): boolean => !!t && (t.cats.includes("measure") || t.cats.includes("noun"));
  if (k >= last) return false;
  if (counted(tokens[k])) return true;
  const plain = tokens[k]!.raw === "word" && tokens[k]!.cats.every((c) => c === "name");
  return plain && k + 1 < last && counted(tokens[k + 1]);
}

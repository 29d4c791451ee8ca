// extract(article) → Claim[]: tag the text with the article's lexicon, parse the sentences that
// hold a figure, then turn each phrase into claims with their frame. Pure and per article.
import {
  EARLIER_PERIOD,
  FORECAST_PREFIX,
  withoutForecast,
  withoutShare,
  NEW_STATUS,
  PART_POPULATION,
  CHANGE_PREFIX,
  SHARE_PREFIX,
} from "../model/claim.js";
import type { Claim, ClaimPeriod, ClaimScope, FrameKey, Kind, ScopePlace } from "../model/claim.js";
import type { AgeNode, AttributionNode, DateNode, QuantityNode, UnitRef } from "./grammar-support.js";
import { isBodySize } from "./body-size.js";
import { getLexicon, getMeasures, looksPlural, type Category, type Lexicon } from "../language/lexicon.js";
import { countsUnit, measureOfOtherNoun } from "./noun-measure.js";
import { normaliseQuantity } from "./normalise.js";
import { hasFigure, phrasesInSentence, thingAge, type PhraseMatch } from "./parse-phrases.js";
import { DAY_CATEGORIES, SENTENCE_END, tag, wordIs, type Sentence, type Tagged, type Token } from "./tagger.js";
import {
  cleanName,
  countedNoun,
  entityOf,
  entityOfSource,
  fullNames,
  isWholeOfPart,
  measureOfWhole,
  sourceOf,
  type EntityContext,
  type NameRun,
} from "./frame.js";
import {
  clauseOf,
  clauseSays,
  isMovement,
  isNameWord,
  isOfOnePerson,
  measureOf,
  nearest,
  placesIn,
  populationOf,
  statusOf,
  type Clause,
  type FoundMeasure,
} from "./clause.js";
import { dayBefore, periodOf, spanBeforeShift } from "./period.js";
import { fold } from "../language/country-data.js";
import { isAgeBound } from "./age-bound.js";
import { isChange, marginMeasure, measureAsDifference } from "./difference.js";
import { isForecast, measureOfUnit } from "./unit-measure.js";
import { measureOfAnimalUnit, measureOfAnimals } from "./animal-measure.js";
import {
  fallbackMeasure,
  participleStem,
  predicateMeasure,
  withPredicateAtClauseEnd,
  withoutAttributiveEnding,
} from "./predicate-measure.js";
import { numberOfBefore } from "./number-of.js";
import {
  changedAmountIn,
  changeOfAmountBefore,
  countMeasureIn,
  forecastOnlyInOwnNoun,
  isPointsOfShare,
  isShareChange,
  restates,
  shareOf,
  shareOfNextPercent,
  shareWordIn,
} from "./share-measure.js";
import { nameKey } from "../language/name-key.js";
import { resolveDescribedSources } from "./described-source.js";

export interface ExtractInput {
  /** The article's path as the claims should name it. */
  path: string;
  /** The whole file's text; spans index into it. */
  text: string;
  lang: string;
  /** The article's date (ISO), the claims' asOf. */
  date?: string | null;
  /** Where the body starts: text before it (front matter) is not read. */
  bodyStart?: number;
  /**
   * Tag every sentence, not only those that can hold a figure or a name: slower, and the same
   * claims. Tests use it as the reference the skipping is held to.
   */
  tagEverySentence?: boolean;
  /**
   * Let nearley predict every grammar rule, not only those that can start with the next token:
   * slower, and the same claims. Tests use it as the reference the lookahead is held to.
   */
  predictEveryRule?: boolean;
  /**
   * Run nearley at every place a phrase may start, not replay the memoised parse of the same
   * tokens (phrase-memo.ts): slower, and the same claims. Tests use it as the reference the memo is held to.
   */
  parseEveryPhrase?: boolean;
  /**
   * A piece of a large file, analysed on its own (parallel.ts, worker.ts): `text` is the piece
   * with lines of context around it, [start, end) the piece's own part, where the claims and
   * names kept must start (the worker moves them to the file's indexes). `namesBefore` and
   * `namesAfter` are the words of the file's full names outside the text given, in order, so that
   * a one-word name widens to a full name as it would in the whole file.
   */
  piece?: PieceInput;
}

export interface PieceInput {
  start: number;
  end: number;
  namesBefore: string[][];
  namesAfter: string[][];
  /** Surnames (name keys) the article gives as two-word names outside the piece's text (frame.ts fullNames). */
  surnames?: string[];
}

/** Token indexes far outside any text, for the full names outside a piece: before it, after it. */
const OUTSIDE_BEFORE = -1_000_000_000;
const OUTSIDE_AFTER = 1_000_000_000;

/** The article's full names, with those outside a piece as runs at token indexes outside the text. */
function namesWithOutside(local: NameRun[], piece: PieceInput | undefined): NameRun[] {
  if (!piece || (piece.namesBefore.length === 0 && piece.namesAfter.length === 0)) return local;
  const run = (first: number): NameRun["run"] => ({ first, last: first + 1 });
  const before = piece.namesBefore.map(
    (words, k): NameRun => ({
      first: OUTSIDE_BEFORE + 2 * k,
      last: OUTSIDE_BEFORE + 2 * k + 1,
      words,
      run: run(OUTSIDE_BEFORE + 2 * k),
    }),
  );
  const after = piece.namesAfter.map(
    (words, k): NameRun => ({
      first: OUTSIDE_AFTER + 2 * k,
      last: OUTSIDE_AFTER + 2 * k + 1,
      words,
      run: run(OUTSIDE_AFTER + 2 * k),
    }),
  );
  return [...before, ...local, ...after];
}

/** Whether the token before phrase `m` makes its number a label: "Article 5", "MH17", "Covid-19", "The order ID is 48213". */
function labelBefore(tokens: readonly Token[], m: PhraseMatch, noun: Token | undefined): boolean {
  const first = tokens[m.first]!;
  const prev = tokens[m.first - 1];
  if (prev) {
    if (prev.cats.includes("label") && prev.line === first.line) return true;
    // "The order ID is 48213", "Die Bestellnummer ist 48213": a label, a copula, the number alone.
    const label = tokens[m.first - 2];
    if (
      !noun &&
      prev.cats.includes("ageCopula") &&
      label?.cats.includes("label") &&
      label.line === first.line &&
      !namesAFigure(tokens, m.first - 2)
    )
      return true;
    if (!first.spaceBefore && prev.raw === "word") return true; // "MH17", "G7"
    // "IMO 9417382", "ISBN 9783161484100": an acronym before a long run of digits with no group
    // separator names a registration, never an amount; one that counts a noun is an amount after
    // its subject ("zählte das RKI 15000 Neuinfektionen", "told AFP 25000 people had marched").
    if (!noun && /^\p{Lu}{2,}$/u.test(prev.text) && /^\d{5,}$/u.test(first.text) && m.last === m.first + 1) return true;
    if (!first.spaceBefore && prev.cats.includes("hyphen")) {
      const word = tokens[m.first - 2];
      if (word && word.raw === "word" && !prev.spaceBefore && (word.cap || word.cats.includes("label"))) return true; // "Su-25", "Covid-19"
    }
  }
  return false;
}

/**
 * "the number is 410", "says the true number is 410": a figure word after a determiner, or after a
 * word that qualifies a figure (`attribution.modifiers`: "true", "actual", "official"), names a
 * figure, no label ("the order number is 48213").
 */
function namesAFigure(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!tokens[k]!.cats.includes("figureWord") || !before) return false;
  return before.cats.includes("det") || (before.cats.includes("modifier") && !before.cap);
}

/**
 * "the Green List would have 12 seats, the Civic League 9 and the Coastal List 4", "hatte die
 * Erneuerungspartei 22 Sitze gewonnen, die Bürgerunion 25": a name straight before a small number in
 * a list of name and figure pairs whose verb and noun are left out after the first. The number is the
 * name's figure, no part of the name: the pair follows a comma or "and" (a determiner between) and
 * ends at a comma, "and" or the sentence's end, and a figure with the word it counts (a measure word
 * or a counted noun) stands before it on the line ("through Nord Stream 2" is no pair).
 */
/** How many tokens back the first pair of an elided list may stand. */
const ELIDED_PAIR_REACH = 40;

function inElidedList(tokens: readonly Token[], m: PhraseMatch): boolean {
  let k = m.first - 1;
  while (k >= 0 && tokens[k]!.cats.includes("name")) k--;
  if (k >= 0 && tokens[k]!.cats.includes("det")) k--;
  const joint = tokens[k];
  if (!joint || !(joint.cats.includes("comma") || joint.cats.includes("rangeAnd"))) return false;
  // The number ends its pair: a comma, "and" or the sentence's end follows it.
  const line = tokens[m.first]!.line;
  const after = tokens[m.last];
  const endsPair =
    !after ||
    after.line !== line ||
    after.cats.includes("comma") ||
    after.cats.includes("rangeAnd") ||
    after.text === ";" ||
    SENTENCE_END.has(after.text);
  if (!endsPair) return false;
  // The first pair's figure and the word it counts, a few words back on the line (bounded: a long
  // list of names and numbers is read in linear time).
  for (let j = k - 1; j >= Math.max(0, k - ELIDED_PAIR_REACH) && tokens[j]!.line === line; j--) {
    const counted = tokens[j + 1];
    if (
      tokens[j]!.raw === "num" &&
      counted?.raw === "word" &&
      (counted.cats.includes("measure") || counted.info.nounUnit)
    )
      return true;
  }
  return false;
}

/**
 * "revised up to 19,300", "revised its estimate of the leak up to 65 tonnes": after a word of
 * revision, or one that ends in "of" and the few words of what it revised, "up" is its direction
 * (frame.revisionDirections), no bound.
 */
function revisedUpTo(tokens: readonly Token[], m: PhraseMatch, node: QuantityNode, lexicon: Lexicon): boolean {
  if (node.qualifier !== "at-most" || !lexicon.revisionDirections.has(tokens[m.first]!.key.split(" ")[0]!))
    return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const t = tokens[k]!;
    if (t.cats.includes("revision")) return k === m.first - 1 || t.key.endsWith(" of");
    if (t.raw !== "word") return false;
  }
  return false;
}

/** Whether phrase `m`, a small bare number, is part of a name ("Nord Stream 2") or an ordinal ("der 1. FC Köln", "21st"). */
function nameNumberOrOrdinal(
  tokens: readonly Token[],
  m: PhraseMatch,
  small: boolean,
  noun: Token | undefined,
  capitalisedNouns: boolean,
): boolean {
  const first = tokens[m.first]!;
  const prev = tokens[m.first - 1];
  const n1 = tokens[m.last];
  const n2 = tokens[m.last + 1];
  // "Nord Stream 2", "Boeing 737": a name word straight before a small bare number, nothing counted.
  // Where every noun has a capital (German), a capital after the number is what it counts
  // ("am Sonntagabend 96 Tote"), though the frame may not know the noun.
  const counts = capitalisedNouns && n1?.cap && n1.raw === "word" && n1.line === first.line;
  if (
    small &&
    !noun &&
    !counts &&
    prev &&
    prev.spaceBefore !== undefined &&
    first.spaceBefore &&
    prev.cats.length === 1 &&
    prev.cats[0] === "name" &&
    prev.line === first.line
  ) {
    const before = tokens[m.first - 2];
    // After a comma too ("its plant in Vellingen, Plant 4, by 2027"), unless the pair is one of an
    // elided list ("the Civic League 9").
    const apart = before?.raw !== "sym" || before.cats.includes("comma");
    if (before && before.line === prev.line && apart) return !inElidedList(tokens, m);
  }
  // "der 1. FC Köln": a determiner, a small number and a glued dot before a capital is an ordinal.
  if (
    small &&
    prev?.cats.includes("det") &&
    n1?.text === "." &&
    !n1.spaceBefore &&
    n2?.cap &&
    !n2.cats.includes("month")
  )
    return true;
  // Ordinals: "21st", "the 3rd attempt"; German "am 3. Tag", "der 3.", "zum 5. Mal".
  if (n1 && !n1.spaceBefore && n1.cats.includes("ordSuffix")) return true;
  if (
    small &&
    prev?.cats.includes("ordinalBefore") &&
    n1?.text === "." &&
    !n1.spaceBefore &&
    !n2?.cats.includes("month")
  )
    return true;
  return false;
}

/** Whether phrase `m` (its figure `lo`) is a house number, a product's number or a list marker. */
function addressOrMarker(
  tokens: readonly Token[],
  m: PhraseMatch,
  lo: NonNullable<QuantityNode["lo"]>,
  small: boolean,
): boolean {
  const first = tokens[m.first]!;
  const prev = tokens[m.first - 1];
  const n1 = tokens[m.last];
  const n2 = tokens[m.last + 1];
  // A house number: "221 Baker Street", "12 Elm Road", "5 Main St.", "221B Baker Street" (the
  // digits small, whatever letter is glued to them).
  const smallDigits =
    lo.digits !== undefined &&
    !lo.digits.num!.grouped &&
    Number.isInteger(lo.digits.num!.value) &&
    lo.digits.num!.value < 1000;
  if (smallDigits && n1?.cap && n1.line === first.line && n2?.cats.includes("street") && n2.spaceBefore) return true;
  // A product written with a capital inside: "iPhone 15", "iOS 17".
  if (small && prev && prev.raw === "word" && /\p{Ll}\p{Lu}/u.test(prev.text) && prev.line === first.line) return true;
  // "(3) Sign the form": a list marker in brackets at the start of a line.
  const before = tokens[m.first - 2];
  if (small && prev?.cats.includes("lparen") && (!before || before.line !== prev.line) && n1?.cats.includes("rparen"))
    return true;
  const startsLine = !prev || prev.line !== first.line;
  if (
    startsLine &&
    n1 &&
    (n1.text === "." || n1.text === ")") &&
    !n1.spaceBefore &&
    Number.isInteger(lo.v) &&
    lo.v < 100
  )
    return true;
  return false;
}

/**
 * Numbers that are part of a name or a label, not figures: "Article 5", "F-16", "24 Instant News",
 * "1. Skip to content", "Nord Stream 2", German ordinals in names ("der 1. FC Köln").
 */
function isLabel(
  tokens: readonly Token[],
  m: PhraseMatch,
  node: QuantityNode,
  noun: Token | undefined,
  capitalisedNouns: boolean,
): boolean {
  if (node.unit || node.lo === null || node.fraction !== undefined) return false;
  // "case number 26-4417", "Aktenzeichen 26-4417": digits after a label are an identifier, a range of them too.
  if (node.qualifier !== "exact") return node.qualifier === "range" && labelBefore(tokens, m, noun);
  if (labelBefore(tokens, m, noun)) return true;
  // "der 1. FC Köln" is cut after "1." as a sentence: what follows may be the next one's first words.
  const n1 = tokens[m.last];
  const n2 = tokens[m.last + 1];
  const isName = (t: Token | undefined): boolean => !!t && t.cats.length === 1 && t.cats[0] === "name";
  if (isName(n1) && isName(n2) && n2!.spaceBefore) return true; // "24 Instant News"
  // A list or menu marker at the start of a line: "1. Skip to content", "2) …"
  const small =
    node.lo.digits !== undefined && !node.lo.digits.num!.grouped && node.lo.v < 1000 && Number.isInteger(node.lo.v);
  if (nameNumberOrOrdinal(tokens, m, small, noun, capitalisedNouns)) return true;
  return addressOrMarker(tokens, m, node.lo, small);
}

/**
 * The measure of a verb at k whose particle stands at the end of its clause, as German writes
 * "Seit Montag reisten 20.000 Menschen nach Norvia ein" (lexicon measures: "reisten … ein"), or
 * straight after the figure's counted noun at `afterCounted`, the verb before the figure:
 * "brought up 12 miners alive", "fanden zwölf Menschen lebend in den Trümmern" ("brought … alive").
 */
function measureApart(
  tokens: readonly Token[],
  k: number,
  clause: Clause,
  lexicon: Lexicon,
  afterCounted = -1,
): string | undefined {
  const forms = lexicon.separableMeasures.get(tokens[k]!.key);
  if (!forms) return undefined;
  // Not a particle that is a preposition: "reisten 2.000 Menschen aus Syrien … ein" opens a place.
  const next = k < afterCounted && afterCounted < clause.last ? tokens[afterCounted]!.key : undefined;
  const straightAfter = lexicon.predicate.prepositions.has(next ?? "")
    ? undefined
    : forms.find((f) => f.particle === next)?.measure;
  if (straightAfter) return straightAfter;
  // The particle ends the verb's stretch: the clause, or a comma ("die für 300 Passagiere zugelassen
  // war, hatte 450 an Bord": a relative clause the clause reading does not end), past the
  // auxiliaries after it ("war").
  // Before any comma, or at the clause's end: a list of places may come between ("nahm in Berlin,
  // Hamburg und München 40 Menschen fest").
  for (let end = k + 1; end <= clause.last; end++) {
    if (end < clause.last && !tokens[end]!.cats.includes("comma")) continue;
    let last = end - 1;
    while (last > k && (tokens[last]!.raw !== "word" || lexicon.predicate.auxiliaries.has(tokens[last]!.key))) last--;
    const measure = forms.find((f) => f.particle === tokens[last]!.key && last > k + 1)?.measure;
    if (measure) return measure;
  }
  // None ends it: a particle that is a preposition opens a place after the figure ("zogen am Samstag
  // 12.000 Menschen durch Tesk", as "zogen durch Tesk").
  for (let p = k + 2; p < clause.last - 1; p++) {
    if (tokens[p]!.cats.includes("comma")) break;
    const measure = forms.find(
      (f) => f.particle === tokens[p]!.key && tokens[p + 1]!.cap && tokens[p - 1]!.raw === "word",
    );
    if (measure) return measure.measure;
  }
  return undefined;
}

/** Signs that join two numbers written without spaces into a time, a score or a ratio: "18:30", "2:1", "3-1", "24/7". */
const NUMBER_JOINERS = new Set([":", "-", "‐", "‑", "–", "/"]);

/**
 * Digits that are no figure:
 * - a time of day: the phrase is followed by a clock word ("at 6 p.m.", "um 18 Uhr",
 *   "between 6 and 8 p.m.") or glued to another number by a colon ("18:30");
 * - a score or a ratio ("2:1", "won 3-1": a dash that no range reads, since it runs downwards);
 * - a phone number: three or more numbers in a row with only spaces between
 *   ("0800 123 4567", "+49 30 1234567"), or a number written with a leading zero ("0800");
 * - part of an address: a URL, a percent escape ("%28"), an e-mail (ADDRESS).
 */
function isNotFigure(
  all: readonly Token[],
  s: Sentence,
  m: PhraseMatch,
  node: QuantityNode,
  lexicon: Pick<Lexicon, "clockWords" | "decadeEndings">,
): boolean {
  // Only the figure's own sentence counts: a clock word or a number on the next line is not its.
  const tokens = (k: number): Token | undefined => (k >= s.first && k < s.last ? all[k] : undefined);
  // The clock word as written, its tokens glued: "p" "." "m" "." is "p.m.".
  let written = "";
  for (let k = m.last; k < m.last + 4 && tokens(k) && (k === m.last || !tokens(k)!.spaceBefore); k++) {
    written += tokens(k)!.key;
    if (lexicon.clockWords.has(written)) return true;
  }
  const isNum = (k: number): boolean => tokens(k)?.raw === "num";
  const glued = (k: number): boolean => tokens(k) !== undefined && !tokens(k)!.spaceBefore;
  const joiner = (k: number): boolean => glued(k) && NUMBER_JOINERS.has(tokens(k)!.text);
  // Any digits of the phrase inside an address ("2023/08/10/story", "?p=35751"), and a decade
  // ("the 1700s", "in their 70s", "die 70er"): no figure.
  for (let k = m.first; k < m.last; k++) {
    if (!isNum(k)) continue;
    if (inAddress(tokens, k)) return true;
    const after = tokens(k + 1);
    // (unless the ending is part of the phrase: "in his 40s" is read as an age within the decade)
    const decadeAge = node.age === true && k + 1 < m.last;
    if (after && glued(k + 1) && after.raw === "word" && lexicon.decadeEndings.has(after.key) && !decadeAge)
      return true;
    // A capital or two glued after the digits that the phrase does not read is a name: "5G", "3D", "4K".
    if (after && glued(k + 1) && k + 1 >= m.last && after.raw === "word" && /^\p{Lu}{1,2}$/u.test(after.text))
      return true;
  }
  for (const n of [node.lo, node.hi]) {
    if (!n?.digits) continue;
    let i = m.first;
    while (i < m.last && tokens(i) !== n.digits) i++;
    if (i === m.last) continue;
    if (i + 1 >= m.last && joiner(i + 1) && isNum(i + 2) && glued(i + 2)) return true;
    if (i - 1 < m.first && joiner(i - 1) && glued(i) && isNum(i - 2)) return true;
    let a = i;
    let b = i;
    while (isNum(a - 1) && tokens(a)!.spaceBefore && tokens(a)!.line === tokens(a - 1)!.line) a--;
    while (isNum(b + 1) && tokens(b + 1)!.spaceBefore && tokens(b + 1)!.line === tokens(b)!.line) b++;
    if (b - a >= 2) return true;
    for (let k = a; k <= b; k++) if (/^0\p{Nd}/u.test(tokens(k)!.text)) return true;
    if (inBracketedPhone(tokens, i)) return true;
  }
  return false;
}

/**
 * A phone number with brackets, its numbers joined by spaces, brackets and dashes: "+44 (0)20
 * 7946 0958", "(212) 555-1234", "(030) 123456". Three numbers or more, or two with a leading
 * zero, and a bracket among them ("800-1200" alone stays a range).
 */
function inBracketedPhone(tokens: (k: number) => Token | undefined, i: number): boolean {
  const bracket = (k: number): boolean =>
    tokens(k)?.cats.includes("lparen") === true || tokens(k)?.cats.includes("rparen") === true;
  const num = (k: number): boolean => tokens(k)?.raw === "num";
  // "555-1234": a dash glued between two numbers
  const dash = (k: number): boolean =>
    /^[-‐‑–]$/u.test(tokens(k)?.text ?? "") &&
    num(k - 1) &&
    num(k + 1) &&
    !tokens(k)!.spaceBefore &&
    !tokens(k + 1)!.spaceBefore;
  const part = (k: number): boolean => num(k) || bracket(k) || dash(k);
  const sameLine = (k: number, j: number): boolean => tokens(k)!.line === tokens(j)!.line;
  let a = i;
  let b = i;
  while (part(a - 1) && sameLine(a - 1, a)) a--;
  while (part(b + 1) && sameLine(b + 1, b)) b++;
  let numbers = 0;
  let brackets = 0;
  let leadingZero = false;
  for (let k = a; k <= b; k++) {
    if (tokens(k)!.raw === "num") numbers++;
    if (bracket(k)) brackets++;
    if (/^0\p{Nd}/u.test(tokens(k)!.text)) leadingZero = true;
  }
  return brackets > 0 && (numbers >= 3 || (numbers >= 2 && leadingZero));
}

/**
 * Whether the run of tokens glued to the digits at k, as one string, is an address:
 * "example.com/page%28old%29". Reads at most ADDRESS_REACH characters either side: an address
 * shows itself by marks near its digits, and megabytes of glued digits (hundreds of number
 * tokens) must not be joined again for each of them.
 */
function inAddress(tokens: (k: number) => Token | undefined, k: number): boolean {
  const glued = (j: number): boolean => tokens(j) !== undefined && !tokens(j)!.spaceBefore;
  let a = k;
  let b = k;
  for (let reach = 0; glued(a) && tokens(a - 1) && reach < ADDRESS_REACH; ) reach += tokens(--a)!.text.length;
  for (let reach = 0; glued(b + 1) && reach < ADDRESS_REACH; ) reach += tokens(++b)!.text.length;
  if (a === b) return false;
  let run = "";
  for (let j = a; j <= b; j++) run += tokens(j)!.text;
  return ADDRESS.test(run);
}

/** Text glued around a figure that makes it part of an address: a URL, a percent escape, an e-mail. */
const ADDRESS = /:\/\/|www\.|@|%\p{Nd}|[?&=]\p{Nd}|\/.*\/|\.(?:html?|php|aspx?|jsp)\b/iu;
/** How many characters glued either side of a number `isNotFigure` reads for an address. */
const ADDRESS_REACH = 256;

/**
 * A lone "one" is a pronoun or an article ("one of the drivers"), not a figure; "one in 100" (1 %)
 * is a share; and "one" straight before a person of the lexicon counts them ("One person was
 * killed", "only one child survived").
 */
const isLoneOne = (node: QuantityNode, next: Token | undefined, noun: Token | undefined): boolean =>
  !(noun !== undefined && noun === next && noun.info.nounUnit === "person") &&
  node.qualifier === "exact" &&
  !node.unit &&
  node.fraction === undefined &&
  node.lo?.word === true &&
  node.lo.v === 1 &&
  node.lo.scale === 1;

/**
 * "One day he left", "One day, the border closed": "one" and a unit of the lexicon's whenUnits
 * opening a clause, then what opens one (a comma, a pronoun, a determiner, a name), tell when,
 * not how long. "One day later", "One day is not enough", "It took one day" stay durations.
 */
function isAdverbialOne(
  tokens: readonly Token[],
  s: Sentence,
  m: PhraseMatch,
  node: QuantityNode,
  lexicon: Lexicon,
): boolean {
  const unit = node.unit?.unit;
  if (
    unit === undefined ||
    !lexicon.whenUnits.has(unit) ||
    node.qualifier !== "exact" ||
    node.lo?.word !== true ||
    node.lo.v !== 1 ||
    node.lo.scale !== 1
  )
    return false;
  // At the clause's start: the sentence's, or after a comma or "that" ("they learn that one day they must").
  const prev = m.first > s.first ? tokens[m.first - 1]! : undefined;
  if ((prev && !prev.cats.includes("comma") && !prev.cats.includes("complementizer")) || m.last >= s.last) return false;
  const next = tokens[m.last]!;
  return CLAUSE_OPENERS.some((c) => next.cats.includes(c)) || lexicon.clauseSubjects.has(next.key);
}

const CLAUSE_OPENERS: readonly Category[] = ["comma", "agePronoun", "det", "definite", "name"];

/**
 * A four-digit whole number between 1900 and 2100 is a year when nothing is counted, or when a
 * determiner stands before it and what follows is no known counted noun ("the 2024 floods",
 * "the 2022 invasion"), or one in the singular, which so many cannot be ("the 2018 accident").
 */
const looksLikeYear = (
  tokens: readonly Token[],
  m: PhraseMatch,
  node: QuantityNode,
  noun: Token | undefined,
  pluralEndings: readonly string[] = [],
): boolean =>
  (!noun ||
    (tokens[m.first - 1]?.cats.includes("det") === true &&
      (noun.info.nounUnit === undefined || (pluralEndings.length > 0 && !looksPlural(noun.key, pluralEndings))))) &&
  !node.unit &&
  node.qualifier === "exact" &&
  node.lo?.digits !== undefined &&
  node.lo.scale === 1 &&
  node.lo.digits.text.length === 4 &&
  !node.lo.digits.num!.grouped &&
  node.lo.v >= 1900 &&
  node.lo.v <= 2100;

function isoDate(d: { year?: number; month?: number; day?: number }): string {
  const p2 = (n: number): string => String(n).padStart(2, "0");
  if (d.year !== undefined && d.month !== undefined && d.day !== undefined)
    return `${d.year}-${p2(d.month)}-${p2(d.day)}`;
  if (d.year !== undefined && d.month !== undefined) return `${d.year}-${p2(d.month)}`;
  if (d.month !== undefined && d.day !== undefined) return `--${p2(d.month)}-${p2(d.day)}`;
  return String(d.year);
}

/** The 1-based line and column of a string index, from the token holding it. */
function position(tokens: readonly Token[], at: number): { line: number; column: number } {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const t = tokens[lo]!;
  return { line: t.line, column: t.col + (at - t.start) };
}

/** The claims of an article. */
export function extract(input: ExtractInput): Claim[] {
  return analyse(input).claims;
}

/** A capitalised name word written with accents or an ʻokina ("Hawaiʻi", "Zürich"). */
export function accentedName(t: Token): boolean {
  return (
    t.cap &&
    t.raw === "word" &&
    t.cats.length === 1 &&
    t.cats[0] === "name" &&
    t.text.length > 2 &&
    /[^\p{ASCII}]/u.test(t.text) &&
    fold(t.text) !== t.text.toLowerCase()
  );
}

/** A sentence that names a place after a preposition, or a day or weekend. */
function saysPlaceOrTime(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k]!;
    if (
      t.cats.includes("weekday") ||
      t.cats.includes("weekend") ||
      t.cats.includes("relDay") ||
      t.cats.includes("nationwide")
    )
      return true;
    if (t.cats.includes("placePrep") && !isOfOnePerson(tokens, k) && namesAfter(tokens, k + 1, s.last)) return true;
    // "Stadt Hollin fast völlig zerstört": a place noun, then its name.
    if (t.info.nounUnit === "city" && k + 1 < s.last && isNameWord(tokens[k + 1]!)) return true;
  }
  return false;
}

/**
 * Where a sentence spreads its figures over a counted number of places, "in some 100 locations",
 * "in mehr als 100 Städten" (a place noun after a number after a place preposition, outside the
 * figure `m`, not some of them: "in 11 der 14 Bezirke"): the place noun's index, else -1.
 */
function spreadOverPlaces(tokens: readonly Token[], s: Clause, m: PhraseMatch): number {
  for (let k = s.first + 2; k < s.last; k++) {
    if (tokens[k]!.info.nounUnit !== "city" || (k >= m.first && k < m.last)) continue;
    // "in 11 der 14 Küstenbezirke": some of the places, not the whole country.
    if (!tokens[k - 1]!.cats.includes("num") || isWholeOfPart(tokens, k - 1)) continue;
    for (let j = k - 2; j >= Math.max(s.first, k - 5); j--) if (tokens[j]!.cats.includes("placePrep")) return k;
  }
  return -1;
}

/** A name at `from`, or after a few lower-case words and a comma ("the capital, Ostrava"). */
function namesAfter(tokens: readonly Token[], from: number, last: number): boolean {
  for (let j = from; j < Math.min(last, from + 4); j++) {
    const t = tokens[j]!;
    if (t.cats.includes("name")) return true;
    if (t.cats.includes("comma")) return j > from && !!tokens[j + 1]?.cats.includes("name") && j + 1 < last;
    if (t.cap || t.raw !== "word") return false;
  }
  return false;
}

/**
 * A place the clause gives that is not read as one: "noun" for a place without a name ("in many
 * smaller cities", "in vielen kleineren Städten"), which may lie in the place its sentence names;
 * "name" for a name the grammar does not read as a place ("in der gesamten Wendmark"), which is a
 * place of its own. Either way the figure takes no other figure's place.
 */
function unnamedPlace(tokens: readonly Token[], clause: { first: number; last: number }): "noun" | "name" | null {
  for (let k = clause.first; k < clause.last; k++) {
    if (!tokens[k]!.cats.includes("placePrep")) continue;
    for (let j = k + 1; j < Math.min(clause.last, k + 4); j++) {
      const t = tokens[j]!;
      if (t.info.nounUnit === "city") return "noun";
      // "in der gesamten Wendmark": a name the clause gives that is not read as a place is still its own place.
      if (isNameWord(t)) return "name";
    }
  }
  return null;
}

/** How many sentences on a place goes from a figure of another measure. */
const PLACE_REACH = 1;
/** How many quiet sentences between (no figure, no place, no time) a place goes on across. */
const QUIET_SKIPPED = 1;

interface Frame {
  revision: boolean;
  clause: Clause;
  measure: string | null;
  scope: ClaimScope | null;
  period: ClaimPeriod | null;
  inferred: FrameKey[];
}

const NO_FRAME: Frame = {
  clause: { first: 0, last: 0 },
  measure: null,
  scope: null,
  period: null,
  inferred: [],
  revision: false,
};

/** A person's name as the article writes it (two or more capitalised words). */
export interface NameMention {
  article: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A full name's place in the text and its words. */
export interface NameSpan {
  start: number;
  end: number;
  words: string[];
}

/** The text as extraction reads it, tagged: front matter is blanked, not cut, so that every index and line stays the file's own. */
function tagInput(input: ExtractInput, lexicon: Lexicon): Tagged {
  const bodyStart = input.bodyStart ?? 0;
  const readable =
    bodyStart > 0 ? input.text.slice(0, bodyStart).replace(/[^\r\n]/gu, " ") + input.text.slice(bodyStart) : input.text;
  return tag(readable, lexicon, input.tagEverySentence ? "all" : "figures");
}

/** The claims of an article and the full names it mentions (for the name rules). */
export function analyse(input: ExtractInput): { claims: Claim[]; names: NameMention[] } {
  const { claims, names } = analyseText(input);
  return { claims, names };
}

/** What analysing a piece tells beyond its claims: its full names, and the one-word names it widened, where. */
export interface PieceAnalysis {
  claims: Claim[];
  names: NameMention[];
  spans: NameSpan[];
  widened: Array<{ word: string; at: number }>;
  /**
   * Where nouns are capitalised: the surnames its two-word runs give, and for each longer run the
   * surnames that would choose its two words (frame.ts fullNames), each at the run's start.
   */
  surnames: Array<{ at: number; key: string }>;
  longRuns: Array<{ at: number; keys: string[] }>;
}

/** analyse, for a piece of a large file (worker.ts): also its full names and the names it widened. */
export function analysePieceText(input: ExtractInput): PieceAnalysis {
  const widened: PieceAnalysis["widened"] = [];
  const r = analyseText(input, (word, at) => widened.push({ word, at }));
  const keep = (s: NameSpan): boolean => !input.piece || (s.start >= input.piece.start && s.start < input.piece.end);
  const spans = r
    .local()
    .map((n) => ({ start: r.tagged.tokens[n.first]!.start, end: r.tagged.tokens[n.last - 1]!.end, words: n.words }))
    .filter(keep);
  const { surnames, longRuns } = runSurnames(r.local(), r.tagged.tokens, input.piece, getLexicon(input.lang));
  return { claims: r.claims, names: r.names, spans, widened, surnames, longRuns };
}

/**
 * A piece's surnames, of runs that start in it, and the candidate surnames of every longer run it
 * reads, its context's too (PieceAnalysis).
 */
function runSurnames(
  runs: readonly NameRun[],
  tokens: readonly Token[],
  piece: PieceInput | undefined,
  lexicon: Lexicon,
): Pick<PieceAnalysis, "surnames" | "longRuns"> {
  const out: Pick<PieceAnalysis, "surnames" | "longRuns"> = { surnames: [], longRuns: [] };
  if (!lexicon.capitalisedNouns) return out;
  for (const { run } of runs) {
    const at = tokens[run.first]!.start;
    const own = !piece || (at >= piece.start && at < piece.end);
    const key = (k: number): string => nameKey(tokens[k]!.text);
    if (run.last - run.first === 2) {
      if (own) out.surnames.push({ at, key: key(run.last - 1) });
    } else
      out.longRuns.push({
        at,
        keys: Array.from({ length: run.last - run.first - 1 }, (_, i) => key(run.first + 1 + i)),
      });
  }
  return out;
}

function analyseText(
  input: ExtractInput,
  widening?: (word: string, at: number) => void,
): { claims: Claim[]; names: NameMention[]; local: () => NameRun[]; tagged: Tagged } {
  const a = new ArticleAnalysis(input, widening);
  a.readSentences();
  const claims = resolveDescribedSources(a.claims, input.text, a.tagged, a.lexicon);
  return { claims, names: a.nameMentions(), local: () => a.local(), tagged: a.tagged };
}

/**
 * The names a text writes straight after a noun that counts no people ("the ferry Ilsabel", "die
 * Fähre Ilsabel"): names of things. Looked up in the lexicon, since a sentence without a figure
 * is not tagged.
 */
function namesAfterThings(tokens: readonly Token[], lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // On one line: a heading's last word ("Lakebay County") says nothing of the name opening the next paragraph.
    if (!t.cap || t.raw !== "word" || tokens[k - 1]!.raw !== "word" || tokens[k - 1]!.line !== t.line) continue;
    const entry = lexicon.trie.next?.get(tokens[k - 1]!.key)?.entry;
    const thing =
      entry?.cats.includes("noun") === true && entry.info.nounUnit !== "person" && !entry.cats.includes("population");
    if (thing && !t.cats.includes("noun")) out.add(t.text);
  }
  return out;
}

/**
 * Whether a measure word can say what happened to a figure: a measure of other kinds says nothing
 * of it ("300 homes were flooded", an area), a count of people is never one of things
 * ("20.000 Menschen könnten ihre Häuser verlassen"), and things never move as people do ("23
 * wagons left the tracks" is no departure, "200 Lastwagen überquerten die Grenze" no arrival).
 */
function measureFits(measure: string, kind: Kind, noun: Token | undefined): boolean {
  const def = getMeasures().get(measure);
  const unit = noun?.info.nounUnit;
  const thing = unit !== undefined && unit !== "person";
  return (
    !def ||
    (def.kinds.includes(kind) &&
      !(def.things && unit === "person") &&
      !(def.movement && thing) &&
      countsUnit(def, unit))
  );
}

/**
 * Whether a figure is an amount whose thing its clause does not name (measures.yaml `amount`): it
 * takes no time of the amount before it ("Last year's harvest was 2.56 million tonnes. At current
 * prices, 2.1 million tonnes of wheat are worth …" is no figure of last year).
 */
const isInferredAmount = (inferred: boolean, kind: Kind, measure: string | null): boolean =>
  inferred && kind === "measure" && getMeasures().get(measure ?? "")?.amount === true;

/** Whether a measure is a limit, no count of what happened (measures.yaml `limit`: a capacity). */
const isLimit = (measure: string | null): boolean => measure !== null && getMeasures().get(measure)?.limit === true;

/**
 * A sentence up to the first part after a figure ("Three have died, among them a man found in
 * Tirvel", "17 Menschen gestorben, darunter zehn in der Region Varesse"): the place of a part is
 * not its whole's.
 */
function beforeParts(tokens: readonly Token[], sentence: Clause, m: PhraseMatch, phrases: PhraseMatch[]): Clause {
  // A part is a figure or an age beside the word ("seven of them", "darunter zehn", "among them an
  // 84-year-old"); "most of them in the Dunmor district" names no part of its own.
  // "among them a girl from the village of Tesk" names a part too: one that is no place straight after the word.
  const partAt = (k: number): boolean => phrases.some((p) => p !== m && p.first >= k - 2 && p.first <= k + 3);
  const placeNext = (k: number): boolean => tokens[k + 1]?.cats.includes("placePrep") === true;
  for (let k = m.last; k < sentence.last; k++)
    if (tokens[k]!.cats.includes("partOf") && (partAt(k) || !placeNext(k))) return { first: sentence.first, last: k };
  return sentence;
}

/** A count of people, or a measure, given as the total or the figure ("put the total at 82,000 people", "its figure of 110 tonnes"). */
function countsTheTotal(
  tokens: readonly Token[],
  clause: Clause,
  m: PhraseMatch,
  noun: Token | undefined,
  lexicon: Lexicon,
): boolean {
  // "its figure of 110 tonnes": a measure (a mass, a volume) given as the figure, as a count of people is.
  const measured = m.node.type === "quantity" && m.node.unit != null && !noun;
  if (!measured && (noun?.info.nounUnit !== "person" || noun.info.measure)) return false;
  const figureWord = (x: Token): boolean =>
    x.cats.includes("figureWord") ||
    (x.cats.includes("sayVerb") && x.key.split(" ").some((w) => lexicon.figureWords.has(w)));
  return nearest(tokens, clause.first, clause.last, m.first, m.last, figureWord) >= 0;
}

/**
 * Whether a later figure of the sentence is the running total this one adds to: a word of
 * ranges.changeTo straight before it and a verb of change between the two ("killed 12 people,
 * bringing the death toll to 45", "tötete zwölf Menschen, damit stieg die Zahl der Toten auf 45").
 * "Rose from 40 to 45" is no such pair (its verb stands before both), nor "has reached 40,000 …
 * and could rise to 50,000" (what may come adds nothing up).
 */
function totalAfter(
  tokens: readonly Token[],
  m: PhraseMatch,
  phrases: readonly PhraseMatch[],
  lexicon: Lexicon,
): boolean {
  // A change's own value, new or earlier, adds to nothing ("revised down to 511,900, from 512,400,
  // while the other's rose to 510,700"; "widened the zone to 5 km, and the number evacuated rose to 4,200").
  const before = tokens[m.first - 1];
  if (before?.cats.includes("changeTo") || (before && lexicon.earlierValueAfterFigure.has(before.key))) return false;
  for (const p of phrases) {
    if (p.node.type !== "quantity" || p.first < m.last || !tokens[p.first - 1]?.cats.includes("changeTo")) continue;
    const between = tokens.slice(m.last, p.first - 1);
    if (between.some((t) => t.cats.includes("future"))) continue;
    if (between.some((t) => t.cats.includes("changeVerb"))) return true;
  }
  return false;
}

/**
 * Whom a count or a share belongs to (a measure marked perHolder, votes): the name nearest before
 * it in its clause, past no other figure, where it follows another figure or stands straight before
 * this one ("the Renewal Party 509,400 votes", "ahead of the Renewal Party with 33.1 percent and the
 * Coastal Alliance with 12.2 percent"), else the name that heads its clause ("The Civic Union won 512,400 votes", "Die Bürgerunion erhielt laut Kommission 512.400
 * Stimmen"); never a source named after a word of attribution ("laut Kommission") nor a place
 * after a place preposition. As a population: "holder:" and the name's key.
 */
const HOLDER_PREFIX = "holder:";

function holderOf(
  tokens: readonly Token[],
  m: PhraseMatch,
  clause: Clause,
  phrases: PhraseMatch[],
  prepositions: ReadonlySet<string>,
): string | null {
  const runBefore = (end: number): number => {
    let k = end;
    while (k > clause.first && tokens[k - 1]!.cats.includes("name")) k--;
    return k;
  };
  const named = (first: number, last: number): string | null =>
    last > first && !tokens[first - 1]?.cats.includes("accordingTo")
      ? `${HOLDER_PREFIX}${nameKey(
          tokens
            .slice(first, last)
            .map((t) => t.text)
            .join(" "),
        )}`
      : null;
  // A name straight before another figure is that figure's, heading no other ("the Renewal Party 30
  // and the Coastal Alliance 10, with smaller parties taking the remaining nine").
  const beforeOtherFigure = (end: number): boolean =>
    phrases.some(
      (p) =>
        p !== m &&
        p.node.type === "quantity" &&
        (p.first === end || (p.first === end + 1 && prepositions.has(tokens[end]!.key))),
    );
  const headingHolder = (from: number): string | null => {
    const run = headingName(tokens, from, m);
    return run && !beforeOtherFigure(run[1]) ? named(run[0], run[1]) : null;
  };
  // What a say verb introduces is a clause of its own: "Anna Berg said the Civic Union won …".
  let head = clause.first;
  for (let k = clause.first; k < m.first; k++) if (tokens[k]!.cats.includes("sayVerb")) head = k + 1;
  let bound = head;
  for (const p of phrases)
    if (p !== m && p.node.type === "quantity" && p.last <= m.first) bound = Math.max(bound, p.last);
  for (let end = m.first; end > bound; end--) {
    // A capitalised measure word is a noun, no name ("im Parlament mit 80 Sitzen käme sie auf 31 Sitze").
    if (!tokens[end - 1]!.cats.includes("name") || tokens[end - 1]!.cats.includes("measure")) continue;
    // A name inside the clause's subject ("The Civic Union of Prime Minister Anna Berg won …") is
    // no holder: the nearest name is, after another figure, or straight before this one ("the
    // Renewal Party 509,400", "the Coastal Alliance with 12.2 percent").
    const straightBefore = end === m.first || (end === m.first - 1 && prepositions.has(tokens[end]!.key));
    if (bound === head && !straightBefore) break;
    const start = Math.max(bound, runBefore(end));
    const holder = tokens[start - 1]?.cats.includes("placePrep") ? null : named(start, end);
    if (holder) return holder;
    end = start + 1;
  }
  // The name heading the clause, no place ("In Varnland the Civic Union won …") and no day ("On
  // Monday …"): the said clause's, else the speaker's ("The Renewal Party said its own count gave it …").
  return headingHolder(head) ?? (head > clause.first ? headingHolder(clause.first) : null);
}

/** The name heading tokens [from, figure): the first that is no place and no day, as [first, last). */
function headingName(tokens: readonly Token[], from: number, m: { first: number }): [number, number] | null {
  for (let k = from; k < m.first; k++) {
    if (!tokens[k]!.cats.includes("name") || tokens[k]!.cats.includes("measure")) continue;
    let end = k;
    while (end < m.first && tokens[end]!.cats.includes("name")) end++;
    // After a preposition, an article between ("Nach der Neuauszählung kamen die Grünen …"): no subject.
    const prepAt = (j: number): boolean => tokens[j]?.cats.includes("placePrep") ?? false;
    const place = prepAt(k - 1) || (tokens[k - 1]?.cats.includes("det") === true && prepAt(k - 2));
    const day = tokens.slice(k, end).some((t) => t.cats.some((c) => TIME_CATEGORIES.includes(c)));
    if (!place && !day) return [k, end];
    k = end;
  }
  return null;
}

/**
 * Where the sentence's other figures end (and their counted nouns): a measure word there is theirs.
 * So is a verb of movement straight before one where a figure after a verb is its object ("has
 * reached 40 and could rise to 50": the 50 arrived nowhere).
 */
function otherFigureEnds(
  tokens: readonly Token[],
  phrases: readonly PhraseMatch[],
  m: PhraseMatch,
  lexicon: Lexicon,
): Set<number> {
  const ends = new Set<number>();
  for (const p of phrases) {
    if (p === m || p.node.type !== "quantity") continue;
    // "1.100 Helfer und 46 Schiffe im Einsatz": figures joined by "and" share what follows them.
    if (joinedAfter(tokens, m, p)) continue;
    ends.add(p.last);
    const verb = tokens[p.first - 1];
    if (lexicon.figureAfterVerbIsObject && verb && isMovement(verb)) ends.add(p.first - 1);
    // "200 Menschen vermisst": the word after the other figure's counted noun is that figure's too.
    const after = tokens[p.last];
    if (after?.cats.includes("noun") || after?.cats.includes("population")) ends.add(p.last + 1);
    // "412 seats with 34 percent of the vote": what the other figure is "of" is that figure's.
    if (after?.cats.includes("of")) ends.add(tokens[p.last + 1]?.cats.includes("det") ? p.last + 2 : p.last + 1);
    for (const k of partWords(tokens, p)) ends.add(k);
  }
  return ends;
}

/** How far the words a part says of itself may reach ("210 of them dead", "rund 560 davon tot"). */
const PART_WORDS = 4;

/**
 * The words a part figure says of itself, up to a comma or "and": "210 of them dead, and 12
 * seals", "210 davon tot, und 12 Robben": the dead are the part, never the seals counted after it.
 */
function partWords(tokens: readonly Token[], p: PhraseMatch): number[] {
  const out: number[] = [];
  let k = p.last;
  while (tokens[k]?.cats.includes("partOf")) k++;
  if (k === p.last) return out;
  for (; k < p.last + 1 + PART_WORDS && tokens[k]?.raw === "word" && !tokens[k]!.cats.includes("rangeAnd"); k++)
    out.push(k);
  return out;
}

/**
 * A figure's clause for its measure words, reaching through the clause of a figure joined after it
 * by "and" ("1.100 Helfer und 46 Schiffe im Einsatz", "1,100 workers and 46 vessels were deployed"):
 * the words after both are said of both, the first figure's own, no guess.
 */
function withJoinedClause(
  tokens: readonly Token[],
  s: Sentence,
  clause: Clause,
  m: PhraseMatch,
  phrases: readonly PhraseMatch[],
): Clause {
  const joined = phrases.find((p) => p !== m && p.node.type === "quantity" && joinedAfter(tokens, m, p));
  if (!joined) return clause;
  const after = clauseOf(tokens, s, joined.first, joined.last);
  return after.last > clause.last ? { ...clause, last: after.last } : clause;
}

/**
 * Whether a figure is listed after a comma with its noun alone, following a figure of its sentence
 * ("640 oiled birds found, 210 of them dead, and 12 seals", "as well as 31 seals and four
 * dolphins", "sowie 12 Robben"): the predicate before is said of it, its own measure, no guess.
 */
function listedAfter(
  tokens: readonly Token[],
  s: Sentence,
  clause: Clause,
  m: PhraseMatch,
  phrases: readonly PhraseMatch[],
): boolean {
  let k = clause.first;
  while (k < m.first && tokens[k]!.cats.includes("comma")) k++;
  if (k !== m.first - 1 || !tokens[k]!.cats.includes("listAdd")) return false;
  const end = m.last + (tokens[m.last]?.cats.includes("noun") ? 1 : 0);
  const next = tokens[end];
  const closes = end >= clause.last || next?.raw !== "word" || next.cats.includes("listAdd");
  return closes && phrases.some((p) => p !== m && p.node.type === "quantity" && p.first >= s.first && p.last <= k);
}

/** Whether figure p follows m joined by "and" / "und", with at most m's counted noun between. */
function joinedAfter(tokens: readonly Token[], m: PhraseMatch, p: PhraseMatch): boolean {
  const between = tokens.slice(m.last, p.first);
  return (
    between.length >= 1 &&
    between.length <= 2 &&
    between[between.length - 1]!.cats.includes("rangeAnd") &&
    (between.length === 1 || between[0]!.cats.includes("noun") || between[0]!.cats.includes("population"))
  );
}

/**
 * A number followed by a noun the lexicon does not know counts that noun ("1,000 federal
 * personnel"), and is no bare number. Where nouns are capitalised a capital says so; else any
 * word that is not a small word, a preposition or a verb the lexicon knows may be one.
 */
/**
 * Whether a say verb gives the figure as the whole of what it says: the verb straight before it
 * ("says 1,500", "puts it at", "geht von"), past adverbs ("still says", "spricht weiterhin von")
 * or a figure word ("beziffert die Zahl auf 2.300"), and nothing but a particle after it before
 * the clause ends ("geht von 3,5 Milliarden Euro aus, weil …"): "says €40 million went to
 * shelters" says what the sum did.
 */
function saidAsObject(tokens: readonly Token[], m: PhraseMatch): boolean {
  const after = tokens[m.last];
  const particle = after?.cats.includes("placePrep") && tokens[m.last + 1]?.raw !== "word";
  if (after?.raw === "word" && !particle) return false;
  let k = m.first - 1;
  if (tokens[k]?.cats.includes("changeTo") && tokens[k - 1]?.cats.includes("figureWord"))
    k -= tokens[k - 2]?.cats.includes("det") ? 3 : 2;
  else if (tokens[k]?.cats.includes("of")) k--;
  while (tokens[k]?.cats.includes("adverb")) k--;
  return tokens[k]?.cats.includes("sayVerb") === true;
}

/** The measure of the first measure word of a sentence, one written apart too ("zog … durch"), if any. */
function measureWordIn(tokens: readonly Token[], s: Sentence, lexicon: Lexicon): string | null {
  for (let k = s.first; k < s.last; k++) {
    const measure = tokens[k]!.cats.includes("measure") ? tokens[k]!.info.measure : measureApart(tokens, k, s, lexicon);
    if (measure) return measure;
  }
  return null;
}

/** The dimension of a figure's unit (count:person, money:EUR), null for a bare number. */
const dimensionOf = (m: PhraseMatch): string | null =>
  m.node.type === "quantity" ? normaliseQuantity(m.node as QuantityNode).dimension : null;

function isBareNumber(next: Token | undefined, lexicon: Lexicon): boolean {
  // "an 80-seat parliament": a number glued to a word by a hyphen qualifies it.
  if (next?.cats.includes("hyphen") && !next.spaceBefore) return false;
  if (next?.raw !== "word") return true;
  if (lexicon.capitalisedNouns) return !next.cap;
  return ["stop", "placePrep", "sayVerb", "measure"].some((c) => next.cats.includes(c as never));
}

/** An upper bound of an amount, not of a rate ("up to 40 million euros", not "up to 2,000 a day"). */
const isUpperBoundOfAmount = (node: QuantityNode): boolean => node.qualifier === "at-most" && !node.per;

/** Categories of words that name a time: a day, a month, "last" ("On Monday alone", "Allein im Oktober", "last week alone"). */
const TIME_CATEGORIES: readonly Category[] = [...DAY_CATEGORIES, "month", "lastWord"];
/** What stands between "alone" and the word it limits: prepositions and articles. */
const ALONE_SKIPS: readonly Category[] = ["placePrep", "yearPrep", "since", "det", "definite"];

/**
 * Whether "alone" at k stands beside a time ("On Monday alone, 440 flights were cancelled",
 * "Allein am Montag", "in 2023 alone", "last week alone"): then the figure is that time's own
 * count, as the day's count is beside a total since the day, and no part of a whole; beside a
 * place or a group it is ("In the south alone on Monday", "Allein in Hollin sind seit Montag").
 * The word it limits is the nearest, past prepositions and articles, on the side the language
 * puts it (`aloneFollowsItsPhrase`: "Monday alone"; else "allein am Montag"), else on the other.
 */
function aloneOfATime(tokens: readonly Token[], k: number, follows: boolean): boolean {
  const skipped = (t: Token): boolean => t.raw === "ws" || ALONE_SKIPS.some((c) => t.cats.includes(c));
  const isTime = (t: Token): boolean =>
    t.cats.some((c) => TIME_CATEGORIES.includes(c)) || (t.raw === "num" && /^(1[89]|20)\d\d$/.test(t.text));
  /** The nearest word or number from `from` in direction `step`, past prepositions and articles; else -1. */
  const nearestWord = (from: number, step: number): number => {
    let j = from + step;
    while (tokens[j] && skipped(tokens[j]!)) j += step;
    return tokens[j]?.raw === "word" || tokens[j]?.raw === "num" ? j : -1;
  };
  const first = follows ? -1 : 1;
  // A time straight on the other side, with nothing between, is limited too: "Am Montag allein".
  const beside = tokens[k - first];
  if (beside?.cats.some((c) => TIME_CATEGORIES.includes(c))) return true;
  const at = nearestWord(k, first) >= 0 ? nearestWord(k, first) : nearestWord(k, -first);
  if (at < 0) return false;
  if (isTime(tokens[at]!)) return true;
  // "last week alone", "in der vergangenen Woche": a unit of time beside a word of the last one.
  const last = tokens[at]!.cats.includes("unit") ? nearestWord(at, -1) : -1;
  return last >= 0 && isTime(tokens[last]!);
}

/** Points of a share are percentage points (units.yaml percentage-points). */
const POINTS_UNIT = "pp";
const POINTS_DIMENSION = "percentage-points";

type ClaimFields = Omit<Claim, "id" | "article" | "text" | "span" | "sentence" | "lang" | "asOf">;

/** An age in years of a person (`entity`), as a claim's fields. */
const ageFields = (years: number, entity: string | null, source: string | null): ClaimFields => ({
  kind: "age",
  value: years,
  min: years,
  max: years,
  qualifier: "exact",
  unit: "year",
  unitText: null,
  dimension: "age",
  noun: null,
  measure: null,
  scope: null,
  period: null,
  entity,
  source,
  inferred: [],
  revision: false,
  date: null,
});

/** The frame of the last figure that gave its own measure, for the figures after it. */
/** A figure a say verb's bare object may restate, with where it starts, its kind of unit and its unit as written. */
type Restatable = PreviousFrame & { start: number; dimension: string | null; unit: UnitRef | undefined };

/** A count as a figure after it may take its noun from it: "Over 260,000 had left". */
interface CountBefore {
  sentence: number;
  noun: string | null;
  unit: string | null;
  dimension: string | null;
}

interface PreviousFrame {
  sentence: number;
  measure: string;
  scope: ClaimScope | null;
  period: ClaimPeriod | null;
  /** Its status ("suspected", "confirmed" cases), carried to a figure that continues it. */
  status: string | null;
}

/**
 * One article read sentence by sentence: its claims, with what a figure carries to the ones after
 * it (its measure, scope and period; the noun of the last count of each measure), and its names.
 */
class ArticleAnalysis {
  readonly lexicon: Lexicon;
  readonly tagged: Tagged;
  readonly claims: Claim[] = [];
  private readonly ctx: EntityContext;
  private readonly ids = new Set<string>();
  private localNames: NameRun[] | undefined;
  private names: NameRun[] | undefined;
  private sentenceIndex: Int32Array | undefined;
  // The frame of the last figure that gave its own measure: a figure whose sentence names none
  // ("Die Veranstalter korrigierten die Zahl auf 80.000") continues it (docs/claims.md).
  private previous: PreviousFrame | undefined;
  /** The frame of the last figure of each measure that gave its own measure (`previous` by measure). */
  private readonly lastOfMeasure = new Map<string, PreviousFrame>();
  /**
   * The last figure whose own words gave its measure, a fallback ("cancelled 1,500 trains":
   * train · cancel) too: a figure a say verb gives as another's word for it restates it.
   */
  private restatable: Restatable | undefined;
  /** A say verb's bare figure with no measure and nothing before it to restate (answeredLater). */
  private unanswered: { index: number; sentence: number; source: string } | undefined;
  /** The last such figure of each kind of unit, for an amount ("spricht von 5.000 Tonnen" after "2.000 Tonnen (2,3 Millionen Liter)"). */
  private readonly restatableAmounts = new Map<string, Restatable>();
  /**
   * The measure of the last count or number read, in a piece's context lines too (undefined before
   * the first): a bare number carries no measure over a count of something else.
   */
  private lastCountMeasure: string | null | undefined;
  /** The last sentence with no figure, and the first measure word it holds: what "there were" counts. */
  private toldBefore: { sentence: number; measure: string | null } | undefined;
  /** The sentence of the last limit read ("licensed for 40,000"). */
  private limitSentence = -1;
  /** Where the figures read as a change begin ("rose by 12"): no figure after one continues it. */
  private readonly changes = new Set<number>();
  // The last count of each measure, for a figure whose noun is left out: "Over 260,000 had left".
  private readonly lastCount = new Map<string, CountBefore>();
  private sentenceNo = -1;
  // The last sentence that may have moved to another place or time: a figure after it does not
  // take the place or period of a figure before it.
  private moved = -1;
  /** The sentences that gave a figure (a count, measure, money or percent; not only an age or a date). */
  private readonly figureSentences = new Set<number>();
  // The day the text spoke of last, for "that day" / "am selben Tag".
  private lastDay: ClaimPeriod | null = null;
  /** The last time, a day or longer (a year), a sentence names, kept for "back then", "damals". */
  private lastTime: ClaimPeriod | null = null;
  /** Names the article writes straight after a noun of things ("the ferry Ilsabel"), made when an age asks. */
  private thingNames: Set<string> | undefined;

  constructor(
    readonly input: ExtractInput,
    widening?: (word: string, at: number) => void,
  ) {
    this.lexicon = getLexicon(input.lang);
    this.tagged = tagInput(input, this.lexicon);
    const tagged = this.tagged;
    this.ctx = {
      text: input.text,
      tagged,
      lexicon: this.lexicon,
      names: () => (this.names ??= namesWithOutside(this.local(), input.piece)),
      sentenceOf: (k) => this.sentenceOf(k),
      // Where the name is looked up: the start of token `at` (the file's end for one past the last).
      widening: widening && ((word, at) => widening(word, tagged.tokens[at]?.start ?? input.text.length)),
    };
  }

  local(): NameRun[] {
    this.localNames ??= fullNames(this.tagged, this.lexicon, this.input.piece?.surnames);
    return this.localNames;
  }

  private sentenceOf(token: number): number {
    // The full names outside a piece stand in sentences far away.
    if (token < 0) return OUTSIDE_BEFORE;
    if (token >= this.tagged.tokens.length) return OUTSIDE_AFTER;
    if (!this.sentenceIndex) {
      const index = new Int32Array(this.tagged.tokens.length);
      this.tagged.sentences.forEach((s, k) => {
        index.fill(k, s.first, s.last);
      });
      this.sentenceIndex = index;
    }
    return this.sentenceIndex[token]!;
  }

  /** Every figure, age and date of every sentence that may hold one, in order. */
  readSentences(): void {
    const { tagged, lexicon } = this;
    for (const s of tagged.sentences) {
      this.sentenceNo++;
      if (!hasFigure(tagged.tokens, s)) {
        this.toldBefore = { sentence: this.sentenceNo, measure: measureWordIn(tagged.tokens, s, lexicon) };
        if (s.last - s.first <= 2 || saysPlaceOrTime(tagged.tokens, s)) this.moved = this.sentenceNo;
        this.rememberDay(s, []);
        continue;
      }
      const phrases = this.yearsAsDates(s, phrasesInSentence(tagged, s, lexicon.pluralEndings, this.input));
      for (const m of phrases) {
        const node = m.node;
        if (node.type === "quantity") {
          const unit = this.elidedUnit(m, node);
          const said = unit ? { ...node, unit } : node;
          this.quantityClaim(s, unit ? { ...m, node: said } : m, said, phrases);
        } else if (node.type === "age") this.ageClaims(s, m, node, phrases);
        else if (node.type === "date") this.dateClaim(s, node);
        else if (node.age) this.sourceAgeClaim(s, m, node);
      }
      // A sentence that names a place or a time but no figure of a measure moves on as well.
      if (this.previous?.sentence !== this.sentenceNo && saysPlaceOrTime(tagged.tokens, s))
        this.moved = this.sentenceNo;
      this.rememberDay(s, phrases);
    }
  }

  /** The last day a sentence names, kept for "that day" in the sentences after it. */
  private rememberDay(s: Sentence, phrases: PhraseMatch[]): void {
    const tokens = this.tagged.tokens;
    if (
      !clauseSays(tokens, s, "weekday") &&
      !clauseSays(tokens, s, "relDay") &&
      !phrases.some((p) => p.node.type === "date")
    )
      return;
    const whole = { first: s.first, last: s.last };
    // A day, not a year or a span ("On Monday she walked out for the first time since the strike of 2015");
    // for "back then", the last time of any length.
    let time: ClaimPeriod | null = null;
    for (const at of [s.last, s.first]) {
      const { period } = periodOf(this.input.text, tokens, whole, whole, at, at, phrases, this.input.date);
      if (period?.start) time ??= period;
      if (period?.start && period.start === period.end) {
        this.lastDay = period;
        break;
      }
    }
    if (time) this.lastTime = time;
  }

  private make(s: Sentence, span: { s: number; e: number }, fields: ClaimFields): void {
    const { input, tagged } = this;
    // A figure beyond what a number can hold (400 digits) reads as Infinity, which JSON (a cache
    // entry) stores as null and a chart's scale cannot end at: it is kept as a claim of no value
    // the rules can compare ("vague"), the same from the parser and from the cache.
    if ([fields.value, fields.min, fields.max].some((v) => v !== null && !Number.isFinite(v))) {
      fields = { ...fields, value: null, min: null, max: null, qualifier: "vague" };
    }
    const { line, column } = position(tagged.tokens, span.s);
    let id = `${input.path}@${line}:${column}`;
    for (let k = 2; this.ids.has(id); k++) id = `${input.path}@${line}:${column}#${k}`;
    this.ids.add(id);
    // A limit ("licensed for 40,000") is an aside: the figures of the sentences before and after it
    // go on together; in its own sentence a bare figure after it takes nothing from before ("The
    // arena can hold 15,000, but 22,000 were inside": not the toll of the sentence before).
    if ((fields.kind === "count" || fields.kind === "number") && !isLimit(fields.measure))
      this.lastCountMeasure = fields.measure;
    else if (isLimit(fields.measure)) this.limitSentence = this.sentenceNo;
    const piece = input.piece;
    if (piece && (span.s < piece.start || span.s >= piece.end)) return;
    // Field by field in the Claim's order, not spread: every claim takes this shape, and the
    // printed claims read in the same order whatever their kind.
    this.claims.push({
      id,
      article: input.path,
      kind: fields.kind,
      value: fields.value,
      min: fields.min,
      max: fields.max,
      qualifier: fields.qualifier,
      unit: fields.unit,
      unitText: fields.unitText,
      dimension: fields.dimension,
      noun: fields.noun,
      measure: fields.measure,
      scope: fields.scope,
      period: fields.period,
      entity: fields.entity,
      source: fields.source,
      inferred: fields.inferred,
      revision: fields.revision,
      asOf: input.date ?? null,
      date: fields.date,
      text: input.text.slice(span.s, span.e),
      span: { start: span.s, end: span.e, line, column },
      sentence: input.text.slice(s.start, s.end),
      lang: input.lang,
    });
  }

  /** The article's names as written: every full name, and single accented name words. */
  nameMentions(): NameMention[] {
    const { input, tagged, lexicon } = this;
    const mentions: NameMention[] = [];
    const mention = (first: number, last: number): void => {
      const a = tagged.tokens[first]!;
      if (input.piece && (a.start < input.piece.start || a.start >= input.piece.end)) return;
      const z = tagged.tokens[last - 1]!;
      mentions.push({
        article: input.path,
        text: cleanName(input.text.slice(a.start, z.end)),
        start: a.start,
        end: z.end,
        line: a.line,
        column: a.col,
      });
    };
    const inRuns = new Set<number>();
    for (const n of this.local()) {
      mention(n.first, n.last);
      for (let k = n.run.first; k < n.run.last; k++) inRuns.add(k);
      // German capitalises nouns: every other pair of a longer run may be the name ("Wladimir Putins Marschbefehl").
      if (lexicon.capitalisedNouns)
        for (let k = n.run.first; k + 2 <= n.run.last; k++) if (k !== n.first) mention(k, k + 2);
    }
    // A name word written with accents or an ʻokina alone ("Hawaiʻi", "Zürich"): the name rule holds
    // it against the same letters written without them.
    // Where nouns are capitalised (German) a capital says no name, so there only runs are names.
    if (!lexicon.capitalisedNouns)
      tagged.tokens.forEach((t, k) => {
        if (!inRuns.has(k) && accentedName(t)) mention(k, k + 1);
      });
    // In the text's order, however the text was cut into pieces.
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return mentions;
  }
  /** A lone "one", an adverbial "one day", a label ("Apollo 11"), or a number that is no figure (a clock time, an address). */
  private isNoFigure(s: Sentence, m: PhraseMatch, node: QuantityNode, noun: Token | undefined): boolean {
    const { tokens } = this.tagged;
    const lexicon = this.lexicon;
    return (
      isLoneOne(node, tokens[m.last], noun) ||
      isAdverbialOne(tokens, s, m, node, lexicon) ||
      isLabel(tokens, m, node, noun, lexicon.capitalisedNouns) ||
      isNotFigure(tokens, s, m, node, lexicon)
    );
  }

  /**
   * The sentence's phrases with every figure that is a year ("the 1998 quake", "in 2022") made a
   * date, so that each figure of the sentence can take it as its period.
   */
  private yearsAsDates(s: Sentence, phrases: PhraseMatch[]): PhraseMatch[] {
    return phrases.map((m) => {
      const node = m.node;
      // Only a plain four-digit number may be a year: the rest skip the noun and the checks.
      if (node.type !== "quantity" || node.unit || node.lo?.digits?.text.length !== 4) return m;
      const compared = this.comparedYear(m, node, phrases);
      if (compared) return compared;
      const noun = this.countedNounOf(s, m, node);
      const plurals = this.lexicon.capitalisedNouns ? [] : this.lexicon.pluralEndings;
      // "It was a good 2024 for the airline": a qualifier that opens with an article ("a good") may
      // be an adjective of a year, where nothing is counted.
      const opener = this.tagged.tokens[m.first]!.key.split(" ")[0]!;
      const adjective = node.qualifier !== "exact" && wordIs(this.lexicon, opener, "article");
      const asYear: QuantityNode = adjective ? { ...node, qualifier: "exact" } : node;
      if (!looksLikeYear(this.tagged.tokens, m, asYear, noun, plurals)) return m;
      // A year after a determiner names its event, even before a name that would make a number a
      // label ("the 2018 Camp Fire", as "24 Instant News" is not): the year dates the event.
      const tokens = this.tagged.tokens;
      const named = tokens[m.first - 1]?.cats.includes("det") === true && tokens[m.last]?.cap === true;
      if (!named && this.isNoFigure(s, m, node, noun)) return m;
      const date: DateNode = { type: "date", year: node.lo!.v, s: node.s, e: node.e };
      return { ...m, node: date };
    });
  }

  /**
   * "4,5 Punkte mehr als 2021", "3 points more than 2021": a bound (frame.changeAfter's first
   * word) straight after another figure, or its noun, compares that figure with a year; the year
   * alone is a date, and no figure "more than 2021".
   */
  private comparedYear(m: PhraseMatch, node: QuantityNode, phrases: PhraseMatch[]): PhraseMatch | undefined {
    const tokens = this.tagged.tokens;
    const first = tokens[m.first]!;
    if (node.qualifier === "exact" || !node.lo || !this.lexicon.changeAfter.has(first.key.split(" ")[0]!)) return;
    const afterFigure = phrases.some(
      (p) => p.last === m.first || (p.last === m.first - 1 && tokens[p.last]!.raw === "word"),
    );
    const year = tokens.findIndex((t, k) => k >= m.first && k < m.last && t.start === node.lo!.s);
    if (!afterFigure || year < 0 || !looksLikeYear(tokens, m, { ...node, qualifier: "exact" }, undefined)) return;
    const date: DateNode = { type: "date", year: node.lo.v, s: node.lo.s, e: node.lo.e };
    return { ...m, first: year, node: date };
  }

  /**
   * What a figure counts: a rate's noun after it is its denominator's ("30 per 100,000
   * inhabitants"), not what it counts; a rate of a counted noun carries it inside ("5 deaths a
   * day"); a multiple ("three times as many people") counts nothing itself.
   */
  private countedNounOf(s: Sentence, m: PhraseMatch, node: QuantityNode): Token | undefined {
    const n = normaliseQuantity(node);
    if (node.counted) return node.counted;
    if (n.kind !== "number" || node.per || node.unit) return undefined;
    const tokens = this.tagged.tokens;
    return countedNoun(tokens, s, m.last, this.lexicon) ?? numberOfBefore(tokens, s, m, this.lexicon)?.noun;
  }

  private quantityClaim(s: Sentence, m: PhraseMatch, written: QuantityNode, phrases: PhraseMatch[]): void {
    const { input, tagged } = this;
    // "people over 75", "children under five": an age bound, never a count.
    const node: QuantityNode = isAgeBound(tagged.tokens, m, written, this.lexicon)
      ? { ...written, age: true }
      : revisedUpTo(tagged.tokens, m, written, this.lexicon)
        ? { ...written, qualifier: "exact" }
        : written;
    const n = normaliseQuantity(node);
    const writtenNoun = this.countedNounOf(s, m, node);
    if (this.isNoFigure(s, m, node, writtenNoun)) return;
    // "up 4.5 points on 2021", "stieg um 3,7 Punkte": points of a share are percentage points, no count.
    const points = writtenNoun && this.isPointsOfShare(s, m, writtenNoun, phrases) ? writtenNoun : undefined;
    const noun = points ? undefined : writtenNoun;
    const counted = noun ? (noun.info.nounUnit ?? noun.text.toLowerCase()) + (node.per ? `/${node.per.of}` : "") : null;
    const kind: Kind = points ? "percent" : counted !== null ? "count" : n.kind;
    const framed = kind !== "date" && kind !== "age" && kind !== "duration";
    const prior = this.previous;
    const frame = framed ? this.frameOf(s, m, noun, phrases, kind) : NO_FRAME;
    // One literal shape, not spreads of several: this runs for every figure, and V8 spreads
    // objects of many shapes on its slow path.
    // A figure whose noun is left out counts what the count of its measure in the sentence or two
    // before counts ("Over 260,000 had left"), marked as inferred.
    let [finalKind, unit, dimension, nounText] = [
      kind,
      points ? POINTS_UNIT : (counted ?? n.unit),
      points ? POINTS_DIMENSION : counted !== null ? `count:${counted}` : n.dimension,
      noun ? noun.text : null,
    ];
    const counts = kind === "number" && !node.unit ? this.countedBefore(prior, s, m, phrases, frame) : undefined;
    if (counts) [finalKind, unit, dimension, nounText] = ["count", counts.unit, counts.dimension, counts.noun];
    if (finalKind === "count" && frame.measure && kind === "count")
      this.lastCount.set(frame.measure, { sentence: this.sentenceNo, noun: nounText, unit, dimension });
    if (framed) this.figureSentences.add(this.sentenceNo);
    this.make(s, node, {
      kind: finalKind,
      value: n.value,
      min: n.min,
      max: n.max,
      qualifier: n.qualifier,
      unit,
      unitText: points ? points.text : n.unitText,
      dimension,
      noun: nounText,
      measure: frame.measure,
      scope: frame.scope,
      period: frame.period,
      entity: null,
      source: sourceOf(input.text, tagged.tokens, phrases, m, frame.clause, noun, s),
      inferred: frame.inferred,
      revision: frame.revision,
      date: null,
    });
    if (framed) this.answeredLater(m);
  }

  /**
   * "The fund puts the number at 3.4 million. The regulator said up to 4.5 million people were
   * affected": a say verb's bare figure with no measure, and no figure before it that it restates
   * (restatedFrame), is answered by the next figure, in its sentence or the one after, that
   * another source gives with a measure of its own clause: one count in a row of sources' words
   * for it. It takes that figure's measure, places and time, as inferred.
   */
  private answeredLater(m: PhraseMatch): void {
    const c = this.claims.at(-1);
    if (!c || c.span?.start !== this.tagged.tokens[m.first]!.start) return;
    const wait = this.unanswered;
    if (wait && this.sentenceNo - wait.sentence > 1) this.unanswered = undefined;
    else if (wait && c.measure && !c.inferred.includes("measure") && c.source && c.source !== wait.source) {
      const old = this.claims[wait.index]!;
      const inferred = [...old.inferred, "measure", "scope", ...(c.period ? ["period"] : [])] as FrameKey[];
      this.claims[wait.index] = { ...old, measure: c.measure, scope: c.scope, period: c.period, inferred };
      this.unanswered = undefined;
      return;
    }
    const said = this.restatable && this.sentenceNo - this.restatable.sentence <= 1;
    if (c.kind === "number" && !c.measure && c.source && !said && saidAsObject(this.tagged.tokens, m))
      this.unanswered = { index: this.claims.length - 1, sentence: this.sentenceNo, source: c.source };
  }

  /** Whether a count's noun is points of a share, after a change of it (src/extract/share-measure.ts). */
  private isPointsOfShare(s: Sentence, m: PhraseMatch, noun: Token, phrases: PhraseMatch[]): boolean {
    if (!this.lexicon.sharePoints.has(noun.key)) return false;
    const clause = clauseOf(this.tagged.tokens, s, m.first, m.last);
    return isPointsOfShare(this.tagged.tokens, s, clause, m, noun, phrases, this.lexicon);
  }

  /** What a figure counts, where, when: from its clause, else its sentence (inferred). */
  private frameOf(s: Sentence, m: PhraseMatch, noun: Token | undefined, phrases: PhraseMatch[], kind: Kind): Frame {
    const { input, tagged } = this;
    const tokens = tagged.tokens;
    const clause = clauseOf(tokens, s, m.first, m.last);
    const sentence = { first: s.first, last: s.last };
    const inferred: FrameKey[] = [];
    const { own, carried, base, measure } = this.measureOfFigure(s, m, clause, noun, phrases, kind);
    if (own.inferred || carried) inferred.push("measure");
    // What the figure before said of the same measure, in this sentence or the two before, when no
    // sentence between (one we did not read, or one naming a place or a time) may have moved on.
    const previous = carried ?? this.previous;
    const near =
      previous &&
      base === previous.measure &&
      this.sentenceNo - previous.sentence <= 2 &&
      previous.sentence >= this.moved
        ? previous
        : this.answeredFrame(m, clause, base);
    const placeBefore = near ?? this.placeFrameBefore(kind);
    const { places, population, status, within } = this.scopeOfFigure(s, m, clause, phrases, noun, base, own, carried, {
      placeBefore,
      inferred,
    });
    const samePlaces = (a: ClaimScope | null): boolean =>
      (a?.places ?? []).map((p) => p.key).join() === places.map((p) => p.key).join();
    const scope: ClaimScope | null =
      places.length > 0 || population ? { places, population, ...(within ? { within } : {}) } : null;
    let { period, inferred: periodInferred } = periodOf(
      input.text,
      tokens,
      clause,
      sentence,
      m.first,
      m.last,
      phrases,
      input.date,
      measure !== null &&
        measure === base &&
        getMeasures().get(measure)?.cumulative === true &&
        !clauseSays(tokens, clause, "future"),
      this.earlierValueTimes(s, m, phrases, this.comparedAfter(s, m, phrases, kind, measure)),
    );
    const ownPeriod = period;
    if (!period && near?.period && samePlaces(near.scope) && !isInferredAmount(own.inferred, kind, base)) {
      period = near.period;
      periodInferred = true;
    }
    // An earlier value before its figure ("von 12 auf 11") still gives it its measure, never its time.
    const before = this.earlierValueBefore(s, m, clause, phrases);
    [period, periodInferred] = before
      ? [before, false]
      : this.referredOr(s, m, clause, period, periodInferred, ownPeriod);
    // A limit ("licensed for 40,000", "für 40.000 Menschen ausgelegt") holds at no time in particular.
    if (isLimit(measure)) period = null;
    if (period && periodInferred) inferred.push("period");
    if (!own.inferred && !carried) this.remember(m, base, measure, { scope, period, status }, before !== null);
    return { clause, measure, scope, period, inferred, revision: own.revision };
  }

  /**
   * Where a figure is and whom it counts: its places (placesOfFigure), a part's own place where
   * it names one its whole does not, its status and its population.
   */
  private scopeOfFigure(
    s: Sentence,
    m: PhraseMatch,
    clause: Clause,
    phrases: PhraseMatch[],
    noun: Token | undefined,
    base: string | null,
    own: FoundMeasure,
    carried: PreviousFrame | undefined,
    { placeBefore, inferred }: { placeBefore: PreviousFrame | undefined; inferred: FrameKey[] },
  ): { places: ScopePlace[]; population: string | null; status: string | null; within?: ScopePlace[] } {
    const sentence = { first: s.first, last: s.last };
    const found = this.placesOfFigure(m, phrases, clause, sentence, placeBefore, inferred);
    const word = this.itsMeasureWord(m, base);
    const ofItsMeasure = word >= 0;
    // "Two of the dead in Tesk were children": the place is the whole's, and the figure some of it.
    const placeOfWhole = ofItsMeasure && this.tagged.tokens[word + 1]?.cats.includes("placePrep") === true;
    const isPart = this.isPart(m, clause, phrases) || ofItsMeasure;
    // Where it happened: a place some were taken to or come from is not, unless they moved ("Two
    // of the injured were flown to Dalmerin", "Five of the dead were from Tesk": parts still).
    const movement = getMeasures().get(base ?? "")?.movement === true;
    const happened = (ps: readonly ScopePlace[]): boolean =>
      movement || ps.every((p) => p.role !== "into" && p.role !== "from");
    // "Five of the dead were in the Arken Highlands": some of the toll that names its own place is that place's toll.
    const ofPlace = isPart && !inferred.includes("scope") ? this.wholeOfItsPlace(s, m, clause, base) : null;
    // "Five of the dead": some of the story's toll, whose place the figure does not give.
    const whole =
      (ofPlace && happened(ofPlace.own) ? ofPlace : null) ??
      (isPart && !inferred.includes("scope") && ofItsMeasure && !placeOfWhole && found.length > 0 && happened(found)
        ? { own: found, within: [] }
        : null);
    const ownPlaces = whole?.own ?? null;
    const status = this.statusOfFigure(m, clause, own.inferred ? sentence : null, noun, carried, phrases);
    // A part that is its own place's whole count ("seven of them in the Varesse region") is no part.
    const population = ownPlaces
      ? (status ?? populationOf(noun))
      : this.populationOfFigure(m, clause, phrases, noun, status, base, own.described);
    // "300 tonnes of oil leaked from the Maris Holt": what it escaped from, no place of the figure.
    const escapes = getMeasures().get(base ?? "")?.escapes === true;
    const places = (ownPlaces ?? found).filter((p) => !(escapes && p.role === "from"));
    return { places, population, status, ...(whole?.within ? { within: whole.within } : {}) };
  }

  /**
   * Keeps the frame of a figure whose own words gave its measure: its measure of the taxonomy for
   * the figures after it that name none (`previous`; an earlier value's without its time), any
   * measure, a fallback too, for one a say verb restates (`restatable`).
   */
  private remember(
    m: PhraseMatch,
    base: string | null,
    measure: string | null,
    frame: Pick<PreviousFrame, "scope" | "period" | "status">,
    earlier: boolean,
  ): void {
    const { scope, period, status } = frame;
    if (base && (earlier || period?.unresolved !== EARLIER_PERIOD) && !isLimit(base)) {
      this.previous = { sentence: this.sentenceNo, measure: base, scope, period: earlier ? null : period, status };
      this.lastOfMeasure.set(base, this.previous);
    }
    if (!measure || isLimit(measure)) return;
    const start = this.tagged.tokens[m.first]!.start;
    const unit = m.node.type === "quantity" ? (m.node as QuantityNode).unit : undefined;
    this.restatable = {
      sentence: this.sentenceNo,
      measure,
      scope,
      period,
      status,
      start,
      dimension: dimensionOf(m),
      unit,
    };
    if (this.restatable.dimension) this.restatableAmounts.set(this.restatable.dimension, this.restatable);
  }

  /**
   * The figure of the same measure in the sentence before that a figure a say verb gives answers:
   * another source's count of it, at its place and time unless the figure names its own, though a
   * figure of something else came between ("The toll rose to 11 on Wednesday, the agency said, and
   * 26 people are missing. The region puts the toll at 17", "… spricht von 17 Toten").
   */
  private answeredFrame(m: PhraseMatch, clause: Clause, base: string | null): PreviousFrame | undefined {
    const answered = base ? this.lastOfMeasure.get(base) : undefined;
    if (!answered || answered.sentence !== this.sentenceNo - 1 || answered.sentence < this.moved) return undefined;
    const tokens = this.tagged.tokens;
    return clauseSays(tokens, { first: clause.first, last: m.first }, "sayVerb") ? answered : undefined;
  }

  /**
   * The period the figure's clause gives by reference, else the one it has: an earlier value's
   * (below), or "that day", "am selben Tag", the day the text spoke of last, over one the sentence
   * or the figure before gave; "the previous day", "am Vortag", the day before the figure before's
   * in this sentence (else the day before the one the text spoke of last). `own` is the period its
   * sentence gives, if any (not one carried from a figure before).
   */
  private referredOr(
    s: Sentence,
    m: PhraseMatch,
    clause: Clause,
    period: ClaimPeriod | null,
    inferred: boolean,
    own: ClaimPeriod | null,
  ) {
    // An earlier value's own reference wins: "auf 14 gestiegen, nach neun am Vortag" is the day before.
    const reference = !period || inferred ? this.dayReference(s, m, clause, own) : null;
    const referred = reference ?? this.earlierPeriod(m, inferred ? null : period);
    return referred ? ([referred, false] as const) : ([period, inferred] as const);
  }

  /**
   * "that day", "am selben Tag", "the previous day", "am Vortag" in the figure's clause (or heading its
   * sentence): the day they name. "back then", "damals": the time the text spoke of last, unless the
   * sentence names its own (`own`: "Back then in 2019, the company had 300 workers").
   */
  private dayReference(s: Sentence, m: PhraseMatch, clause: Clause, own: ClaimPeriod | null): ClaimPeriod | null {
    const tokens = this.tagged.tokens;
    if (clauseSays(tokens, clause, "thatDay")) return this.lastDay;
    // In the figure's clause, or heading the sentence right before it ("The day before, 25 were
    // found", "Back then, 1,200 jobs went").
    const said = (cat: Category): number => {
      const is = (x: Token): boolean => x.cats.includes(cat);
      const inClause = nearest(tokens, clause.first, clause.last, m.first, m.last, is);
      if (inClause >= 0) return inClause;
      const k = nearest(tokens, s.first, clause.first, m.first, m.last, is);
      const heading = k >= 0 ? clauseOf(tokens, s, k, k + 1) : null;
      return heading?.first === s.first && heading.last >= clause.first - 1 ? k : -1;
    };
    if (said("thatTime") >= 0) return own ?? this.lastTime;
    const before = said("dayBefore");
    if (before < 0) return null;
    const previous = this.previous?.sentence === this.sentenceNo ? this.previous.period : this.lastDay;
    return dayBefore(previous, this.input.text.slice(tokens[before]!.start, tokens[before]!.end));
  }

  /**
   * Whether a figure is the earlier value of the one before: after a word of `earlierValue` ("up
   * from 84", "nach zuvor 41"), or a bare number after a word of `earlierValueAfterFigure` straight
   * after the figure before ("revised down to nine from ten"; not "200 people from 30 countries").
   */
  private isEarlierValue(m: PhraseMatch): boolean {
    const marker = this.tagged.tokens[m.first - 1];
    if (!marker) return false;
    if (this.earlierValueMarker(m.first) >= 0) return true;
    const before = this.claims.at(-1);
    return before?.span != null && this.followsAsEarlier(m, before.span.end, before.dimension);
  }

  /**
   * A bare number after a word of `earlierValueAfterFigure` that follows a figure ending at `end`,
   * its counted noun, or a comma after them ("auf 9 statt 10", "acht Schiffe, statt 15 am Montag");
   * or a measure of the dimension of that figure (`dimension`): "down to 1.9 million tonnes from
   * 2.1 million tonnes" (not "200 people from 30 countries", nor "12 km from 3 towns"). The
   * figure's own day may stand between ("up to 65 tonnes on Wednesday, from 40 tonnes").
   */
  private followsAsEarlier(m: PhraseMatch, end: number, dimension: string | null): boolean {
    const marker = this.tagged.tokens[m.first - 1]!;
    const node = m.node as QuantityNode;
    const sameMeasure = node.unit != null && dimension !== null && normaliseQuantity(node).dimension === dimension;
    return (
      this.lexicon.earlierValueAfterFigure.has(marker.key) &&
      (!node.unit || sameMeasure) &&
      !node.counted &&
      /^\s*(?:\p{L}[\p{L}-]*)?[\s,]*$/u.test(this.textWithoutDays(end, marker.start))
    );
  }

  /** The text from `start` to `end` with the words of days in it left out ("on Wednesday," → "on ,"). */
  private textWithoutDays(start: number, end: number): string {
    const days = this.tagged.tokens.filter(
      (t) => t.start >= start && t.end <= end && t.cats.some((c) => DAY_CATEGORIES.includes(c)),
    );
    let text = "";
    let at = start;
    for (const t of days) {
      text += this.input.text.slice(at, t.start);
      at = t.end;
    }
    return text + this.input.text.slice(at, end);
  }

  /**
   * Where the times after a figure stop being its own: at an earlier value of it, a change of a
   * share after a percent, or what a change is compared with ("down 18 percent on last year").
   */
  private comparedAfter(s: Sentence, m: PhraseMatch, phrases: PhraseMatch[], kind: Kind, measure: string | null) {
    const earlier = Math.min(this.earlierValueAfter(m, phrases), this.comparisonAfter(m, phrases));
    if (kind !== "percent") return earlier;
    const base = this.lexicon.changeBase.has(this.tagged.tokens[m.last]?.key ?? "") ? m.last : Infinity;
    const change = measure?.startsWith(CHANGE_PREFIX) ? base : Infinity;
    return Math.min(earlier, this.shareChangeAfter(s, m, phrases), change);
  }

  /**
   * Whether the token at k is in a time of an earlier value: after the figure's own (from
   * `compared`), or between an earlier value before the figure ("down from", or "from"/"nach" after
   * a comma) and the comma that ends it ("fell to 1,800 on Monday, down from 2,300 on Friday, and 64
   * vessels remain at sea", ", nach 2.300 am Freitag, und 64 Schiffe"): Friday is the 2,300's.
   */
  private earlierValueTimes(s: Sentence, m: PhraseMatch, phrases: PhraseMatch[], compared: number) {
    const tokens = this.tagged.tokens;
    const spans: Array<[number, number]> = [];
    for (const q of phrases) {
      if (q.node.type !== "quantity" || q.first <= s.first || q.last > m.first) continue;
      const marker = tokens[q.first - 1]!;
      const afterComma =
        this.lexicon.earlierValueAfterFigure.has(marker.key) &&
        tokens[q.first - 2]?.cats.includes("comma") === true &&
        !(q.node as QuantityNode).counted;
      if (this.earlierValueMarker(q.first) < 0 && !afterComma) continue;
      let to = q.last;
      while (to < m.first && !tokens[to]!.cats.includes("comma")) to++;
      spans.push([q.last, to]);
    }
    return (k: number): boolean => k >= compared || spans.some(([from, to]) => k >= from && k < to);
  }

  /**
   * Where a change of a share begins after a level of it ("Turnout stood at 61.4 percent, up 4.5
   * points on 2021"): a time after the change is what the level is compared with, not the level's.
   */
  private shareChangeAfter(s: Sentence, m: PhraseMatch, phrases: PhraseMatch[]): number {
    const tokens = this.tagged.tokens;
    const next = phrases.find((p) => p.node.type === "quantity" && p.first > m.last);
    if (!next || next.last > s.last) return Number.POSITIVE_INFINITY;
    const clause = clauseOf(tokens, s, next.first, next.last);
    return isShareChange(tokens, s, next, clause, this.lexicon) ? next.first : Number.POSITIVE_INFINITY;
  }

  /**
   * Where a figure the figure is compared with begins after it, a word of `frame.than` (or a
   * qualifier ending in one) and determiners before it ("about 62 million euros, less than the 80 million euros he had feared on
   * Wednesday", "weniger als die 80 Millionen Euro"): a time after it is that figure's.
   */
  private comparisonAfter(m: PhraseMatch, phrases: PhraseMatch[]): number {
    const tokens = this.tagged.tokens;
    const next = phrases.find((p) => p.node.type === "quantity" && p.first > m.last);
    if (!next) return Number.POSITIVE_INFINITY;
    let k = next.first - 1;
    while (k >= m.last && tokens[k]!.cats.includes("det")) k--;
    // "than" alone, or closing a qualifier the tagger reads as one word ("less than", "higher than").
    const than = k >= m.last ? tokens[k]!.key.split(" ").at(-1) : undefined;
    return than !== undefined && this.lexicon.thanWords.has(than) ? k : Number.POSITIVE_INFINITY;
  }

  /** Where an earlier value of the figure begins after it ("4,200, up from 1,800 on Monday", "auf 4.200, nach 1.800 am Montag"): its marker's token, else none. */
  private earlierValueAfter(m: PhraseMatch, phrases: PhraseMatch[]): number {
    const next = phrases.find((p) => p.node.type === "quantity" && p.first > m.last);
    const marker = next ? this.tagged.tokens[next.first - 1] : undefined;
    if (!next || !marker || next.first - 1 < m.last) return Number.POSITIVE_INFINITY;
    const dimension = m.node.type === "quantity" ? normaliseQuantity(m.node as QuantityNode).dimension : null;
    const stated = this.earlierValueMarker(next.first);
    if (stated >= m.last && !this.datesTheChange(m, this.tagged.tokens[stated]!)) return stated;
    const earlier = this.followsAsEarlier(next, this.tagged.tokens[m.last - 1]!.end, dimension);
    return earlier && !this.datesTheChange(m, marker) ? next.first - 1 : Number.POSITIVE_INFINITY;
  }

  /**
   * The token of a word of `earlierValue` before the figure at `first`, straight before it or
   * before an article ("up from 84", "up from the 1.2 million the insurer gave on Monday"), else -1.
   */
  private earlierValueMarker(first: number): number {
    const tokens = this.tagged.tokens;
    const k = tokens[first - 1]?.cats.includes("det") ? first - 2 : first - 1;
    return tokens[k]?.cats.includes("earlierValue") ? k : -1;
  }

  /**
   * "revised down to four from five on Friday": straight after a figure a word of `changeTo` puts,
   * an earlier value after a word of `earlierValueOfChange` leaves the time after it to the change.
   */
  private datesTheChange(m: PhraseMatch, marker: Token): boolean {
    const tokens = this.tagged.tokens;
    return (
      this.lexicon.earlierValueOfChange.has(marker.key) &&
      tokens[m.first - 1]?.cats.includes("changeTo") === true &&
      tokens.indexOf(marker, m.last) === m.last
    );
  }

  /**
   * "revised from five to four on Friday", "am Freitag von fünf auf vier korrigiert": a figure after a
   * word of `ranges.from` with a word of `changeTo` and another figure straight after it, in a clause
   * that says a change or a revision, is that figure's earlier value: of no time of its own (`earlier`),
   * never the clause's, which is the change's. So is one after a word of `ranges.from` alone, in a
   * clause that says a revision, after the new value earlier in its sentence ("stands at 3,400
   * tonnes, revised on Friday from 2,000 tonnes", "liegt bei 14, korrigiert von 12").
   */
  private earlierValueBefore(s: Sentence, m: PhraseMatch, clause: Clause, phrases: PhraseMatch[]): ClaimPeriod | null {
    const tokens = this.tagged.tokens;
    const marker = tokens[m.first - 1];
    if (!marker?.cats.includes("rangeFrom")) return null;
    const isFigure = (p: PhraseMatch): boolean => p.node.type === "quantity";
    // A clause that opens with the word ("revised down to 511,900 after the recount, from 512,400")
    // goes on with the revision its sentence says before it (where no earlier value follows its
    // figure straight: isEarlierValue).
    const opens = clause.first >= m.first - 2 && clause.first > s.first && !this.isEarlierValue(m);
    const revision =
      clauseSays(tokens, clause, "revision") ||
      (opens && clauseSays(tokens, { first: s.first, last: clause.first }, "revision"));
    // "from five to four": the new value straight after; "600 tonnes, revised from 450": before it.
    const to = tokens[m.last]?.cats.includes("changeTo") === true;
    const changedTo = to && phrases.some((p) => isFigure(p) && p.first === m.last + 1);
    // The new value is a figure, not a span of time ("Eine Woche zuvor hatten … von 385 gesprochen").
    const isValue = (p: PhraseMatch): boolean =>
      isFigure(p) && normaliseQuantity(p.node as QuantityNode).dimension !== "duration";
    const revisedFrom = !to && revision && phrases.some((p) => isValue(p) && p.first >= s.first && p.last < m.first);
    if (!changedTo && !revisedFrom) return null;
    if (!revision && !clauseSays(tokens, clause, "changeVerb")) return null;
    const text = this.input.text.slice(marker.start, marker.end);
    return { start: null, end: null, unresolved: EARLIER_PERIOD, text };
  }

  /**
   * "auf 60, nach zuvor 41": an earlier value that gives no time of its own (none in its clause:
   * "down from 41 percent a week ago, the agency said on Monday" is not Monday's) is not of the
   * figure's period, nor of its article's date, but of some time before: `earlier`, which meets
   * no other period. Null for any other figure.
   */
  private earlierPeriod(m: PhraseMatch, period: ClaimPeriod | null): ClaimPeriod | null {
    const marker = this.tagged.tokens[m.first - 1];
    const earlier =
      this.isEarlierValue(m) &&
      this.previous?.sentence === this.sentenceNo &&
      (!period || this.previous.period?.text === period.text);
    if (!earlier) return null;
    const shifted = spanBeforeShift(this.tagged.tokens, m, this.previous!.period, this.input.text);
    if (shifted) return shifted;
    const text = this.input.text.slice(marker!.start, marker!.end);
    return { start: null, end: null, unresolved: EARLIER_PERIOD, text };
  }

  /**
   * "11 people across the country, seven of them in the Varesse region", "davon neun in der Region
   * Drava": a part that names, from its word on, a place other than its whole's (the figure before
   * it in the sentence) is the whole count of that place, no part: its places, else null. The word
   * stands beside the figure, not after a comma ("359, including 27": the 27 is the part).
   */
  private wholeOfItsPlace(
    s: Sentence,
    m: PhraseMatch,
    clause: Clause,
    measure: string | null,
  ): { own: ScopePlace[]; within: ScopePlace[] | undefined } | null {
    const tokens = this.tagged.tokens;
    const word = [m.first - 2, m.first - 1, m.last, m.last + 1].find(
      (k) =>
        tokens[k]?.cats.includes("partOf") &&
        !tokens.slice(Math.min(k, m.last), Math.max(k, m.first)).some((t) => t.cats.includes("comma")),
    );
    // "Allein in Kellbrück streikten 2.600", after a region's and the country's counts: a part,
    // wherever its word stands, whose whole may be in the sentence before.
    const alone = nearest(tokens, clause.first, clause.last, m.first, m.last, (t) => t.cats.includes("alone")) >= 0;
    if (word === undefined && !alone) return null;
    const first = word === undefined ? clause.first : Math.min(word, m.first);
    const own = placesIn(this.input.text, tokens, { first, last: clause.last }, this.lexicon);
    const before = word === undefined ? this.tagged.sentences[this.sentenceNo - 1] : undefined;
    const [from, to] = [tokens[(before ?? s).first]!.start, tokens[m.first]!.start];
    const whole = this.claims.findLast(
      (c) => c.span !== null && c.span.start >= from && c.span.end <= to && c.kind !== "age" && c.kind !== "date",
    );
    const wholePlaces = whole?.scope?.places ?? [];
    // Its place lies within its whole's only where the whole counts what it counts.
    const ofOneMeasure = measure !== null && whole?.measure === measure;
    // "17 dead since Monday, ten of them in the Drava region": some of a count that names no place,
    // said beside its word, is its place's whole count, as "Five of the dead were in …" is.
    const ofUnplaced = wholePlaces.length === 0 && word !== undefined && ofOneMeasure;
    const elsewhere = wholePlaces.length > 0 && !own.some((p) => wholePlaces.some((w) => w.key === p.key));
    if (own.length === 0 || !(elsewhere || ofUnplaced)) return null;
    return { own, within: ofOneMeasure ? wholePlaces.map((p) => ({ ...p })) : undefined };
  }

  /** How many sentences after `since` and before this one gave no figure (a count, measure, money or percent). */
  private quietSince(since: number): number {
    let quiet = 0;
    for (let n = since + 1; n < this.sentenceNo; n++) if (!this.figureSentences.has(n)) quiet++;
    return quiet;
  }

  /**
   * The figure just before, of any measure, in the sentence before at most, whose place a count
   * whose sentence names none goes on in: "15 people have died in Seltra province. … Suspected
   * cases reached 441" are the province's cases. Only where it is: the direction of a movement
   * ("into Kazakhstan") says nothing of another measure.
   */
  private placeFrameBefore(kind: Kind): PreviousFrame | undefined {
    const previous = this.previous;
    if (!previous || (kind !== "count" && kind !== "number")) return undefined;
    const whereOnly = (previous.scope?.places ?? []).every(
      (x) => x.role === "in" || x.role === "at" || x.role === "nationwide",
    );
    // A part's place is its own: "In the capital alone, 1.1 million are affected. The fund has
    // notified 620,000 so far" are no notified in the capital.
    if (previous.scope?.population === PART_POPULATION) return undefined;
    // A reading in units (snow lying, rain fallen, a temperature) is where it was measured, no
    // place of the count after it: "In Karsk the snow lies 80 cm deep. 240,000 households are
    // without power" are no households in Karsk.
    if (
      !getMeasures()
        .get(previous.measure)
        ?.kinds.some((k) => k === "count" || k === "number")
    )
      return undefined;
    // Sentences between that gave no figure and named no place or time ("Unter den Toten ist ein
    // Fischer aus Dunmor im Alter von 67 Jahren") do not count.
    const between = this.sentenceNo - previous.sentence - Math.min(this.quietSince(previous.sentence), QUIET_SKIPPED);
    const close = between <= PLACE_REACH && previous.sentence >= this.moved;
    return whereOnly && close ? previous : undefined;
  }

  /**
   * The status of a figure (statusOf): its clause's; else, where its measure comes from its
   * sentence, the status said of that measure's word ("confirmed cases were revised down to 41;
   * the ministry had reported 47 there"); else the status of the figure it continues (its measure
   * carried, or an earlier value of it: "rose to 332, up from 212").
   */
  private statusOfFigure(
    m: PhraseMatch,
    clause: Clause,
    sentence: Clause | null,
    noun: Token | undefined,
    carried: PreviousFrame | undefined,
    phrases: readonly PhraseMatch[],
  ): string | null {
    const tokens = this.tagged.tokens;
    const earlier = this.isEarlierValue(m) && this.previous?.sentence === this.sentenceNo ? this.previous : undefined;
    const stated =
      statusOf(tokens, clause, m.first, m.last, noun) ??
      (sentence ? statusOf(tokens, sentence, m.first, m.last, noun, false) : null);
    // "a further 12", "weitere 12": an increment, said straight before the figure.
    const before = tokens[m.first - 1];
    if (!stated && before && m.first > clause.first && this.lexicon.incrementWords.has(before.key)) return NEW_STATUS;
    if (!stated && totalAfter(tokens, m, phrases, this.lexicon)) return NEW_STATUS;
    const inherited = (carried ?? earlier)?.status ?? null;
    // A count so far is the total, not the increment before it ("weitere 15 …, insgesamt bislang 61").
    const total = clauseSays(tokens, clause, "now");
    return (
      stated ??
      (total
        ? inherited
            ?.split("+")
            .filter((id) => id !== NEW_STATUS)
            .join("+") || null
        : inherited)
    );
  }

  /**
   * Who is counted: a part of the figure before ("35 of them"), else the figure's status
   * ("suspected", "confirmed" cases: statusOf), else the population of its noun ("children"). A
   * part with a status its whole lacks is a whole of that status ("212 suspected cases …
   * Laboratory tests have confirmed 38 of them": 38 confirmed cases). A figure whose measure is
   * carried from the figure before takes its status too ("… had reported 47 there"). A population
   * its measure counts only some of is a part ("seven survivors died": measures.yaml partPopulations).
   */
  private populationOfFigure(
    m: PhraseMatch,
    clause: Clause,
    phrases: PhraseMatch[],
    noun: Token | undefined,
    status: string | null,
    measure: string | null,
    described: string | undefined,
  ): string | null {
    // "seven survivors died", "three injured people died": some of the toll, never the toll.
    const some = getMeasures().get(measure ?? "")?.partPopulations ?? [];
    const ofSome = some.includes(populationOf(noun) ?? "") || some.includes(described ?? "");
    const part = ofSome || this.isPart(m, clause, phrases) || this.isPartOfItsMeasure(m, measure);
    const before = this.previous?.sentence === this.sentenceNo ? this.previous : undefined;
    const whole = before?.status ?? null;
    // "1,485,600 ballots were cast, and 17,800 of them were declared invalid": a part of a count
    // that holds every figure of the figure's measure (measures.yaml subsetOf) is its whole count.
    const all =
      !ofSome &&
      before !== undefined &&
      !!getMeasures()
        .get(measure ?? "")
        ?.subsetOf.includes(before.measure);
    if (part && !all) return status && status !== whole ? status : PART_POPULATION;
    const def = getMeasures().get(withoutShare(measure ?? ""));
    // A level is of the thing its sentence is about, named from the sentence's start, past a
    // relative clause: "The Vorna reservoir, which supplies the capital Dalmerin, was at 41 percent".
    const within = def?.level ? { first: this.tagged.sentences[this.sentenceNo]!.first, last: clause.last } : clause;
    const holder = def?.perHolder
      ? (this.restatedHolder(m, measure) ??
        holderOf(this.tagged.tokens, m, within, phrases, this.lexicon.predicate.prepositions) ??
        this.describedHolder())
      : null;
    return status ?? holder ?? populationOf(noun);
  }

  /**
   * What a bare number counts, from the count before it: the last count of its measure in its
   * sentence, else the count it is a part of ("1,430 birds found, 560 of them dead": birds, and dead
   * birds are animals killed), else the last count of its measure in the two sentences before
   * ("Over 260,000 had left"). Marks the noun inferred; undefined where none says.
   */
  private countedBefore(
    prior: PreviousFrame | undefined,
    s: Sentence,
    m: PhraseMatch,
    phrases: PhraseMatch[],
    frame: { measure: string | null; inferred: string[] },
  ): CountBefore | undefined {
    // "puts the number of injured at 40": what "the number of" names is the figure's own, never inferred.
    if (numberOfBefore(this.tagged.tokens, s, m, this.lexicon) !== undefined) return undefined;
    const before = frame.measure ? this.lastCount.get(frame.measure) : undefined;
    // The whole a part names in its own sentence beats a count of its measure in one before ("Seventeen
    // people died. … 640 oiled birds had been found, 210 of them dead": birds).
    const whole = before?.sentence === this.sentenceNo ? undefined : this.wholeOfPart(prior, s, m, phrases);
    if (before && !whole) {
      if (this.sentenceNo - before.sentence > 2) return undefined;
      frame.inferred.push("noun");
      return before;
    }
    if (!whole) return undefined;
    frame.inferred.push("noun");
    frame.measure = measureOfAnimalUnit(frame.measure, whole.unit);
    return whole;
  }

  /**
   * The count a figure with no noun is a part of ("1,430 birds found, 560 of them dead": the birds
   * found): the count just before it in its sentence, where a word of parts joins them.
   */
  private wholeOfPart(
    previous: PreviousFrame | undefined,
    s: Sentence,
    m: PhraseMatch,
    phrases: PhraseMatch[],
  ): CountBefore | undefined {
    if (!previous || previous.sentence !== this.sentenceNo) return undefined;
    const whole = this.lastCount.get(previous.measure);
    if (!whole || whole.sentence !== this.sentenceNo) return undefined;
    return this.isPart(m, clauseOf(this.tagged.tokens, s, m.first, m.last), phrases) ? whole : undefined;
  }

  /**
   * Whether a figure is a part of another ("35 davon", "of whom 35", "including 450 rescuers"; "put
   * the toll at 7, saying the region had counted two drivers killed in a crash": one incident's
   * count, a part of the toll the sentence gives before it or after a comma). Without such a
   * figure the incident is the story ("Five people were killed in a car crash"), its count the whole.
   */
  private isPart(m: PhraseMatch, clause: Clause, phrases: PhraseMatch[]): boolean {
    const tokens = this.tagged.tokens;
    const commaBetween = (a: number, b: number): boolean => tokens.slice(a, b).some((t) => t.cats.includes("comma"));
    const wholeElsewhere = phrases.some(
      (p) => p.node.type === "quantity" && (p.last <= m.first || (p.first >= m.last && commaBetween(m.last, p.first))),
    );
    const partAlone = (k: number): boolean =>
      tokens[k]!.cats.includes("alone") && !aloneOfATime(tokens, k, this.lexicon.aloneFollowsItsPhrase);
    const fronted = this.frontedPhrase(clause, phrases);
    // "In the south alone, 9,400 …", "Of those, 22 were in their 70s": the fronted phrase makes it a part.
    const partOrAlone = (k: number): boolean =>
      partAlone(k) || tokens[k]!.cats.includes("partOf") || tokens[k]!.cats.includes("partLead");
    if (fronted && tokens.slice(fronted.first, fronted.last).some((_, i) => partOrAlone(fronted.first + i)))
      return true;
    return (
      nearest(tokens, clause.first, clause.last, m.first, m.last, (x, k) => {
        const distance = k < m.first ? m.first - k : k - m.last + 1;
        return (
          (x.cats.includes("partOf") && distance <= 2) ||
          // "Allein aus dem Dorf Hollin werden 40 vermisst", "in Hollin alone": a part, wherever it stands.
          partAlone(k) ||
          (wholeElsewhere && x.cats.includes("incident") && distance <= 5)
        );
      }) >= 0
    );
  }

  /**
   * Whether a figure is some of those its own measure counts, named straight after it with no
   * count of their own: "the names of 55 of the dead", "drei der Vermissten". The whole is the
   * story's toll, which this figure is not. A whole that is something else is counted by the
   * figure ("the fire killed 115 of the town's residents": 115 deaths), and a whole with its own
   * count is isWholeOfPart's ("55 of the 115 dead").
   */
  private isPartOfItsMeasure(m: PhraseMatch, measure: string | null): boolean {
    return this.itsMeasureWord(m, measure) >= 0;
  }

  /** The token of the measure word isPartOfItsMeasure finds ("dead" in "55 of the dead"), else -1. */
  private itsMeasureWord(m: PhraseMatch, measure: string | null): number {
    const tokens = this.tagged.tokens;
    if (!measure) return -1;
    const ofThe = tokens[m.last]?.cats.includes("of") === true && tokens[m.last + 1]?.cats.includes("det") === true;
    const partitive = tokens[m.last]?.cats.includes("partitive") === true;
    if (!ofThe && !partitive) return -1;
    const k = m.last + (ofThe ? 2 : 1);
    const word = tokens[k];
    return word?.cats.includes("measure") === true && word.info.measure === measure ? k : -1;
  }

  /**
   * The phrase set before a figure's clause by a comma and holding no figure of its own: "In the
   * south alone, 9,400 farms …", "On Monday alone, 440 flights …". What it says (a part, with
   * "alone") is said of the clause it opens, as it is where no comma stands ("Allein im Süden sind
   * 9.400 Betriebe betroffen").
   */
  private frontedPhrase(clause: Clause, phrases: readonly PhraseMatch[]): Clause | null {
    const tokens = this.tagged.tokens;
    const s = this.tagged.sentences[this.sentenceNo]!;
    if (clause.first - 1 <= s.first || !tokens[clause.first - 1]!.cats.includes("comma")) return null;
    const before = clauseOf(tokens, s, clause.first - 2, clause.first - 1);
    // A number a word labels ("In shaft 3 alone, 22 …", "Allein auf Station 7") names, and is no figure.
    const holdsFigure = phrases.some(
      (p) =>
        p.node.type === "quantity" &&
        p.first >= before.first &&
        p.last <= clause.first - 1 &&
        !tokens[p.first - 1]?.cats.includes("label"),
    );
    return holdsFigure ? null : { first: before.first, last: clause.first - 1 };
  }

  /**
   * The measure of a figure: its clause's (else its sentence's, inferred), or the figure before's
   * for a bare number, or a count of people given as "the total" ("Campact gab die Gesamtzahl
   * mit 821.000 Menschen an") a few sentences on. A count of people that says nothing of the
   * figure ("100 people were working") continues nothing.
   */
  private measureOfFigure(
    s: Sentence,
    m: PhraseMatch,
    clause: Clause,
    noun: Token | undefined,
    phrases: PhraseMatch[],
    kind: Kind,
  ) {
    const { lexicon, tagged } = this;
    const tokens = tagged.tokens;
    const found = this.measureWordOf(s, m, clause, noun, phrases, kind);
    if (kind === "percent") return this.measureOfPercent(s, m, clause, found, phrases);
    // A measure is of certain kinds of figure: a price in a clause about people leaving counts no
    // one, and a bare number with a fraction ("a magnitude 6.8 earthquake") counts nothing.
    const whole = kind !== "number" || Number.isInteger(normaliseQuantity(m.node as QuantityNode).value ?? 0);
    // A change measures nothing, nor takes a measure from before: 12 of "rose by 12 to 93" is
    // neither the toll nor a toll of its own.
    if (isChange(tokens, m, clause, lexicon)) {
      this.changes.add(tokens[m.first]!.start);
      // "won by 3,000 votes": a margin, the difference of what its noun counts, else nothing.
      const margin = marginMeasure(tokens, clause, noun, lexicon);
      return { own: { ...found, measure: margin, inferred: false }, carried: undefined, base: null, measure: margin };
    }
    // "the 80-seat assembly", "Parlament mit 80 Sitzen": the body's size, no one's seats; "40 of
    // the 200 protesters were detained": the whole a part is of, of which its clause says nothing.
    // What the whole says of itself stays: "two of the three dead", "30 of the 52 missing miners".
    const ofPart = isWholeOfPart(tokens, m.first);
    if (ofPart || isBodySize(tokens, m, lexicon)) {
      const itself = ofPart ? measureOfWhole(tokens, m.last, noun, clause) : null;
      return { own: { ...found, measure: itself, inferred: false }, carried: undefined, base: null, measure: itself };
    }
    const own = this.ownMeasure(found, m, clause, noun, kind, whole);
    // The whole's measure, else that of those the sentence before tells of ("there were 6,000").
    const fromWhole = this.measureOfTheWhole(m, own) ?? this.toldOf(clause, own.measure);
    if (fromWhole)
      return { own: { ...own, ...fromWhole }, carried: undefined, base: fromWhole.measure, measure: fromWhole.measure };
    const amount = !own.measure && kind === "measure" ? this.amountBefore(m) : null;
    // It says what the figure is of, not when (frame: no period of the figure before taken with it).
    if (amount)
      return { own: { ...own, measure: amount, inferred: true }, carried: undefined, base: amount, measure: amount };
    const named = own.measure ? null : this.numberOfMeasure(s, m, clause, noun);
    // A say verb's bare figure restates the figure before, whatever measure word another clause of
    // its sentence holds ("the region said 17, and still says the agency left out the landslides").
    const restated = own.inferred && whole ? this.restatedFrame(m, noun, kind) : undefined;
    const carried =
      restated ??
      (own.measure || named || !whole
        ? undefined
        : (this.carriedFrame(m, clause, noun, kind, this.countedBy(s, m, noun, kind)) ??
          this.restatedFrame(m, noun, kind)));
    const base = (restated ? null : own.measure) ?? carried?.measure ?? null;
    // No measure word: a count's own predicate, never carried to the figures after it (base stays null).
    // A measure word that does not count the noun ("40 villages lost men to the draft") before the predicate's.
    const fallback =
      !base && kind === "count" && noun
        ? (measureOfOtherNoun(tokens, clause, m, noun, phrases) ?? predicateMeasure(tokens, clause, m, noun, lexicon))
        : null;
    const measure = base && own.expected ? `${FORECAST_PREFIX}${base}` : (base ?? named ?? fallback);
    return { own, carried, base, measure };
  }

  /**
   * The frame before, whose measure a whole figure with none of its own goes on with: a bare number
   * ("… the toll rose to 93"), or a figure about the total, within two sentences (three for the latter).
   */
  private carriedFrame(
    m: PhraseMatch,
    clause: Clause,
    noun: Token | undefined,
    kind: Kind,
    counted: Token | undefined,
  ): PreviousFrame | undefined {
    const { lexicon, previous } = this;
    const tokens = this.tagged.tokens;
    const aboutTheFigure = countsTheTotal(tokens, clause, m, noun, lexicon);
    const bare = isBareNumber(tokens[m.last], lexicon);
    return !(kind === "number" && !noun && bare && this.followsUnmeasured()) &&
      ((kind === "number" && !noun && bare) || aboutTheFigure) &&
      previous &&
      this.sentenceNo - previous.sentence <= (aboutTheFigure ? 3 : 2) &&
      this.limitSentence !== this.sentenceNo &&
      this.lastCountMeasures(previous) &&
      // A temperature before says nothing of a bare number after it ("the ministry counted 640").
      getMeasures().get(previous.measure)?.kinds.includes(kind) !== false &&
      !previous.measure.startsWith(SHARE_PREFIX) &&
      measureFits(previous.measure, kind, counted)
      ? previous
      : undefined;
  }

  /**
   * The figure just before, in this sentence or the one before, that a say verb's bare object
   * restates as another's word for it: "Railways says it cancelled 1,500 trains. The association
   * puts the figure at 2,300", "… estimates the damage at €1.8 billion. The government puts it at
   * €3.5 billion", "geht von 3,5 Milliarden Euro aus". A number restates a count or a number, a sum
   * one in its currency, an amount the last one of its kind of unit ("spricht von 5.000 Tonnen"); a
   * fallback measure (train · cancel) is restated too, never carried further.
   */
  private restatedFrame(m: PhraseMatch, noun: Token | undefined, kind: Kind): PreviousFrame | undefined {
    const tokens = this.tagged.tokens;
    const said = kind === "measure" ? this.restatableAmounts.get(dimensionOf(m) ?? "") : this.restatable;
    if (noun || !said || !saidAsObject(tokens, m)) return undefined;
    if (this.sentenceNo - said.sentence > 1 || this.figuresSince(said.start).some((c) => c.measure !== said.measure))
      return undefined;
    const fits =
      kind === "money" || kind === "measure"
        ? said.dimension === dimensionOf(m)
        : kind === "number" &&
          isBareNumber(tokens[m.last], this.lexicon) &&
          (said.dimension === null || said.dimension.startsWith("count:"));
    return fits && getMeasures().get(withoutForecast(said.measure))?.kinds.includes(kind) !== false ? said : undefined;
  }

  /**
   * The unit a say verb's bare number leaves out where it answers an amount or a sum another
   * source gave just before: "The operator says 65 tonnes leaked; the agency says 110", "… sind
   * 65 Tonnen ausgelaufen, die Umweltbehörde spricht von 110" (110 tonnes). The figure it answers
   * is the one it restates (restatedFrame), in this sentence or the one before.
   */
  private elidedUnit(m: PhraseMatch, node: QuantityNode): UnitRef | undefined {
    const said = this.restatable;
    if (node.unit || node.per || node.age || node.fraction !== undefined || !said?.unit) return undefined;
    const tokens = this.tagged.tokens;
    if (!isBareNumber(tokens[m.last], this.lexicon) || !saidAsObject(tokens, m)) return undefined;
    if (this.sentenceNo - said.sentence > 1) return undefined;
    return this.figuresSince(said.start).some((c) => c.measure !== said.measure) ? undefined : said.unit;
  }

  /**
   * For a figure with no measure word of its own, in a clause of `countsThoseBefore`, the measure
   * of the sentence straight before, one with no figure: "He marched through Vellingen. According
   * to police, there were about 6,000" (participants; the clause's own words say so, not inferred).
   */
  private toldOf(clause: Clause, own: string | null): { measure: string; inferred: boolean } | undefined {
    const told = this.toldBefore;
    if (own || told?.sentence !== this.sentenceNo - 1 || !told.measure) return undefined;
    return clauseSays(this.tagged.tokens, clause, "countsThoseBefore")
      ? { measure: told.measure, inferred: false }
      : undefined;
  }

  /** The counts, numbers, amounts, sums and percents read after a point of the article (no dates, ages, durations). */
  private figuresSince(start: number): Claim[] {
    const since: Claim[] = [];
    for (let i = this.claims.length - 1; i >= 0 && (this.claims[i]!.span?.start ?? 0) > start; i--) {
      const c = this.claims[i]!;
      if (c.kind !== "date" && c.kind !== "age" && c.kind !== "duration") since.push(c);
    }
    return since;
  }

  /** What a figure counts, for the measures that fit it: its noun, else what "the number of" before it names ("the number of people is lower, but it is not 1.2 million"). */
  private countedBy(s: Sentence, m: PhraseMatch, noun: Token | undefined, kind: Kind): Token | undefined {
    return noun ?? (kind === "number" ? numberOfBefore(this.tagged.tokens, s, m, this.lexicon)?.head : undefined);
  }

  /** What the measure words of a figure's clause (else sentence) say it measures (clause.ts measureOf). */
  private measureWordOf(
    s: Sentence,
    m: PhraseMatch,
    clause: Clause,
    noun: Token | undefined,
    phrases: PhraseMatch[],
    kind: Kind,
  ): FoundMeasure {
    const { lexicon } = this;
    const tokens = this.tagged.tokens;
    // A percent is a share of what its clause counts: a measure word of counts says what.
    const fitKind: Kind = kind === "percent" ? "count" : kind;
    // "the number of people is lower, but it is not 1.2 million": what the phrase names is counted.
    const fits = (measure: string): boolean => measureFits(measure, fitKind, this.countedBy(s, m, noun, kind));
    const afterCounted = noun ? tokens.indexOf(noun, m.last) + 1 : m.last;
    const found = measureOf(
      tokens,
      s,
      withJoinedClause(tokens, s, clause, m, phrases),
      m.first,
      m.last,
      noun,
      otherFigureEnds(tokens, phrases, m, lexicon),
      lexicon.capitalisedNouns,
      lexicon.figureAfterVerbIsObject,
      fits,
      (k) => measureApart(tokens, k, clause, lexicon, afterCounted),
      (t) => lexicon.predicate.auxiliaries.has(t.key),
    );
    if (found.inferred) return listedAfter(tokens, s, clause, m, phrases) ? { ...found, inferred: false } : found;
    return withPredicateAtClauseEnd(found, tokens, clause, m, phrases, noun, lexicon, fits);
  }

  /**
   * The measure of a percent (src/extract/share-measure.ts): none for a change of a share ("up 4.5
   * points", "um 4,5 Prozent gestiegen"); else, from its clause, a share word ("Turnout stood at
   * 61.4 percent"), the count it restates ("512,400 votes, or 34.5 percent"), a measure word of
   * counts ("40 percent of those evacuated") or its counted noun's predicate ("40 percent of
   * flights were cancelled"); else a share word of its sentence, inferred. Never a measure word
   * elsewhere in its sentence: "With 15 deaths, that is a rate of 3.4 percent" is no share of deaths.
   */
  private measureOfPercent(s: Sentence, m: PhraseMatch, clause: Clause, found: FoundMeasure, phrases: PhraseMatch[]) {
    const { tagged, lexicon } = this;
    const tokens = tagged.tokens;
    const own = { ...found, measure: null as string | null, inferred: false };
    if (isShareChange(tokens, s, m, clause, lexicon)) {
      this.changes.add(tokens[m.first]!.start);
      // A change of an amount its clause names is that change ("the harvest, down 18 percent"); of
      // one the figure just before named, that one's ("… the harvest at 1.9 million tonnes. That is
      // a fall of 26 percent on last year"); of anything else, nothing.
      const inClause = changedAmountIn(tokens, clause, m, phrases);
      const before = this.namedAmountBefore();
      const change = inClause ?? changedAmountIn(tokens, s, m, phrases) ?? changeOfAmountBefore(tokens, m, before);
      own.inferred = change !== null && inClause === null;
      return { own: { ...own, measure: change }, carried: undefined, base: change, measure: change };
    }
    const restated = this.restatedCount(m)?.measure;
    const inClause =
      shareWordIn(tokens, clause, m, lexicon) ??
      (restated ? shareOf(withoutForecast(restated)) : null) ??
      countMeasureIn(tokens, clause, m, phrases, otherFigureEnds(tokens, phrases, m, lexicon)) ??
      this.shareOfPredicate(s, m, clause);
    const share = inClause ?? shareWordIn(tokens, s, m, lexicon) ?? shareOfNextPercent(tokens, s, m, phrases, lexicon);
    if (!share) return { own, carried: undefined, base: null, measure: null };
    const base = withoutForecast(share);
    own.measure = base;
    own.inferred = inClause === null;
    const expected = (found.expected && !forecastOnlyInOwnNoun(tokens, clause, m)) || share !== base;
    return { own, carried: undefined, base, measure: expected ? `${FORECAST_PREFIX}${base}` : base };
  }

  /** "40 percent of flights were cancelled", "40 Prozent der Flüge wurden gestrichen": the share of the counted noun's predicate. */
  private shareOfPredicate(s: Sentence, m: PhraseMatch, clause: Clause): string | null {
    const tokens = this.tagged.tokens;
    const after = tokens[m.last]?.cats.includes("det") ? m.last + 1 : m.last;
    // A noun of the lexicon only: "40 percent of the region's harvest" names no count ("region's").
    const noun = countedNoun(tokens, s, after, this.lexicon);
    const id = noun?.info.nounUnit ? predicateMeasure(tokens, clause, m, noun, this.lexicon) : null;
    return id ? shareOf(id) : null;
  }

  /** The count a percent restates as a share, the claim just before it ("512,400 votes, or 34.5 percent"), if any. */
  private restatedCount(m: PhraseMatch): Claim | undefined {
    const tokens = this.tagged.tokens;
    const c = this.claims[this.claims.length - 1];
    if (!c?.span || !c.measure || (c.kind !== "count" && c.kind !== "number")) return undefined;
    let from = m.first;
    while (from > 0 && m.first - from <= 3 && tokens[from - 1]!.start >= c.span.end) from--;
    return tokens[from - 1]?.end === c.span.end && restates(tokens, from, m.first, this.lexicon) ? c : undefined;
  }

  /**
   * The holder a sentence names by a description in small letters with a possessive, or by a
   * possessive determiner (`frame.possessive`), heading it ("The party's vote was revised down to
   * 511,900", "Ihre Stimmenzahl wurde auf 411.900 korrigiert"): the name heading the sentence
   * before ("The Civic Union won …"), where that name is no speaker (no say verb before it in its
   * sentence, nor straight after it: '"…," said Marek Holt' names no holder).
   */
  private describedHolder(): string | null {
    const tokens = this.tagged.tokens;
    const s = this.tagged.sentences[this.sentenceNo]!;
    const at = tokens[s.first]?.cats.includes("det") ? s.first + 1 : s.first;
    const owner = tokens[at];
    const described =
      owner?.raw === "word" &&
      !owner.cap &&
      !owner.cats.some((c) => TIME_CATEGORIES.includes(c)) &&
      this.lexicon.possessiveEndings.some((e) => owner.text.length > e.length && owner.text.endsWith(e));
    if (!described && !tokens[s.first]?.cats.includes("possessive")) return null;
    const before = this.tagged.sentences[this.sentenceNo - 1];
    const run = before ? headingName(tokens, before.first, { first: before.last }) : null;
    const says = (k: number): boolean => tokens[k]?.cats.includes("sayVerb") === true;
    // A quote's words are the speaker's, no one's subject ('"We counted …," said Mara Holt').
    const quoted = /^["„“”‘’'«»]/u.test(this.input.text.slice(before?.start ?? 0));
    if (!run || quoted || says(run[1]) || tokens.slice(before!.first, run[0]).some((t) => t.cats.includes("sayVerb")))
      return null;
    const name = tokens
      .slice(run[0], run[1])
      .map((t) => t.text)
      .join(" ");
    return `${HOLDER_PREFIX}${nameKey(name)}`;
  }

  /** The holder of the count a share restates ("the Renewal Party 509,400 votes, or 34.3 percent"). */
  private restatedHolder(m: PhraseMatch, measure: string | null): string | null {
    if (!measure?.startsWith(SHARE_PREFIX)) return null;
    const population = this.restatedCount(m)?.scope?.population;
    return population?.startsWith(HOLDER_PREFIX) ? population : null;
  }

  /**
   * The fallback measure a "number of" phrase before the figure gives, with a participle and no
   * measure word: "the number of stolen records" (record · steal), "die Zahl der gestohlenen
   * Datensätze", "the number of customers notified" (person · notifi). Its participle says what
   * happened to the figure's things, so no measure of a figure before is carried to it.
   */
  private numberOfMeasure(s: Sentence, m: PhraseMatch, clause: Clause, noun: Token | undefined): string | null {
    const tokens = this.tagged.tokens;
    const phrase = numberOfBefore(tokens, s, m, this.lexicon);
    if (!phrase?.predicate || (noun && noun !== phrase.noun)) return null;
    const verb = participleStem(
      withoutAttributiveEnding(phrase.predicate.key, this.lexicon.predicate),
      this.lexicon.predicate,
    );
    return fallbackMeasure(tokens, clause, phrase.head, verb, this.lexicon);
  }

  /**
   * The measure the figure's own words give: its unit's (a temperature), else the measure word
   * found when it fits the kind of figure; a difference of it ("430 more … than") is another.
   */
  private ownMeasure(
    found: FoundMeasure,
    m: PhraseMatch,
    clause: Clause,
    noun: Token | undefined,
    kind: Kind,
    whole: boolean,
  ) {
    const tokens = this.tagged.tokens;
    const stated =
      measureOfUnit(m.node as QuantityNode, tokens, clause, found, m) ??
      (found.measure && whole && getMeasures().get(found.measure)?.kinds.includes(kind)
        ? {
            ...found,
            expected:
              found.expected ||
              // "can process up to 2,000 cases a day": an upper bound of a rate is a capacity, no forecast.
              isForecast(found.measure, tokens, clause, m, isUpperBoundOfAmount(m.node as QuantityNode)),
          }
        : { ...found, measure: null, inferred: false });
    return measureOfAnimals(measureAsDifference(stated, tokens, m, noun, clause, this.lexicon), tokens, noun, clause);
  }

  /**
   * The amount a measure that names no thing goes on with (measures.yaml `amount`): the figure just
   * before, in this sentence or the one before, of the same dimension, whose clause named it. "The
   * ministry puts the harvest at 2.1 million tonnes. The union says it will be no more than 1.7
   * million tonnes" → harvest, inferred. Null for any other figure.
   */
  private amountBefore(m: PhraseMatch): string | null {
    const named = this.namedAmountBefore();
    return named && this.claims.at(-1)!.dimension === normaliseQuantity(m.node as QuantityNode).dimension
      ? named
      : null;
  }

  /**
   * The amount the figure just before named in its clause (measures.yaml `amount`), in this
   * sentence or the one before; null where it named none.
   */
  private namedAmountBefore(): string | null {
    const previous = this.previous;
    const before = this.claims.at(-1);
    if (!previous || !before?.measure || this.sentenceNo - previous.sentence > 1) return null;
    if (withoutForecast(before.measure) !== previous.measure || !getMeasures().get(previous.measure)?.amount)
      return null;
    return previous.measure;
  }

  /**
   * Whether the last count or number before this figure, in any sentence, measures what the figure
   * to carry from (`previous`) does: a count of something else between breaks the thread, and no measure is carried over it ("has
   * cancelled 1,500 trains … The association puts the figure at 2,300" carries no toll of before).
   */
  private lastCountMeasures(previous: PreviousFrame): boolean {
    return this.lastCountMeasure === undefined || withoutForecast(this.lastCountMeasure ?? "") === previous.measure;
  }

  /**
   * Whether the figure before in this sentence measures nothing: a bare number after it goes on
   * with it ("31 seats, the Renewal Party 30"), not with a measure of a sentence before. A change
   * is no such figure: "rose by 100 to 900" goes on with the count of the sentence before.
   */
  private followsUnmeasured(): boolean {
    const before = this.figureBefore();
    return (
      before?.measure === null &&
      (before.kind === "count" || before.kind === "number") &&
      !this.changes.has(before.start)
    );
  }

  /** The figure just before in this sentence, past dates, ages and durations (its measure without `expected:`), if any. */
  private figureBefore(): { measure: string | null; kind: Claim["kind"]; start: number } | undefined {
    const sentenceStart = this.tagged.tokens[this.tagged.sentences[this.sentenceNo]!.first]!.start;
    for (let i = this.claims.length - 1; i >= 0; i--) {
      const c = this.claims[i]!;
      if (!c.span || c.span.start < sentenceStart) return undefined;
      if (c.kind !== "date" && c.kind !== "age" && c.kind !== "duration")
        return { measure: c.measure === null ? null : withoutForecast(c.measure), kind: c.kind, start: c.span.start };
    }
    return undefined;
  }

  /**
   * The measure of the figure before in the sentence, for a figure that stands for part of it or
   * an earlier value of it: "reached 121, up from 84" (as surely as its own clause would say it);
   * "Cases reached 441, 97 of them confirmed" (inferred, when its own clause says nothing).
   */
  private measureOfTheWhole(
    m: PhraseMatch,
    own: { measure: string | null; inferred: boolean },
  ): { measure: string | null; inferred: boolean } | undefined {
    const tokens = this.tagged.tokens;
    const previous = this.previous;
    // An earlier value measures what the figure just before it in its sentence does, and nothing
    // where that one measures nothing ("Eight ships remained, down from 15": no rescued from the
    // sentence before). With none before it in its sentence ("That number is down from 66"), the
    // measure is carried as a bare number's is.
    const before = this.isEarlierValue(m) ? this.figureBefore() : undefined;
    if (before) return { measure: before.measure, inferred: false };
    if (previous?.sentence !== this.sentenceNo) return undefined;
    if ((!own.measure || own.inferred) && tokens[m.last]?.cats.includes("partOf"))
      return { measure: previous.measure, inferred: true };
    return undefined;
  }

  /** The sentence up to the end of the figure's clause where a later clause holds a figure of its own, else all of it. */
  /**
   * The places of a figure's sentence, up to the end of its clause where a later clause holds a
   * figure of its own ("410 flights were cancelled and six were diverted to Hollin": Hollin is the six's).
   */
  private placesOfSentence(sentence: Clause, clause: Clause, m: PhraseMatch, phrases: PhraseMatch[]): ScopePlace[] {
    const later = phrases.some(
      (p) => p !== m && p.node.type === "quantity" && p.first >= clause.last && p.first < sentence.last,
    );
    const part = later ? { first: sentence.first, last: clause.last } : sentence;
    const tokens = this.tagged.tokens;
    const all = placesIn(this.input.text, tokens, beforeParts(tokens, part, m, phrases), this.lexicon);
    const theirs = new Set(this.placesOfNouns(sentence, clause, m, phrases).map((x) => x.key));
    return all.filter((x) => !theirs.has(x.key));
  }

  /**
   * The places that say where the things counted by the sentence's figures outside the clause
   * are: a place in or at straight after such a figure and its noun ("ordered a recount at 310
   * polling stations in the Harlen district, after the party said thousands of its ballots …").
   * They are that figure's, never the sentence's; a place they moved from or into is the verb's.
   */
  private placesOfNouns(sentence: Clause, clause: Clause, m: PhraseMatch, phrases: PhraseMatch[]): ScopePlace[] {
    const tokens = this.tagged.tokens;
    // German writes its nouns with a capital, which the tagger takes for a name.
    const nounWord = (t: Token): boolean =>
      t.raw === "word" &&
      (!t.cap || this.lexicon.capitalisedNouns) &&
      t.cats.every((c) => c === "noun" || c === "population" || (t.cap && c === "name"));
    const out: ScopePlace[] = [];
    for (const p of phrases) {
      if (p === m || p.node.type !== "quantity" || (p.first >= clause.first && p.first < clause.last)) continue;
      let k = p.last;
      while (k < p.last + 2 && k < sentence.last && nounWord(tokens[k]!)) k++;
      if (k === p.last || !tokens[k]?.cats.includes("placePrep")) continue;
      const [first] = placesIn(
        this.input.text,
        tokens,
        { first: k, last: Math.min(k + 5, sentence.last) },
        this.lexicon,
      );
      if (first?.role === "in" || first?.role === "at") out.push(first);
    }
    return out;
  }

  /**
   * The places of a figure: its clause's; for "there", the sentence before's; else the one place
   * its sentence gives; else the figure before's (`near`), when the clause does not name a place
   * of its own by pointing. Keys taken from outside the clause are marked inferred.
   */
  private placesOfFigure(
    m: PhraseMatch,
    phrases: PhraseMatch[],
    clause: Clause,
    sentence: Clause,
    near: PreviousFrame | undefined,
    inferred: FrameKey[],
  ): ScopePlace[] {
    const { input, tagged, lexicon } = this;
    const tokens = tagged.tokens;
    let places = placesIn(input.text, tokens, beforeParts(tokens, clause, m, phrases), lexicon);
    // "Police counted 100,000 there": the place named last before it, in its sentence ("In the
    // Ilsk district, cases were revised down to 41; the ministry had reported 47 there"), else in
    // the sentence before; else a place of its own.
    const there = nearest(tokens, clause.first, clause.last, m.first, m.last, (x) => x.cats.includes("there"));
    if (places.length === 0 && there >= 0) {
      const before = tagged.sentences[this.sentenceNo - 1];
      const inSentence = placesIn(input.text, tokens, { first: sentence.first, last: clause.first }, lexicon);
      places = inSentence.length > 0 ? inSentence.slice(-1) : [];
      if (places.length === 0 && before)
        places = placesIn(input.text, tokens, { first: before.first, last: before.last }, lexicon);
      if (places.length === 0)
        places = [{ name: tokens[there]!.text, key: `${input.path}#${tokens[there]!.start}`, role: "in" }];
      inferred.push("scope");
    }
    const unnamed = places.length === 0 ? unnamedPlace(tokens, clause) : null;
    if (places.length === 0 && unnamed !== "name") {
      // "In the Dunmor district alone, 251 cases …; nationwide …": a place heading the sentence,
      // in a clause of its own with no figure, is the place of the clause that follows it.
      places = this.headingPlaces(clause, sentence);
      if (places.length > 0) inferred.push("scope");
    }
    if (places.length === 0 && unnamed !== "name") {
      // "In Hamburg, police said …": a place the sentence gives once, for all its clauses.
      const all = this.placesOfSentence(sentence, clause, m, phrases);
      if (all.length > 0 && all.every((p) => p.key === all[0]!.key)) {
        places = all;
        inferred.push("scope");
      }
    }
    // "protests were held in some 100 locations, with organisers estimating that 1.4 million …":
    // a figure spread over a counted number of places is the whole country's. Not from its own
    // clause ("821,000 in more than 300 places"), which names a place of no name: such a figure
    // stays with the figures of its article that name none.
    const spread = places.length === 0 && unnamed === null ? spreadOverPlaces(tokens, sentence, m) : -1;
    if (spread >= 0) {
      places = [{ name: tokens[spread]!.text, key: "nationwide", role: "nationwide" }];
      inferred.push("scope");
    }
    // "… since the 2019 outbreak in the province, which killed 64": a sentence that speaks of a place
    // without naming it does not go on in the place of a figure of a sentence before.
    const otherPlace =
      near !== undefined && near.sentence !== this.sentenceNo && unnamedPlace(tokens, sentence) !== null;
    if (places.length === 0 && unnamed === null && !otherPlace && near?.scope?.places.length) {
      places = near.scope.places.map((p) => ({ ...p })); // its own: scopes are frozen one by one downstream
      inferred.push("scope");
    }
    return places;
  }

  /** The places of the clause that opens the sentence right before the figure's clause, if it holds no figure. */
  private headingPlaces(clause: Clause, sentence: Clause): ScopePlace[] {
    const tokens = this.tagged.tokens;
    const s = this.tagged.sentences[this.sentenceNo];
    if (!s || clause.first <= sentence.first) return [];
    const heading = clauseOf(tokens, s, sentence.first, sentence.first + 1);
    if (heading.last > clause.first || clause.first - heading.last > 1) return [];
    for (let k = heading.first; k < heading.last; k++) if (tokens[k]!.raw === "num") return [];
    return placesIn(this.input.text, tokens, heading, this.lexicon);
  }

  private ageClaims(s: Sentence, m: PhraseMatch, node: AgeNode, phrases: PhraseMatch[]): void {
    const { input, tagged } = this;
    if (this.agesANamedThing(m, node)) {
      const years = thingAge(tagged.tokens, m, node);
      this.quantityClaim(s, { ...m, node: years }, years, phrases);
      return;
    }
    const entity = entityOf(this.ctx, m, node);
    for (const item of node.items) {
      // "Anna Zuyeva (35)": the phrase starts at "Zuyeva"; the claim's text takes in the whole name.
      const prev = tagged.tokens[m.first - 1];
      const widened =
        node.form === "name" && entity && prev && entity.startsWith(prev.text) ? { s: prev.start, e: item.e } : item;
      const source = sourceOf(
        input.text,
        tagged.tokens,
        phrases,
        m,
        clauseOf(tagged.tokens, s, m.first, m.last),
        undefined,
        s,
      );
      this.make(s, widened, ageFields(item.v, entity, source));
    }
  }

  /**
   * Whether an age stands before the name of a thing: a name the article writes straight after a
   * noun that counts no people ("the ferry Ilsabel", "der Fähre Ilsabel"), so "The 31-year-old
   * Ilsabel" is the ship's age, a span of time, and no one's.
   */
  private agesANamedThing(m: PhraseMatch, node: AgeNode): boolean {
    if (node.form !== "adjective" && node.form !== "years-old") return false;
    const tokens = this.tagged.tokens;
    let k = m.last;
    if (node.name) for (k = m.first; k < m.last && tokens[k]!.start < node.name.s; k++);
    const name = tokens[k];
    if (!name?.cap || name.raw !== "word") return false;
    this.thingNames ??= namesAfterThings(tokens, this.lexicon);
    return this.thingNames.has(name.text);
  }

  /** "said Anna Petrova, 35,": the source's age, hers, not attributed to anyone. */
  private sourceAgeClaim(s: Sentence, m: PhraseMatch, node: AttributionNode): void {
    const age = node.age!;
    this.make(s, age, ageFields(age.v, entityOfSource(this.ctx, node.source, m.first), null));
  }

  private dateClaim(s: Sentence, node: DateNode): void {
    this.make(s, node, {
      kind: "date",
      value: null,
      min: null,
      max: null,
      qualifier: "exact",
      unit: "date",
      unitText: null,
      dimension: "date",
      noun: null,
      measure: null,
      scope: null,
      period: null,
      entity: null,
      source: null,
      inferred: [],
      revision: false,
      date: isoDate(node),
    });
  }
}

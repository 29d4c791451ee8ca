// Typed helpers for grammar/*.ne: the token matchers the grammar's %terminals refer to, and
// the postprocessors that build the parse's nodes. The grammar's {% %} blocks only call these.
import { getUnits, type Category, type QualifierName } from "../language/lexicon.js";
import type { Token } from "./tagger.js";

/** A token matcher: nearley calls `test` with our tagged token. */
export interface Matcher {
  cat: Category;
  test: (t: Token) => boolean;
}

export const isDurationUnit = (id: string | undefined): boolean =>
  id !== undefined && getUnits().get(id)?.dimension === "duration";

/** A share: percent, percentage points, basis points ("um ein Prozent", "a percentage point"). */
export const isShareUnit = (id: string | undefined): boolean => {
  const dimension = id === undefined ? undefined : getUnits().get(id)?.dimension;
  return dimension === "percent" || dimension === "percentage-points";
};

/** A unit of time shorter than a year (months, weeks, days …): an age may be written in it. */
export const isShorterThanYear = (id: string | undefined): boolean =>
  isDurationUnit(id) && getUnits().get(id!)!.factor < getUnits().get("year")!.factor;

/**
 * A unit letter written so that it is no unit: a temperature is one only in capitals and glued to
 * its digits ("35C", "-15C": "Group C", "35 C" and "50c" are none); a mass only in small letters
 * ("5 g", "40t": "5G" is a mobile network).
 */
export const isLooseUnitLetter = (t: Token): boolean => {
  if (!isOneLetter(t)) return false;
  const dimension = getUnits().get(t.info.unit ?? "")?.dimension;
  const capital = t.text === t.text.toUpperCase();
  if (dimension === "temperature") return t.spaceBefore || !capital;
  return dimension === "mass" && capital;
};

/** A token of one letter ("p"): a currency only glued after its digits ("50p"). */
export const isOneLetter = (t: Token): boolean => t.text.length === 1 && /\p{L}/u.test(t.text);

export const match = (cat: Category): Matcher => ({ cat, test: (t: Token) => t.cats.includes(cat) });

/** A matcher with an extra condition, for terminals narrower than a category. */
export const matchWhere = (cat: Category, when: (t: Token) => boolean): Matcher => ({
  cat,
  test: (t: Token) => t.cats.includes(cat) && when(t),
});

// ---------------------------------------------------------------------------------- nodes

export interface Span {
  s: number;
  e: number;
}

export interface Num extends Span {
  v: number;
  /** The multiplier written with it ("million"), 1 if none. */
  scale: number;
  /** Written in words. */
  word: boolean;
  /** The digits token, when written in digits. */
  digits?: Token;
}

export interface UnitRef extends Span {
  unit?: string;
  currency?: string;
  /** A currency's subunit: "cents" are 0.01 of the dollar. */
  currencyFactor?: number;
  text: string;
}

export interface QuantityNode extends Span {
  type: "quantity";
  qualifier: QualifierName | "range" | "vague";
  lo: Num | null;
  hi: Num | null;
  vague?: [number, number];
  fraction?: number;
  unit?: UnitRef;
  /** A person's age with a qualifier ("no more than 50 years old"): kind age, in years. */
  age?: true;
  /** A ratio ("one in three"): parse-phrases gives it up before a unit ("3 in 10 days"). */
  ratio?: true;
  /** A rate's denominator: a unit ("day", "l"), a number ("100000") or "capita". */
  per?: RateDenominator;
  /** What a rate counts, written between its figure and its denominator ("5 deaths a day"). */
  counted?: Token;
}

export interface RateDenominator extends Span {
  /** What the figure is per: a unit id, a number, or "capita". */
  of: string;
}

export interface AgeItem extends Span {
  v: number;
}

export interface AgeNode extends Span {
  type: "age";
  /** How the age is written: "28-year-old", "43 years old", "aged 19", "Konstantin (42)", "I am 61". */
  form: "adjective" | "years-old" | "aged" | "name" | "stated";
  items: AgeItem[];
  name?: Span;
}

export interface DateNode extends Span {
  type: "date";
  year?: number;
  month?: number;
  day?: number;
}

export interface AttributionNode extends Span {
  type: "attribution";
  /** "according to X" / "X said" / "said X". */
  form: "according" | "source-verb" | "verb-source";
  /** A source after an indefinite article ("said a spokesman"): its say verb must follow a comma or quote. */
  indefinite?: true;
  source: Span;
  /** The source's age, written after the name: "said Anna Petrova, 35,". */
  age?: AgeItem;
}

/** A change, two figures: "rose from 5 % to 7 %". parse-phrases makes it two phrases. */
export interface ChangeNode extends Span {
  type: "change";
  from: QuantityNode;
  to: QuantityNode;
}

export type PhraseNode = QuantityNode | AgeNode | DateNode | AttributionNode;

type Part = Token | Span | null | undefined | Part[];

const isToken = (x: unknown): x is Token => typeof x === "object" && x !== null && "cats" in x;

/** The span covering every token and node in d. */
export function spanOf(...d: Part[]): Span {
  let s = Infinity;
  let e = -Infinity;
  const walk = (x: Part): void => {
    if (x == null) return;
    if (Array.isArray(x)) {
      for (const y of x) walk(y);
      return;
    }
    const xs = isToken(x) ? x.start : x.s;
    const xe = isToken(x) ? x.end : x.e;
    if (xs < s) s = xs;
    if (xe > e) e = xe;
  };
  d.forEach(walk);
  return { s, e };
}

const tokenSpan = (t: Token): Span => ({ s: t.start, e: t.end });

// ----------------------------------------------------------------------------- numbers

export function digits([t]: [Token], _l?: number, reject?: object): Num | object {
  // "21.9.2022" is a date (dottedDate), not digits grouped wrongly.
  if (reject && t.text.length >= 6 && isDottedDate(t.text)) return reject;
  // "2.4.1": a version or a code, no number.
  if (reject && t.num!.malformed) return reject;
  return { v: t.num!.value, scale: 1, word: false, digits: t, ...tokenSpan(t) };
}

export function scaled([n, scale]: [Num, Token]): Num {
  return { ...n, v: n.v * scale.info.scale!, scale: scale.info.scale!, e: scale.end };
}

/** A single number word ("seven", "zwölf", "a" before a scale). */
export function word([t]: [Token]): Num {
  return { v: t.info.n!, scale: 1, word: true, ...tokenSpan(t) };
}

/** "twenty-five": tens, optional hyphen, units. */
export function tensUnits(d: [Token, Token | null, Token]): Num {
  return { v: d[0].info.n! + d[2].info.n!, scale: 1, word: true, ...spanOf(d) };
}

/** German "fünfundzwanzig": units, "und", tens. */
export function unitsTens(d: [Num, Token, Token]): Num {
  return { v: d[0].v + d[2].info.n!, scale: 1, word: true, ...spanOf(d) };
}

/** "one hundred and twenty", "hundert", "a hundred". */
export function hundreds(d: [Num | null, Token, Token | null, Num | null]): Num {
  const [mult, , , rest] = d;
  return { v: (mult?.v ?? 1) * 100 + (rest?.v ?? 0), scale: 1, word: true, ...spanOf(d) };
}

/** "twenty-five thousand", "a million", "tausend". */
export function scaleGroup(d: [Num | null, Token]): Num {
  const s = d[1].info.scale!;
  return { v: (d[0]?.v ?? 1) * s, scale: s, word: true, ...spanOf(d) };
}

/** "a million and a half", "two million and a half": the number and a half, times the scale. */
export function scalePlusHalf(d: [Num | null, Token, Token]): Num {
  const s = d[1].info.scale!;
  return { v: ((d[0]?.v ?? 1) + 0.5) * s, scale: s, word: true, ...spanOf(d) };
}

/** "a quarter million", "three quarters of a million", "eine Viertelmillion": the fraction of the scale. */
export function fractionScale(d: Part[]): Num {
  const toks = (d as unknown[]).filter((x): x is Token => isToken(x));
  const f = toks.find((t) => t.cats.includes("fraction"))!.info.fraction!;
  const s = toks[toks.length - 1]!.info.scale!;
  return { v: (d[0] as Num).v * f * s, scale: s, word: true, ...spanOf(d) };
}

/** "half a million", "eine halbe Million", "a half million". */
export function halfScale(d: Array<Token>): Num {
  const scale = d[d.length - 1]!.info.scale!;
  return { v: scale / 2, scale, word: true, ...spanOf(d) };
}

/** "two and a half", "zweieinhalb": the number and a half. */
export function plusHalf(d: [Num, Token]): Num {
  return { v: d[0].v + 0.5, scale: 1, word: true, ...spanOf(d) };
}

/** "three point five", "null Komma zwei fünf": the whole part, then one digit a word. */
export function wordDecimal(d: [Num, Token, Num[]]): Num {
  const [whole, , digits] = d;
  const v = Number(`${whole.v}.${digits.map((n) => n.v).join("")}`);
  return { v, scale: 1, word: true, ...spanOf(d as Part[]) };
}

/** "1e10", "1.2 × 10⁶", "1.2 x 10^6": the mantissa times ten to the exponent. */
export function scientific(d: Part[], _l: number, reject: object): Num | object {
  const toks = (d as unknown[]).flat().filter((x): x is Token => isToken(x));
  const nums = toks.filter((t) => t.raw === "num");
  const mantissa = nums[0]!;
  let exponent: number;
  if (toks.some((t) => t.cats.includes("exponentE"))) exponent = nums[1]!.num!.value;
  else {
    // "× 10⁶", "x 10^6": the base must be ten.
    if (nums[1]!.text !== "10") return reject;
    const sup = toks.filter((t) => t.cats.includes("superscript"));
    exponent = sup.length > 0 ? Number(sup.map((t) => t.info.n).join("")) : nums[2]!.num!.value;
  }
  if (mantissa.num!.malformed || !Number.isInteger(exponent) || exponent < 1 || exponent > 15) return reject;
  return { v: Number(`${mantissa.num!.value}e${exponent}`), scale: 1, word: false, ...spanOf(d) };
}

/** "1/2", "3/4": only a proper fraction of a small denominator, so that "24/7" and "9/11" are none. */
export function slashFraction(d: [Token, Token, Token], _l: number, reject: object): Num | object {
  const [a, , b] = d;
  const top = a.num!.value;
  const bottom = b.num!.value;
  const plain = (t: Token): boolean => !t.num!.grouped && !t.num!.decimal;
  if (!plain(a) || !plain(b) || top < 1 || bottom < 2 || bottom > 10 || top >= bottom) return reject;
  return { v: top / bottom, scale: 1, word: false, ...spanOf(d) };
}

/** "½", "¾". */
export function vulgarFraction([t]: [Token]): Num {
  return { v: t.info.fraction!, scale: 1, word: false, ...tokenSpan(t) };
}

/** "2 ¾", "2¾", "3 1/2": whole digits and a fraction. */
export function mixedFraction(d: [Num, Num | Token], _l: number, reject: object): Num | object {
  const [whole, part] = d;
  if (whole.digits!.num!.decimal || !Number.isInteger(whole.v)) return reject;
  const f = isToken(part) ? part.info.fraction! : part.v;
  return { v: whole.v + f, scale: 1, word: false, ...spanOf(d as Part[]) };
}

/** "minus 10", "minus zehn": below zero. */
export function negative(d: [Token, Num]): Num {
  return { ...d[1], v: -d[1].v, ...spanOf(d) };
}

/** "nine thousand five hundred": groups and the rest add up. */
export function sum(d: Array<Num | Token | null>): Num {
  const nums = d.filter((x): x is Num => x != null && !isToken(x));
  return { v: nums.reduce((a, n) => a + n.v, 0), scale: nums[0]!.scale, word: true, ...spanOf(d) };
}

// --------------------------------------------------------------------------- quantities

function unitRef(t: Token): UnitRef {
  return {
    unit: t.info.unit,
    currency: t.info.currency,
    currencyFactor: t.info.currencyFactor,
    text: t.text,
    ...tokenSpan(t),
  };
}

export function plain([n]: [Num]): QuantityNode {
  return { type: "quantity", qualifier: "exact", lo: n, hi: null, s: n.s, e: n.e };
}

/** "6,500 km", "24-hour", "9.000 Euro", "5 million dollars", "five more years". */
export function withUnit(d: [Num, Token | null, Token]): QuantityNode {
  const [n, , u] = d;
  return { type: "quantity", qualifier: "exact", lo: n, hi: null, unit: unitRef(u), ...spanOf(d) };
}

/** "$9,000", "€5 million", "USD 40". */
/**
 * "$5", "CHF 12 million", "USD5bn". An ISO code glued to a small whole number after it is a name,
 * not a sum: "COP28" (a climate summit), "SDG4".
 */
export function currencyFirst(d: [Token, Num], _l: number, reject: object): QuantityNode | object {
  const [u, n] = d;
  const glued = n.digits !== undefined && !n.digits.spaceBefore;
  if (u.info.isoCode && glued && n.scale === 1 && Number.isInteger(n.v) && n.v < 100) return reject;
  return { type: "quantity", qualifier: "exact", lo: n, hi: null, unit: unitRef(u), ...spanOf(d) };
}

/** "twice as many", "dreimal so viele": a multiple of another figure, its value from the lexicon. */
export function multiplePhrase([t]: [Token]): QuantityNode {
  const lo: Num = { v: t.info.n!, scale: 1, word: true, ...tokenSpan(t) };
  return { type: "quantity", qualifier: "exact", lo, hi: null, unit: unitRef(t), ...tokenSpan(t) };
}

/** "two-thirds", "a quarter", "zwei Drittel": a proportion, in percent. */
export function fraction(d: [Num, Token | null, Token]): QuantityNode {
  const [n, , f] = d;
  const v = n.v * f.info.fraction! * 100;
  const num: Num = { v, scale: 1, word: true, ...spanOf(d) };
  return { type: "quantity", qualifier: "exact", lo: num, hi: null, fraction: v, ...spanOf(d) };
}

/** "½ of the voters", "3/4 der Häuser": a fraction with no unit after it is a proportion. */
export function fractionOf([n]: [Num]): QuantityNode {
  const v = n.v * 100;
  const num: Num = { v, scale: 1, word: n.word, s: n.s, e: n.e };
  return { type: "quantity", qualifier: "exact", lo: num, hi: null, fraction: v, s: n.s, e: n.e };
}

/** "an hour and a half", "two miles and a half": the number and a half of the unit. */
export function unitPlusHalf(d: [Num, Token, Token]): QuantityNode {
  const [n, u] = d;
  return {
    type: "quantity",
    qualifier: "exact",
    lo: { ...n, v: n.v + 0.5, e: d[2].end },
    hi: null,
    unit: unitRef(u),
    ...spanOf(d),
  };
}

/** "a third of a mile", "three quarters of an hour", "a quarter century", "dreiviertel Stunde". */
export function fractionUnit(d: Part[]): QuantityNode {
  const toks = (d as unknown[]).filter((x): x is Token => isToken(x));
  const f = toks.find((t) => t.cats.includes("fraction"))!;
  const u = toks[toks.length - 1]!;
  const lo: Num = { v: (d[0] as Num).v * f.info.fraction!, scale: 1, word: true, s: (d[0] as Num).s, e: f.end };
  return { type: "quantity", qualifier: "exact", lo, hi: null, unit: unitRef(u), ...spanOf(d) };
}

/** "half an hour", "a half mile", "eine halbe Stunde", "ein halbes Jahr". */
export function halfUnit(d: [Token, Token, Token]): QuantityNode {
  const u = d[2];
  const num: Num = { v: 0.5, scale: 1, word: true, ...spanOf(d[0], d[1]) };
  return { type: "quantity", qualifier: "exact", lo: num, hi: null, unit: unitRef(u), ...spanOf(d) };
}

/** "half of", "die Hälfte": a proportion the lexicon writes as one phrase. */
export function fractionPhrase(d: [Token]): QuantityNode {
  const v = d[0].info.fraction! * 100;
  const num: Num = { v, scale: 1, word: true, ...tokenSpan(d[0]) };
  return { type: "quantity", qualifier: "exact", lo: num, hi: null, fraction: v, ...tokenSpan(d[0]) };
}

/**
 * A range: "between 5 and 10 million km", "5,000 to 6,000 km", "$5-10bn". A multiplier or unit
 * written once applies to both ends; the multiplier only when the low end is smaller than the
 * high end's own digits ("5 and 10 million", not "500,000 and 1 million").
 */
export function range(
  d: Array<Token | Num | UnitRef | null>,
  lo: Num,
  loUnit: Token | null,
  hi: Num,
  hiUnit: Token | null,
  reject: object,
): QuantityNode | object {
  let low = lo;
  if (hi.scale > 1 && lo.scale === 1 && lo.v <= hi.v / hi.scale) low = { ...lo, v: lo.v * hi.scale, scale: hi.scale };
  // A range runs upwards: "3-1" is a score, "from 7% to 5%" a fall from one figure to another.
  if (low.v >= hi.v) return reject;
  const unitTok = hiUnit ?? loUnit;
  // "from 2014 to 2022", "von 2019 bis 2021": a span of years is two dates, no figure.
  if (!unitTok && low.digits && hi.digits && isYear(low) && isYear(hi)) return reject;
  return {
    type: "quantity",
    qualifier: "range",
    lo: low,
    hi,
    unit: unitTok ? unitRef(unitTok) : undefined,
    ...spanOf(d as Part[]),
  };
}

export function rangeBetween(
  d: [Token, Num, Token | null, Token, Num, Token | null],
  _l: number,
  reject: object,
): QuantityNode | object {
  return range(d, d[1], d[2], d[4], d[5], reject);
}

export function rangeTo(
  d: [Num, Token | null, Token, Num, Token | null],
  _l: number,
  reject: object,
): QuantityNode | object {
  return range(d, d[0], d[1], d[3], d[4], reject);
}

/** "von 5 bis 7", "from 6 to 12". */
export function rangeFromTo(
  d: [Token, Num, Token | null, Token, Num, Token | null],
  _l: number,
  reject: object,
): QuantityNode | object {
  return range(d, d[1], d[2], d[4], d[5], reject);
}

/** "between $62 and $68", "from $62 to $68". */
export function rangeFromCurrency(
  d: [Token, Token, Num, Token, Token | null, Num],
  _l: number,
  reject: object,
): QuantityNode | object {
  return range(d, d[2], null, d[5], d[1], reject);
}

/** "above 5 and below 10", "über 5 und unter 10": a lower bound, then an upper one. */
export function rangeBounds(
  d: [Token | null, Token, Num, Token | null, Token, Token, Num, Token | null],
  _l: number,
  reject: object,
): QuantityNode | object {
  const low = d[1].info.qualifier;
  const high = d[5].info.qualifier;
  if ((low !== "more-than" && low !== "at-least") || (high !== "less-than" && high !== "at-most")) return reject;
  return range(d, d[2], d[3], d[6], d[7], reject);
}

/** "over 5 and under 10": "and under" is one lexicon phrase, a bound after a figure elsewhere. */
export function rangeBoundAfter(
  d: [Token | null, Token, Num, Token | null, Token, Num, Token | null],
  _l: number,
  reject: object,
): QuantityNode | object {
  const low = d[1].info.qualifier;
  const high = d[4].info.qualifier;
  if ((low !== "more-than" && low !== "at-least") || high !== "at-most") return reject;
  return range(d, d[2], d[3], d[5], d[6], reject);
}

export function rangeCurrency(
  d: [Token, Num, Token, Token | null, Num],
  _l: number,
  reject: object,
): QuantityNode | object {
  return range(d, d[1], null, d[4], d[0], reject);
}

/** "hundreds of", "Tausende", "tens of thousands", "hundreds of thousands": [2s, 10s − 1]. */
export function pluralScale(d: Array<Token | null>): QuantityNode {
  const toks = d.filter((x): x is Token => x != null);
  let s = 1;
  for (const t of toks) {
    if (t.cats.includes("pluralScale")) s *= t.info.scale!;
    else if (t.cats.includes("tensOf")) s *= 10;
  }
  return { type: "quantity", qualifier: "vague", lo: null, hi: null, vague: [2 * s, 10 * s - 1], ...spanOf(d) };
}

/** "several hundred", "a few thousand", "mehrere hundert". */
export function vagueDeterminer(d: Token[]): QuantityNode {
  const [det, ...scales] = d;
  const [a, b] = det!.info.vague!;
  // "several hundred thousand", "mehrere Hunderttausend": every multiplier after the determiner.
  const s = scales.reduce((x, t) => x * t.info.scale!, 1);
  return { type: "quantity", qualifier: "vague", lo: null, hi: null, vague: [a * s, b * s], ...spanOf(d) };
}

/** "mehrere zehntausend", "several ten thousand": the determiner's range times the tens and the scale. */
export function vagueTensOf(d: [Token, Num, Token]): QuantityNode {
  const [det, tens, scale] = d;
  const [a, b] = det.info.vague!;
  const s = tens.v * scale.info.scale!;
  return { type: "quantity", qualifier: "vague", lo: null, hi: null, vague: [a * s, b * s], ...spanOf(d) };
}

/** "Dutzende Millionen", "hundreds millions": the plural scale's range times the scale after it. */
export function pluralScaleOf(d: [Token, Token]): QuantityNode {
  const s = d[0].info.scale! * d[1].info.scale!;
  return { type: "quantity", qualifier: "vague", lo: null, hi: null, vague: [2 * s, 10 * s - 1], ...spanOf(d) };
}

/** "a few decades", "several hours", "mehrere Tage": the determiner's range in the unit. */
export function vagueDeterminerUnit(d: [Token, Token | null, Token]): QuantityNode {
  const [det, , u] = d;
  const [a, b] = det.info.vague!;
  return { type: "quantity", qualifier: "vague", lo: null, hi: null, vague: [a, b], unit: unitRef(u), ...spanOf(d) };
}

/** "a couple of witnesses", "mehrere Häuser": the determiner's range counts the noun, which is not part of the text. */
export function vagueDeterminerNoun(d: [Token, Token]): QuantityNode {
  const [det, noun] = d;
  const [a, b] = det.info.vague!;
  return { type: "quantity", qualifier: "vague", lo: null, hi: null, vague: [a, b], counted: noun, ...spanOf([det]) };
}

export function vagueWithUnit(d: [QuantityNode, Token]): QuantityNode {
  return { ...d[0], unit: unitRef(d[1]), ...spanOf(d) };
}

/** A qualifier before the quantity: "more than", "etwa", "up to". */
export function qualify(d: [Token, QuantityNode], _l?: number, reject?: object): QuantityNode | object {
  const [q, node] = d;
  // "ab 2015": a word that is both a bound and a year's preposition, before a bare year, is the date's.
  if (reject && q.cats.includes("yearPrep") && !node.unit && node.qualifier === "exact" && node.lo && isYear(node.lo))
    return reject;
  // "12% higher than a year ago": a comparative before a time compares with that time, not bounds
  // it; the time stands alone (rejecting the parse would leave "higher than two" of "two years").
  if (q.cats.includes("comparative") && isDurationUnit(node.unit?.unit)) return node;
  if (node.qualifier !== "exact") return { ...node, ...spanOf(d) };
  return { ...node, qualifier: q.info.qualifier!, ...spanOf(d) };
}

/** "the 500-year-old bridge": the age of a thing is a duration; a person's age stays an age (ages.ne). */
export function thingAge(d: [Num, Token | null, Token], _l: number, reject: object): QuantityNode | object {
  const [n, , adj] = d;
  if (isAge(n.v)) return reject;
  return {
    type: "quantity",
    qualifier: "exact",
    lo: n,
    hi: null,
    unit: { unit: "year", text: adj.text, s: adj.start, e: adj.end },
    ...spanOf(d),
  };
}

/**
 * "3 dollars 50 cents", "2 hours and 15 minutes", "6 feet 2 inches", "1 Stunde 20 Minuten": a
 * larger and a smaller unit of one dimension (or a currency and its subunit) add up, in the first.
 */
export function compoundAmount(d: Part[], _l: number, reject: object): QuantityNode | object {
  const parts = d as unknown[];
  const [a, b] = parts.filter((x): x is Num => typeof x === "object" && x !== null && !isToken(x) && "v" in x);
  const [u1, u2] = parts.filter(
    (x): x is Token => isToken(x) && (x.cats.includes("unit") || x.cats.includes("currency")),
  );
  if (!a || !b || !u1 || !u2 || b.v < 0 || a.v < 0) return reject;
  let part: number;
  if (u1.cats.includes("currency") && u2.cats.includes("currency")) {
    if (
      u1.info.currency !== u2.info.currency ||
      u1.info.currencyFactor !== undefined ||
      u2.info.currencyFactor === undefined
    )
      return reject;
    part = b.v * u2.info.currencyFactor;
  } else {
    const units = getUnits();
    const f1 = units.get(u1.info.unit ?? "");
    const f2 = units.get(u2.info.unit ?? "");
    if (
      !f1 ||
      !f2 ||
      f1.dimension !== f2.dimension ||
      f1.offset !== 0 ||
      f2.factor >= f1.factor ||
      b.v * f2.factor >= f1.factor
    )
      return reject;
    part = (b.v * f2.factor) / f1.factor;
  }
  const v = a.v + part;
  return { type: "quantity", qualifier: "exact", lo: { ...a, v, e: b.e }, hi: null, unit: unitRef(u1), ...spanOf(d) };
}

/** "per day", "a year", "je Liter", "per capita": what a rate is per. */
export function per(d: Token[]): RateDenominator {
  const last = d[d.length - 1]!;
  return { of: last.cats.includes("perCapita") ? "capita" : last.info.unit!, ...spanOf(d) };
}

/** "per 100,000" after a counted noun or a unit: "30 cases per 100,000", "$40 per 1,000 litres". */
export function perNumber(d: [Token, Num], _l: number, reject: object): RateDenominator | object {
  const by = d[1];
  if (!Number.isInteger(by.v) || by.v < 2) return reject;
  return { of: String(by.v), ...spanOf(d) };
}

/** "45,- Euro", "1.299,– €": the digits, and the mark for no decimals in the text. */
export function noDecimals(d: [Num, Token]): Num {
  return { ...d[0], e: d[1].end };
}

/** "$5 per day", "3,500 kWh a year", "2,159 Euro je Liter", "30 per 100,000": one figure with its denominator. */
export function rate(d: Part[], _l: number, reject: object): QuantityNode | object {
  const parts = d as unknown[];
  const nums = parts.filter((x): x is Num => typeof x === "object" && x !== null && !isToken(x) && "v" in x);
  const unit = parts.find((x): x is Token => isToken(x) && (x.cats.includes("unit") || x.cats.includes("currency")));
  let denominator = parts.find(
    (x): x is RateDenominator => typeof x === "object" && x !== null && !isToken(x) && "of" in x,
  );
  if (!denominator) {
    // "30 per 100,000": the second number is the denominator.
    const by = nums[1];
    if (!by || !Number.isInteger(by.v) || by.v < 2) return reject;
    denominator = { of: String(by.v), s: by.s, e: by.e };
  }
  return {
    type: "quantity",
    qualifier: "exact",
    lo: nums[0]!,
    hi: null,
    unit: unit ? unitRef(unit) : undefined,
    per: denominator,
    ...spanOf(d),
  };
}

/** "5 deaths a day", "300 Autos pro Tag": a count of a noun with its denominator. */
export function countedRate(d: [Num, Token, RateDenominator], l: number, reject: object): QuantityNode | object {
  const node = rate([d[0], d[2]], l, reject);
  if (node === reject) return reject;
  return { ...(node as QuantityNode), counted: d[1], ...spanOf(d) };
}

/**
 * "one in three", "3 out of 10", "seven of 10", "einer von drei", "one in every five", "one in a
 * million": a proportion. "in" reads one in any number, or any number in ten or less, 100 or 1,000
 * ("2 in 2022" is a date, "3 in 10 days" a count and a duration: parse-phrases); "of"/"von" only parts
 * of ten or less, and from two ("one of three men" is one of them), or after an article ("einer von drei").
 */
export function ratio(d: [Num | Token, Token, Num], _l: number, reject: object): QuantityNode | object {
  const [head, word, b] = d;
  // "einer von drei": an article standing for one.
  const article = isToken(head);
  const a: Num = isToken(head) ? { v: 1, scale: 1, word: true, ...tokenSpan(head) } : head;
  const whole = (n: Num): boolean => Number.isInteger(n.v) && n.v >= 1;
  // The whole may carry a multiplier ("one in a million"), the part not ("5 in 10 million" is no share).
  if (!whole(a) || a.scale !== 1 || !whole(b) || a.v >= b.v || (b.v > 1000 && b.scale === 1)) return reject;
  if (word.cats.includes("of")) {
    if (b.v > 10 || (a.v < 2 && !article)) return reject;
  } else if (word.key === "in" && a.v !== 1 && b.v > 10 && b.v !== 100 && b.v !== 1000) return reject;
  // "one in 2022" is a year.
  if (b.digits && isYear(b)) return reject;
  return { ...fractionOf([{ v: a.v / b.v, scale: 1, word: a.word, ...spanOf(d) }]), ratio: true };
}

/** "every fifth child", "jeder Dritte": one in n. */
export function everyNth(d: [Token, Token]): QuantityNode {
  return fractionOf([{ v: 1 / d[1].info.n!, scale: 1, word: true, ...spanOf(d) }]);
}

/** A bound after the figure: "30 or more", "$5,000 or less", "5.000 Euro oder weniger". */
export function qualifyAfter(d: [QuantityNode, Token], _l: number, reject: object): QuantityNode | object {
  const [node, q] = d;
  if (node.qualifier !== "exact" || node.fraction !== undefined) return reject;
  return { ...node, qualifier: q.info.qualifier!, ...spanOf(d as Part[]) };
}

/**
 * "rose from 5 % to 7 %", "von 5 auf 7 Prozent": two figures. A unit or multiplier written only
 * after the second belongs to the first as well ("from 5 to 7 percent", "von 5 auf 7 Millionen").
 */
export function change(d: Part[], _l: number, reject: object): ChangeNode | object {
  const [from, to] = (d as unknown[]).filter(
    (x): x is QuantityNode => typeof x === "object" && x !== null && (x as QuantityNode).type === "quantity",
  );
  if (!from || !to) return reject;
  // With neither "from" nor "by", only a first figure with its own unit starts a change ("fell
  // 0.4 per cent to 13,176"); "fell 5 to 10 percent" is a range of the fall.
  const marked = (d as unknown[]).some(
    (x) => isToken(x) && (x.cats.includes("rangeFrom") || x.cats.includes("changeBy")),
  );
  if (!marked && !from.unit) return reject;
  let first = from;
  if (!first.unit && to.unit && first.fraction === undefined) first = { ...first, unit: to.unit };
  const hi = to.lo;
  const lo = first.lo;
  // The multiplier carries only to a first figure of no unit or of the same one: "um 3 Prozent auf
  // 103 Millionen Euro" is 3 percent.
  const sameUnit = !from.unit || (from.unit.unit === to.unit?.unit && from.unit.currency === to.unit?.currency);
  if (
    hi &&
    lo &&
    sameUnit &&
    first.qualifier !== "range" &&
    hi.scale > 1 &&
    lo.scale === 1 &&
    lo.v <= hi.v / hi.scale
  ) {
    first = { ...first, lo: { ...lo, v: lo.v * hi.scale, scale: hi.scale } };
  }
  return { type: "change", from: first, to, ...spanOf(d) };
}

// --------------------------------------------------------------------------------- ages

const isAge = (v: number): boolean => Number.isInteger(v) && v >= 0 && v <= 125;

export function ageAdjective(d: [Num, Token | null, Token, Span | null], _l: number, reject: object): AgeNode | object {
  const [n, , adj, name] = d;
  if (!isAge(n.v)) return reject;
  const item = { v: n.v, s: n.s, e: adj.end };
  return { type: "age", form: "adjective", items: [item], name: name ?? undefined, ...spanOf(d as Part[]) };
}

/** An age written in another unit of time, in years: "ten months old" is 10 × 30.4375 / 365.25. */
function inYears(v: number, unit: Token | null | undefined): number {
  const id = unit?.info.unit;
  if (id === undefined || id === "year") return v;
  const units = getUnits();
  return (v * units.get(id)!.factor) / units.get("year")!.factor;
}

export function ageYearsOld(d: [Num, Token, Token], _l: number, reject: object): AgeNode | object {
  const [n, unit] = d;
  if (!isAge(n.v)) return reject;
  const sp = spanOf(d);
  return { type: "age", form: "years-old", items: [{ v: inYears(n.v, unit), ...sp }], ...sp };
}

/** "2 years and 3 months old", "aged two years and 3 months", "im Alter von 2 Jahren und 3 Monaten": in years. */
export function ageInTwoUnits(d: Part[], _l: number, reject: object): AgeNode | object {
  const parts = d as unknown[];
  const [a, b] = parts.filter((x): x is Num => typeof x === "object" && x !== null && !isToken(x) && "v" in x);
  const [ua, ub] = parts.filter((x): x is Token => isToken(x) && x.cats.includes("unit"));
  if (!a || !b || !isAge(a.v) || !Number.isInteger(b.v) || b.v < 1) return reject;
  const sp = spanOf(d);
  const v = inYears(a.v, ua) + inYears(b.v, ub);
  if (inYears(b.v, ub) >= 1) return reject;
  return { type: "age", form: "years-old", items: [{ v, ...sp }], ...sp };
}

export function ageList(d: [Token, Num[], Token | null], _l: number, reject: object): AgeNode | object {
  const [aged, nums, unit] = d;
  if (!nums.every((n) => isAge(n.v))) return reject;
  const sp = spanOf(d as Part[]);
  const items =
    nums.length === 1
      ? [{ v: inYears(nums[0]!.v, unit), s: aged.start, e: sp.e }]
      : nums.map((n) => ({ v: inYears(n.v, unit), s: n.s, e: n.e }));
  return { type: "age", form: "aged", items, ...sp };
}

export function list(d: Array<Num | Num[] | Token | null>): Num[] {
  const out: Num[] = [];
  for (const x of d) {
    if (Array.isArray(x)) out.push(...x);
    else if (x && !isToken(x)) out.push(x);
  }
  return out;
}

/** "Konstantin (42)", "Anna Zuyeva, 35,": the name comes first. */
export function ageAfterName(d: [Span, Token, Num, Token | null], _l: number, reject: object): AgeNode | object {
  const [name, , n, close] = d;
  if (!isAge(n.v) || n.word) return reject;
  const sp = spanOf(name, n, close);
  return {
    type: "age",
    form: "name",
    items: [{ v: n.v, s: name.s, e: close?.cats.includes("rparen") ? close.end : n.e }],
    name,
    ...sp,
  };
}

/**
 * "the driver, 67,", "the victim (19)": a person of the lexicon and the age after it. Whose age it
 * is comes, as for "the 28-year-old", from the names around it (so no name of its own).
 */
export function ageAfterNoun(d: [Token, Token, Num, Token], _l: number, reject: object): AgeNode | object {
  const [noun, , n, close] = d;
  if (!isAge(n.v) || n.word) return reject;
  const sp = spanOf(d);
  return {
    type: "age",
    form: "years-old",
    items: [{ v: n.v, s: noun.start, e: close.cats.includes("rparen") ? close.end : n.e }],
    ...sp,
  };
}

/** "I am 61 and", "he is now 29,", "she turned sixteen during": the age is the number alone. */
export function ageStated(d: Part[], _l: number, reject: object): AgeNode | object {
  const n = (d as unknown[]).find((x): x is Num => typeof x === "object" && x !== null && !isToken(x) && "v" in x);
  // "he was one of …" is no age: a lone "one" is a pronoun.
  if (!n || !isAge(n.v) || (n.word && n.v === 1)) return reject;
  return { type: "age", form: "stated", items: [{ v: n.v, s: n.s, e: n.e }], ...spanOf(d) };
}

/** "no more than 50 years old", "up to the age of 60", "aged over 60": an age with a qualifier. */
export function qualifiedAge(d: Part[], _l: number, reject: object): QuantityNode | object {
  const parts = d as unknown[];
  const q = parts.find(
    (x): x is Token => isToken(x) && (x.cats.includes("qualifier") || x.cats.includes("boundAfter")),
  )!;
  const n = parts.find((x): x is Num => typeof x === "object" && x !== null && !isToken(x) && "v" in x)!;
  if (!isAge(n.v)) return reject;
  const unit = parts.find((x): x is Token => isToken(x) && x.cats.includes("unit"));
  return {
    type: "quantity",
    qualifier: q.info.qualifier!,
    lo: n,
    hi: null,
    age: true,
    unit: unit ? unitRef(unit) : undefined,
    ...spanOf(d),
  };
}

/**
 * "Kinder unter 12 Jahren": people, then a bound in years, is an age limit; the people are not its
 * text. Not "up to": "drohen Deserteuren bis zu zwei Jahre Haft" is a sentence's length.
 */
export function peopleAgeLimit(d: [Token, Token, Num, Token], l: number, reject: object): QuantityNode | object {
  if (d[1].info.qualifier === "at-most") return reject;
  return qualifiedAge(d.slice(1) as Part[], l, reject);
}

/** "aged 18 to 60", "between the ages of 18 and 60", "im Alter von 18 bis 60 Jahren". */
export function ageRange(d: Part[], _l: number, reject: object): QuantityNode | object {
  const parts = d as unknown[];
  const [lo, hi] = parts.filter((x): x is Num => typeof x === "object" && x !== null && !isToken(x) && "v" in x);
  if (!lo || !hi || !isAge(lo.v) || !isAge(hi.v) || lo.v >= hi.v) return reject;
  const unit = parts.find((x): x is Token => isToken(x) && x.cats.includes("unit"));
  return {
    type: "quantity",
    qualifier: "range",
    lo,
    hi,
    age: true,
    unit: unit ? unitRef(unit) : undefined,
    ...spanOf(d),
  };
}

/**
 * "in his 40s", "in her late thirties", "Mitte 40", "in den Vierzigern": an age within a decade,
 * narrowed by a part of it ("early", "Mitte": the lexicon's years into the decade).
 */
export function decadeAge(d: Part[], _l: number, reject: object): QuantityNode | object {
  const parts = d as unknown[];
  const written = parts.find((x): x is Num => typeof x === "object" && x !== null && !isToken(x) && "v" in x);
  const word = parts.find((x): x is Token => isToken(x) && x.cats.includes("decade"));
  const n: Num | undefined = written ?? (word && { v: word.info.n!, scale: 1, word: true, s: word.start, e: word.end });
  if (n === undefined || n.scale !== 1 || n.v < 20 || n.v > 90 || n.v % 10 !== 0) return reject;
  const part = parts.find((x): x is Token => isToken(x) && x.info.decadePart !== undefined)?.info.decadePart ?? [0, 9];
  return {
    type: "quantity",
    qualifier: "range",
    lo: { ...n, v: n.v + part[0] },
    hi: { ...n, v: n.v + part[1] },
    age: true,
    ...spanOf(d),
  };
}

export function name(d: Part[]): Span {
  return spanOf(d);
}

/** A title standing for the source when no name follows: "sagte der Gouverneur" → "Gouverneur". */
export function titleOnly(d: Part[]): Span {
  const last = (d as Token[]).filter((x) => x != null && isToken(x) && x.cats.includes("descriptor")).pop()!;
  return { s: last.start, e: last.end };
}

// -------------------------------------------------------------------------------- dates

const isDay = (t: Num): boolean =>
  !t.word && Number.isInteger(t.v) && t.v >= 1 && t.v <= 31 && t.digits!.text.length <= 2;
const isYear = (t: Num): boolean =>
  !t.word &&
  Number.isInteger(t.v) &&
  t.v >= 1000 &&
  t.v <= 2199 &&
  !t.digits!.num!.grouped &&
  t.digits!.text.length === 4;

/** "September 21", "October 4, 2022", "21. September 2022", "21 September". */
export function dayMonth(day: Num, month: Token, year: Num | null, d: Part[], reject: object): DateNode | object {
  if (!isDay(day) || (year && !isYear(year))) return reject;
  const sp = spanOf(d);
  return { type: "date", day: day.v, month: month.info.month!, year: year?.v, ...sp };
}

export function monthDayYear(
  d: [Token, Num, Token | null, [Token | null, Num] | null],
  _l: number,
  reject: object,
): DateNode | object {
  return dayMonth(d[1], d[0], d[3]?.[1] ?? null, d as Part[], reject);
}

export function dayMonthYear(d: [Num, Token | null, Token, Num | null], _l: number, reject: object): DateNode | object {
  return dayMonth(d[0], d[2], d[3], d as Part[], reject);
}

const DOTTED_DATE = /^(\p{Nd}{1,2})\.(\p{Nd}{1,2})\.(\p{Nd}{4}|\p{Nd}{2})$/u;

/**
 * "21.9.2022", "21.09.22": day, month and year joined by dots, one token to the lexer. No
 * language writes a number so (English reads it as digits grouped wrongly, German as well).
 */
export const isDottedDate = (text: string): boolean => DOTTED_DATE.test(text);

export function dottedDate(d: [Token], _l: number, reject: object): DateNode | object {
  const [t] = d;
  const mt = DOTTED_DATE.exec(t.text);
  if (!mt) return reject;
  const day = Number(mt[1]);
  const month = Number(mt[2]);
  const year = mt[3]!.length === 2 ? 2000 + Number(mt[3]) : Number(mt[3]);
  if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1000 || year > 2199) return reject;
  return { type: "date", day, month, year, s: t.start, e: t.end };
}

/** "2022-09-21": ISO 8601, year, month and day joined by dashes without spaces. */
export function isoDate(d: [Num, Token, Token, Token, Token], _l: number, reject: object): DateNode | object {
  const [y, , m, , dd] = d;
  if (!isYear(y) || m.text.length !== 2 || dd.text.length !== 2) return reject;
  const month = m.num!.value;
  const day = dd.num!.value;
  if (month < 1 || month > 12 || day < 1 || day > 31) return reject;
  return { type: "date", year: y.v, month, day, ...spanOf(d) };
}

/**
 * "31/12/2024", "12/31/2024": a date with slashes, day first or month first, whichever the
 * numbers allow. When both could be the month ("3/4/2024": 3 April in London, 4 March in New
 * York) it is no date at all rather than a guess.
 */
export function slashDate(d: [Token, Token, Token, Token, Token], _l: number, reject: object): DateNode | object {
  const [a, , b, , y] = d;
  const [first, second] = [Number(a.text), Number(b.text)];
  const year = y.text.length === 2 ? 2000 + Number(y.text) : Number(y.text);
  if (!/^\d{1,2}$/u.test(a.text) || !/^\d{1,2}$/u.test(b.text) || !/^(\d{2}|\d{4})$/u.test(y.text)) return reject;
  if (year < 1000 || year > 2199 || (first <= 12 && second <= 12 && first !== second)) return reject;
  const [day, month] = first > 12 ? [first, second] : [second, first];
  if (day < 1 || day > 31 || month < 1 || month > 12) return reject;
  return { type: "date", day, month, year, ...spanOf(d) };
}

/** "March 2022", "im März 2022". */
export function monthYear(d: [Token, Num], _l: number, reject: object): DateNode | object {
  if (!isYear(d[1])) return reject;
  return { type: "date", month: d[0].info.month!, year: d[1].v, ...spanOf(d) };
}

/** "in 2014", "seit 2015": the preposition is not part of the date's text. */
export function prepYear(d: [Token, Num], _l: number, reject: object): DateNode | object {
  if (!isYear(d[1])) return reject;
  return { type: "date", year: d[1].v, s: d[1].s, e: d[1].e };
}

// -------------------------------------------------------------------------- attribution

/** "said Anna Petrova, 35,": an attribution whose source's age follows the name. */
export function attributionWithAge(d: Part[], _l: number, reject: object): AttributionNode | object {
  const [open, n, close] = d[d.length - 1] as unknown as [Token, Num, Token];
  if (!isAge(n.v) || n.word) return reject;
  const node = attribution(d.slice(0, -1), "verb-source");
  const end = close.cats.includes("rparen") ? close.end : n.e;
  return { ...node, age: { v: n.v, s: node.source.s, e: end }, s: Math.min(node.s, open.start), e: close.end };
}

/**
 * "…, said a spokesman", "…, sagte eine Sprecherin": a source named only by what it is, after an
 * indefinite article. Only a say verb that ends the figure's clause takes it (sourceOf checks the
 * comma before): "told a journalist" names whom it was said to.
 */
export function indefiniteAttribution(d: Part[]): AttributionNode {
  // "sagte ein Sprecher der Polizei": whose spokesman, where the text says, is the source.
  const owner = d[4] as Span | undefined;
  return { ...attribution([d[0]!, owner ?? titleOnly(d)], "verb-source"), ...spanOf(d), indefinite: true };
}

export function attribution(d: Part[], form: AttributionNode["form"]): AttributionNode {
  // The source is the last node: a title before it ("Verteidigungsminister") is not its name.
  const source = d.filter((x): x is Span => x != null && !Array.isArray(x) && !isToken(x)).pop()!;
  return { type: "attribution", form, source: { s: source.s, e: source.e }, ...spanOf(d) };
}

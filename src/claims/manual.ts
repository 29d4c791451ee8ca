// Claims written by hand become Claims through the same code the grammar uses: a quantity
// ("more than 200,000", "some 6,500 km") is parsed by extract, a unit ("miles", "Kilometer",
// "$") is looked up in the lexicons, and the qualifier's interval comes from normalise.ts.
import {
  SHARE_PREFIX,
  withoutForecast,
  withoutShare,
  type Claim,
  type ClaimPeriod,
  type ClaimScope,
  type Kind,
  type Qualifier,
} from "../model/claim.js";
import { placeKey } from "../extract/places.js";
import { extract } from "../extract/extract.js";
import {
  availableLanguages,
  canonicalUnits,
  getLexicon,
  getMeasures,
  isPredicateMeasure,
  getUnits,
  lookupUnit,
} from "../language/lexicon.js";
import { didYouMean } from "../base/schema-check.js";
import { formatNumber3 } from "../base/intl.js";
import { intervalOf, tidy, toCanonical } from "../extract/normalise.js";

/** The scope of a hand-added claim: its places, keyed as the grammar keys them. */
function manualScope(raw: RawClaim, lang: string): ClaimScope | null {
  if (raw.place === undefined) return null;
  const lexicon = getLexicon(availableLanguages().includes(lang) ? lang : "en");
  const names = Array.isArray(raw.place) ? raw.place : [raw.place];
  return {
    places: names.map((name) => ({ name, key: placeKey(name, lexicon), role: "in" as const })),
    population: null,
  };
}

/** The period of a hand-added claim: the day or days it gives; without one it is held against every period (quantities.ts). */
function manualPeriod(p: string | { start: string; end: string } | undefined): ClaimPeriod | null {
  if (p === undefined) return null;
  if (typeof p === "string")
    return /^\d{4}-\d{2}-\d{2}$/u.test(p) ? { start: p, end: p, unresolved: null, text: p } : null;
  return { start: p.start, end: p.end, unresolved: null, text: `${p.start} – ${p.end}` };
}

/** A claim as written in a claims file (see schema/claims.schema.json). */
export interface RawClaim {
  id: string;
  kind?: Kind;
  quantity?: string;
  value?: number | string;
  min?: number | string;
  max?: number | string;
  qualifier?: Qualifier | "nearly";
  unit?: string;
  noun?: string;
  measure?: string;
  /** The measure's old name, still read. */
  subject?: string;
  /** Places the figure is about: "München", or a list. */
  place?: string | string[];
  /** The day or days the figure covers: "2024-01-21", or { start, end }. */
  period?: string | { start: string; end: string };
  entity?: string;
  source?: string;
  asOf?: string;
  date?: string;
  article?: string;
  quote?: string;
  note?: string;
}

export interface ManualContext {
  file: string;
  line: number;
  column: number;
  lang: string;
  sourceName: string;
  sourceDate: string | null;
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The grammar's claims for a short text (a quantity, a number, a quote), memoised: claims files
 * repeat the same figures and quotes, and a parse is the costliest step of loading a claim.
 * The claims are shared between callers and never changed.
 */
const parses = new Map<string, Map<string, readonly Claim[]>>();
let parsed = 0;
const MAX_PARSES = 50_000;

function parseShort(text: string, lang: string): readonly Claim[] {
  let byText = parses.get(lang);
  if (byText === undefined) {
    byText = new Map();
    parses.set(lang, byText);
  }
  let found = byText.get(text);
  if (found === undefined) {
    if (parsed >= MAX_PARSES) {
      parses.clear();
      parsed = 0;
      byText = new Map();
      parses.set(lang, byText);
    }
    found = extract({ path: "-", text, lang });
    byText.set(text, found);
    parsed++;
  }
  return found;
}

/** "2022-02-30" matches the pattern but is no date. */
export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A number as people write it: 200000, "200,000", "1.2 million", "300.000" (German). */
function readNumber(v: number | string, lang: string): number | undefined {
  if (typeof v === "number") return v;
  const claims = parseShort(v, lang).filter((c) => c.value !== null);
  return claims.length === 1 && claims[0]!.text.trim() === v.trim() ? claims[0]!.value! : undefined;
}

/** A field that holds a number, read; an error when it holds something else. */
function readField(
  field: string,
  v: number | string | undefined,
  lang: string,
  errors: FieldError[],
): number | undefined {
  if (v === undefined) return undefined;
  const n = readNumber(v, lang);
  if (n === undefined)
    errors.push({
      field,
      message: `"${v}" is not a number: write digits (${field}: 300000), a number as people write it (${field}: "300,000", "1.2 million"), or put the words in quantity: ("more than 200,000")`,
    });
  return n;
}

/** An interval in words: "exactly 300,000", "at most 300,000", "about 300,000 (270,000 to 330,000)". */
export function describeInterval(c: Pick<Claim, "value" | "min" | "max" | "qualifier">): string {
  const n = (x: number | null): string => (x === null ? "?" : formatNumber3(x));
  const v = c.value ?? c.min ?? c.max;
  switch (c.qualifier) {
    case "exact":
      return `exactly ${n(v)}`;
    case "approximate":
      return `about ${n(v)} (${n(c.min)} to ${n(c.max)})`;
    case "more-than":
      return `more than ${n(v)}`;
    case "at-least":
      return `at least ${n(v)}`;
    case "less-than":
      return `less than ${n(v)}`;
    case "at-most":
      return `at most ${n(v)}`;
    default:
      return c.min !== null && c.max !== null
        ? `${n(c.min)} to ${n(c.max)}`
        : c.min !== null
          ? `at least ${n(c.min)}`
          : `at most ${n(c.max)}`;
  }
}

const same = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * A quote that states another interval than the claim ("up to 300,000" for an exact 300,000),
 * read with the same grammar as `quantity`. Only figures that can compare with the claim are
 * looked at (same dimension, or a bare number); when the quote has several such figures, only
 * one sharing a number with the claim is held against it. A warning, not an error: the quote
 * may be context around the figure, and the structured fields are what the author asserts.
 */
function quoteMismatch(quote: string, claim: Claim): FieldError | undefined {
  if (claim.kind === "date") return undefined;
  const comparable = parseShort(quote, claim.lang ?? "en").filter(
    (q) =>
      q.kind !== "date" &&
      (q.kind === "age") === (claim.kind === "age") &&
      (q.dimension === claim.dimension || q.dimension === null || claim.dimension === null),
  );
  if (comparable.length === 0 || comparable.some((q) => same(q.min, claim.min) && same(q.max, claim.max)))
    return undefined;
  const numbers = (c: Claim): number[] => [c.value, c.min, c.max].filter((x): x is number => x !== null);
  const shares = (q: Claim): boolean => numbers(q).some((a) => numbers(claim).some((b) => same(a, b)));
  const q = comparable.find(shares) ?? (comparable.length === 1 ? comparable[0] : undefined);
  if (!q) return undefined;
  return {
    field: "quote",
    message: `the quote says "${q.text}", ${describeInterval(q)}, but the claim says ${describeInterval(claim)}; to claim what the quote says, write quantity: "${q.text}"`,
  };
}

/**
 * Why a measure (or `subject`, its old name) is not one, with a did-you-mean from
 * grammar/lexicon/measures.yaml; undefined when it is one, a fallback measure as extract writes it
 * ("predicate:en:server:repair", "predicate:any:flight:cancel" for a verb the lexicons share; docs/claims.md), "expected:" before one, or none is given.
 */
export function unknownMeasure(measure: string | null | undefined, field = "measure"): string | undefined {
  if (typeof measure !== "string") return undefined;
  const id = withoutShare(withoutForecast(measure));
  // A rate that is a share by nature ("turnout") is its own measure: extract never writes "share:turnout".
  if (id !== withoutForecast(measure) && getMeasures().get(id)?.kinds.includes("percent"))
    return `${field} "${measure}" is no measure: ${id} is a share by nature (did you mean "${measure.replace(SHARE_PREFIX, "")}"?)`;
  if (getMeasures().has(id) || isPredicateMeasure(id)) return undefined;
  const measures = [...getMeasures().keys()];
  return `unknown ${field} "${measure}"${didYouMean(id, measures)}; measures are those of grammar/lexicon/measures.yaml: ${measures.join(", ")}`;
}

/** What a hand-added claim's fields say of its figure, filled in field by field. */
interface Figure {
  kind: Kind | undefined;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  unit: string | null;
  unitText: string | null;
  dimension: string | null;
  date: string | null;
}

export function normaliseManualClaim(
  raw: RawClaim,
  ctx: ManualContext,
): { claim?: Claim; errors: FieldError[]; warnings: FieldError[] } {
  const errors: FieldError[] = [];
  const f: Figure = {
    kind: raw.kind,
    value: null,
    min: null,
    max: null,
    qualifier: "exact",
    unit: null,
    unitText: raw.unit ?? null,
    dimension: null,
    date: raw.date ?? null,
  };
  if (raw.quantity !== undefined) readQuantity(raw.quantity, raw, ctx, f, errors);
  // Plain statements, no tuples to loop over: this runs for every claim of a file, most of the
  // time before V8 has compiled it.
  const read = {
    value: readField("value", raw.value, ctx.lang, errors),
    min: readField("min", raw.min, ctx.lang, errors),
    max: readField("max", raw.max, ctx.lang, errors),
  };
  const convert = raw.unit !== undefined ? readUnit(raw.unit, ctx, f, errors) : (x: number): number => tidy(x);
  readValues(raw, read, convert, f, errors);
  checkKindAndDates(raw, f, errors);
  if (errors.length > 0) return { errors, warnings: [] };
  const claim = claimOf(raw, ctx, f);
  const mismatch = raw.quote !== undefined ? quoteMismatch(raw.quote, claim) : undefined;
  return { errors, warnings: mismatch ? [mismatch] : [], claim };
}

/** The claim a hand-added entry states, once its fields have been read without error. */
function claimOf(raw: RawClaim, ctx: ManualContext, f: Figure): Claim {
  const { value, min, max, qualifier, unit, unitText, dimension, date } = f;
  const figure = raw.value ?? raw.min ?? raw.max ?? raw.date;
  const text =
    raw.quote ??
    raw.quantity ??
    (figure === undefined ? (raw.unit ?? "") : raw.unit === undefined ? String(figure) : `${figure} ${raw.unit}`);
  return {
    id: raw.id,
    article: raw.article ?? null,
    origin: { file: ctx.file, line: ctx.line, column: ctx.column },
    kind: f.kind ?? "number",
    value,
    min,
    max,
    qualifier,
    unit,
    unitText,
    dimension: dimension ?? (unit ? `count:${unit}` : null),
    noun: raw.noun ?? null,
    measure: raw.measure ?? raw.subject ?? null,
    scope: manualScope(raw, ctx.lang),
    period: manualPeriod(raw.period),
    entity: raw.entity ?? null,
    source: raw.source ?? ctx.sourceName,
    inferred: [],
    revision: false,
    asOf: raw.asOf ?? ctx.sourceDate,
    date,
    text: String(text),
    span: null,
    sentence: raw.quote ?? null,
    lang: ctx.lang,
  };
}

/** `quantity:` read with the grammar ("more than 200,000"): its figure, and its kind unless a unit decides. */
function readQuantity(quantity: string, raw: RawClaim, ctx: ManualContext, f: Figure, errors: FieldError[]): void {
  const found = parseShort(quantity, ctx.lang);
  const c = raw.kind === "date" ? found.find((x) => x.kind === "date") : found[0];
  if (!c) {
    errors.push({ field: "quantity", message: `cannot read "${quantity}" as a quantity (language ${ctx.lang})` });
    return;
  }
  ({
    value: f.value,
    min: f.min,
    max: f.max,
    qualifier: f.qualifier,
    unit: f.unit,
    unitText: f.unitText,
    dimension: f.dimension,
    date: f.date,
  } = c);
  // A unit written beside the quantity decides the kind below ("more than 200,000" + unit: people).
  if (raw.unit === undefined) f.kind ??= c.kind;
}

/** `unit:`: the figure's unit, dimension and kind; how a value in it becomes canonical. */
function readUnit(written: string, ctx: ManualContext, f: Figure, errors: FieldError[]): (x: number) => number {
  const u = lookupUnit(written, ctx.lang);
  const misfit = (what: string): void =>
    void errors.push({ field: "unit", message: `unit "${written}" ${what} and does not fit kind "${f.kind}"` });
  if (!u) {
    errors.push({
      field: "unit",
      message: `unknown unit "${written}"; units are written like km, miles, Kilometer, percent, person, year, $, EUR, rubles (canonical: ${canonicalUnits().join(", ")})`,
    });
  } else if (u.currency) {
    f.unit = u.currency;
    f.dimension = `money:${u.currency}`;
    f.kind ??= "money";
    if (f.kind !== "money") misfit("is a currency");
  } else if (u.nounUnit) {
    f.unit = u.nounUnit;
    f.dimension = `count:${u.nounUnit}`;
    f.kind ??= "count";
    if (f.kind !== "count") misfit("counts things");
  } else if (u.unit) {
    const def = getUnits().get(u.unit)!;
    f.unit = def.canonical;
    // The kind of the unit's dimension (units.yaml), as for an extracted figure: "300 MWh" is a measure.
    const fits = f.kind === "age" ? def.dimension === "duration" : !f.kind || def.kind === f.kind;
    f.dimension = f.kind === "age" ? "age" : def.dimension;
    f.kind ??= def.kind;
    if (!fits) misfit(`is a ${def.dimension}`);
    if (f.kind === "age") {
      f.unit = "year";
      return (x) => tidy((x * def.factor) / 365.25);
    }
    const id = def.id;
    return (x) => toCanonical(x, id);
  }
  return (x) => tidy(x);
}

/** `value:` with its qualifier, or `min:` and `max:`, as an interval in the canonical unit. */
function readValues(
  raw: RawClaim,
  read: { value?: number; min?: number; max?: number },
  convert: (x: number) => number,
  f: Figure,
  errors: FieldError[],
): void {
  if (read.value !== undefined) {
    const iv = intervalOf(raw.qualifier ?? "exact", convert(read.value));
    ({ value: f.value, min: f.min, max: f.max } = iv);
    f.qualifier = iv.qualifier;
  } else if (raw.qualifier && raw.qualifier !== "range" && raw.qualifier !== "vague" && raw.quantity === undefined) {
    errors.push({ field: "qualifier", message: `qualifier "${raw.qualifier}" needs a value` });
  }
  if (read.min !== undefined) f.min = convert(read.min);
  if (read.max !== undefined) f.max = convert(read.max);
  if ((read.min !== undefined || read.max !== undefined) && read.value === undefined && raw.quantity === undefined) {
    f.qualifier =
      raw.qualifier === "vague"
        ? "vague"
        : read.min !== undefined && read.max !== undefined
          ? "range"
          : read.min !== undefined
            ? "at-least"
            : "at-most";
  }
  if (f.min !== null && f.max !== null && f.min > f.max)
    errors.push({ field: "min", message: `min (${f.min}) is greater than max (${f.max})` });
}

/** An age is in years, a date is a date that exists, and the measure is one of measures.yaml. */
function checkKindAndDates(raw: RawClaim, f: Figure, errors: FieldError[]): void {
  if (f.kind === "age") {
    f.unit = "year";
    f.dimension = "age";
  }
  if (f.kind === "date" || f.date) {
    f.kind = "date";
    if (!f.date) errors.push({ field: "date", message: "a claim of kind date needs date: YYYY-MM-DD" });
    f.unit = "date";
    f.dimension = "date";
  }
  if (f.date && !isRealDate(f.date)) errors.push({ field: "date", message: `"${f.date}" is not a date that exists` });
  if (raw.asOf && !isRealDate(raw.asOf))
    errors.push({ field: "asOf", message: `"${raw.asOf}" is not a date that exists` });
  const measureField = raw.measure !== undefined ? "measure" : "subject";
  const unknown = unknownMeasure(raw.measure ?? raw.subject, measureField);
  if (unknown) errors.push({ field: measureField, message: unknown });
}

// Normalisation: from a parsed quantity to a claim's kind, interval and canonical unit.
// The units' factors and kinds live in grammar/lexicon/units.yaml; the qualifier intervals are below,
// and docs/claims.md documents both.
import type { Kind, Qualifier } from "../model/claim.js";
import type { QuantityNode } from "./grammar-support.js";
import { getUnits, type QualifierName } from "../language/lexicon.js";

/** The interval each qualifier allows around the stated figure v, as [min × v, max × v]. */
const INTERVALS: Record<QualifierName, { qualifier: Qualifier; min: number | null; max: number | null }> = {
  exact: { qualifier: "exact", min: 1, max: 1 },
  approximate: { qualifier: "approximate", min: 0.9, max: 1.1 },
  nearly: { qualifier: "approximate", min: 0.9, max: 1 },
  "more-than": { qualifier: "more-than", min: 1, max: null },
  "at-least": { qualifier: "at-least", min: 1, max: null },
  "less-than": { qualifier: "less-than", min: null, max: 1 },
  "at-most": { qualifier: "at-most", min: null, max: 1 },
};

/** Rounds away binary noise (6.5 × 1.609344) without losing real precision. */
export const tidy = (x: number): number =>
  // Whole numbers carry no noise; most figures are whole, and toPrecision costs a string.
  Number.isSafeInteger(x) && Math.abs(x) < 1e12 ? x : Number(x.toPrecision(12));

export interface Normalised {
  kind: Kind;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  unit: string | null;
  unitText: string | null;
  dimension: string | null;
}

/** Converts a value written in unit `id` to its dimension's canonical unit. */
export function toCanonical(value: number, id: string): number {
  const u = getUnits().get(id);
  if (!u) throw new Error(`unknown unit "${id}"`);
  return tidy(value * u.factor + u.offset);
}

/** The interval a qualifier allows around a figure already in the canonical unit. */
export function intervalOf(
  q: QualifierName | Qualifier,
  v: number,
): { qualifier: Qualifier; value: number; min: number | null; max: number | null } {
  const rule = (INTERVALS as Record<string, (typeof INTERVALS)[QualifierName]>)[q] ?? INTERVALS.exact;
  const bound = (f: number | null): number | null => (f === null ? null : tidy(v * f));
  return { qualifier: rule.qualifier, value: v, min: bound(rule.min), max: bound(rule.max) };
}

/** A quantity's kind, canonical unit and dimension (before any rate), and how to convert its figures to that unit. */
function unitOfQuantity(q: QuantityNode): {
  kind: Kind;
  unit: string | null;
  dimension: string | null;
  convert: (x: number) => number;
} {
  let kind: Kind = "number";
  let unit: string | null = null;
  let dimension: string | null = null;
  let convert = (x: number): number => tidy(x);
  if (q.age) {
    kind = "age";
    unit = "year";
    dimension = "age";
  } else if (q.unit?.currency) {
    kind = "money";
    unit = q.unit.currency;
    dimension = `money:${unit}`;
    const factor = q.unit.currencyFactor;
    if (factor !== undefined) convert = (x) => tidy(x * factor);
  } else if (q.unit?.unit) {
    const u = getUnits().get(q.unit.unit)!;
    kind = u.kind;
    unit = u.canonical;
    dimension = u.dimension;
    const id = u.id;
    convert = (x) => toCanonical(x, id);
  } else if (q.fraction !== undefined) {
    kind = "percent";
    unit = "percent";
    dimension = "percent";
  }
  return { kind, unit, dimension, convert };
}

export function normaliseQuantity(q: QuantityNode): Normalised {
  const measure = unitOfQuantity(q);
  const { kind, convert } = measure;
  let { unit, dimension } = measure;
  // A rate is per something: "USD/day", dimension "money:USD/day"; a bare number per 100,000 is "/100000".
  if (q.per) {
    unit = `${unit ?? ""}/${q.per.of}`;
    dimension = `${dimension ?? "number"}/${q.per.of}`;
  }
  const unitText = q.unit?.text ?? null;
  // Literal objects of one shape, not spreads: this runs for every figure, and spreading objects
  // of several shapes falls to V8's slow path (a few µs each).
  if (q.qualifier === "range") {
    return {
      kind,
      value: null,
      min: convert(q.lo!.v),
      max: convert(q.hi!.v),
      qualifier: "range",
      unit,
      unitText,
      dimension,
    };
  }
  if (q.qualifier === "vague") {
    return {
      kind,
      value: null,
      min: convert(q.vague![0]),
      max: convert(q.vague![1]),
      qualifier: "vague",
      unit,
      unitText,
      dimension,
    };
  }
  const v = q.lo!.v;
  const rule = INTERVALS[q.qualifier];
  const bound = (f: number | null): number | null => (f === null ? null : convert(v * f));
  return {
    kind,
    value: convert(v),
    min: bound(rule.min),
    max: bound(rule.max),
    qualifier: rule.qualifier,
    unit,
    unitText,
    dimension,
  };
}

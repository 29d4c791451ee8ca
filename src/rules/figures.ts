// Comparing figures: a claim is an interval; two figures agree when their intervals meet
// within a tolerance; how far apart they are is a ratio. Also how a figure reads in a message.
import type { Claim } from "../model/claim.js";

/** Kinds whose figures cannot be negative: an open lower bound is 0, not −∞. */
const NON_NEGATIVE = new Set(["count", "percent", "age", "duration", "money", "number"]);

export interface Interval {
  lo: number;
  hi: number;
}

export function intervalOf(c: Claim): Interval {
  const floor = NON_NEGATIVE.has(c.kind) ? 0 : -Infinity;
  // min and max are null exactly where the wording leaves the interval open ("up to", "more than").
  return { lo: c.min ?? floor, hi: c.max ?? Infinity };
}

/** Do the intervals meet, each widened by the relative tolerance? */
export function meet(a: Interval, b: Interval, tolerance: number): boolean {
  const widen = (x: Interval): Interval => ({
    lo: x.lo - Math.abs(x.lo) * tolerance,
    hi: x.hi + Math.abs(x.hi) * tolerance,
  });
  const A = widen(a);
  const B = widen(b);
  return A.lo <= B.hi && B.lo <= A.hi;
}

/** One number standing for the claim: its value, else the middle of its interval. */
export function representative(c: Claim): number | null {
  if (c.value !== null) return c.value;
  if (c.min !== null && c.max !== null) return c.min > 0 ? Math.sqrt(c.min * c.max) : (c.min + c.max) / 2;
  return c.min ?? c.max;
}

/** How many times larger the larger figure is (≥ 1), or null when it cannot be said. */
export function ratio(a: Claim, b: Claim): number | null {
  const x = representative(a);
  const y = representative(b);
  if (x === null || y === null || x <= 0 || y <= 0) return null;
  return Math.max(x, y) / Math.min(x, y);
}

/** A key that is equal for claims stating the same figure the same way. */
export function figureKey(c: Claim): string {
  return `${c.qualifier}|${c.value}|${c.min}|${c.max}`;
}

export const formatRatio = (r: number): string => `${r.toFixed(r < 10 ? 1 : 0)}×`;

/**
 * How two figures relate, in words every figure rule uses: how far apart the values are and
 * whether their intervals overlap, so that "4.0× apart" is never read as a contradiction when
 * "up to 1,200,000" contains 300,000.
 */
export function relation(a: Claim, b: Claim, tolerance: number): string {
  const r = ratio(a, b);
  const A = intervalOf(a);
  const B = intervalOf(b);
  // In an editor's words, not a programmer's: what the wordings allow, not "intervals".
  const how =
    A.lo <= B.hi && B.lo <= A.hi
      ? "yet one figure could fit both wordings"
      : meet(A, B, tolerance)
        ? `within the ${Math.round(tolerance * 100)}% allowed for rounding`
        : "no figure fits both wordings";
  return r === null ? how : `one is ${formatRatio(r)} the other (${how})`;
}

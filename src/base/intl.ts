// Cached Intl objects. Number.prototype.toLocaleString and String.prototype.localeCompare build
// a formatter or collator on every call (tens of microseconds each); these give the same results
// from one instance, which matters when a report formats a million figures.

// Made when first asked for: building it loads ICU's number data, which most runs never need.
// (Intl's default of at most 3 decimals is formatNumber3's too: one formatter serves both.)
let enUSFormat: Intl.NumberFormat | undefined;
function enUS(x: number): string {
  if (!enUSFormat) enUSFormat = new Intl.NumberFormat("en-US");
  return enUSFormat.format(x);
}

/**
 * A whole number as en-US writes it ("-1,234,567"), by hand: even a cached formatter took a
 * tenth of the reports' time at 10,000 articles, and nearly every figure is whole. Anything else
 * (fractions, -0, beyond 2^53) goes to Intl.
 */
function grouped(x: number, intl: (x: number) => string): string {
  if (!Number.isSafeInteger(x) || Object.is(x, -0)) return intl(x);
  const digits = String(x < 0 ? -x : x);
  let out = digits.length % 3 || 3;
  let s = digits.slice(0, out);
  for (; out < digits.length; out += 3) s += `,${digits.slice(out, out + 3)}`;
  return x < 0 ? `-${s}` : s;
}

/** The same as `x.toLocaleString("en-US")`. */
export const formatNumber = (x: number): string => grouped(x, enUS);

/** The same as `x.toLocaleString("en-US", { maximumFractionDigits: 3 })`. */
export const formatNumber3 = formatNumber;

let collator: Intl.Collator | undefined;
/** The same as `a.localeCompare(b)`. */
export function compareText(a: string, b: string): number {
  if (!collator) collator = new Intl.Collator();
  return collator.compare(a, b);
}

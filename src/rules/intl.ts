// Cached Intl objects. Number.prototype.toLocaleString and String.prototype.localeCompare build
// a formatter or collator on every call (tens of microseconds each); these give the same results
// from one instance, which matters when a report formats a million figures.

/** The same as `x.toLocaleString("en-US")`. */
export const formatNumber: (x: number) => string = new Intl.NumberFormat("en-US").format;

/** The same as `x.toLocaleString("en-US", { maximumFractionDigits: 3 })`. */
export const formatNumber3: (x: number) => string = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 }).format;

/** The same as `a.localeCompare(b)`. */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;

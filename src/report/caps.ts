// How much of a large result the reports for people and for code-review tools show. findings.json
// keeps every finding (nothing is lost); findings.md, index.md and the SARIF log show the most
// severe ones up to a cap and say how many more there are, so that a corpus of 100,000 files or
// an article with thousands of figures cannot make gigabytes of Markdown or SARIF.
import type { Finding, Severity } from "../rules/types.js";
import { count, plural } from "./words.js";

/** Findings given a section of their own in findings.md (and listed in index.md). */
export const MAX_MARKDOWN_FINDINGS = 2000;
/** SARIF results: GitHub code scanning shows at most 5,000 of a run. */
export const MAX_SARIF_RESULTS = 5000;
/** Related locations in the whole SARIF log (each result keeps its own place, and up to MAX_RELATED_LOCATIONS while these last). */
export const MAX_SARIF_LOCATIONS = 100_000;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings shown when at most `max` are: open before accepted, the most severe first, then in report order. */
export function shownFindings(findings: readonly Finding[], max: number): Set<Finding> {
  if (findings.length <= max) return new Set(findings);
  const order = findings.map((f, i) => ({ f, i, rank: (f.accepted ? 3 : 0) + RANK[f.severity] }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return new Set(order.slice(0, max).map((x) => x.f));
}

/** "and 1,234 more (12 errors, 1,222 warnings)": what a capped list leaves out. */
export function andMore(left: readonly Finding[]): string {
  const by = (["error", "warning", "info"] as const)
    .map((s) => [s, left.filter((f) => f.severity === s).length] as const)
    .filter(([, k]) => k > 0)
    .map(([s, k]) => (s === "info" ? `${count(k)} info` : plural(k, s, count(k))));
  return `and ${plural(left.length, "more finding", count(left.length))} (${by.join(", ")})`;
}

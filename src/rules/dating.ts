// Dating an undated article by what it shares with dated ones. "On Sunday" in an article without
// a date may be any Sunday; but when the article gives a figure that a dated article gives too,
// for the same measure and place, on a stated day ("rund 70.000 in Köln am Sonntag" beside a
// dated "70,000 in Cologne on Sunday, 21 January"), its Sunday is that day, and every other
// weekday and weekend it names can be resolved from there. An article with no such figure takes
// the date of a dated copy or translation, or the day its copies were dated from. Figures dated
// this way say so: the finding is lowered to info and names the period as inferred.
import { dayOf, isoOf, lastWeekday, weekdayOf, weekendSunday } from "../base/days.js";
import type { Claim, ClaimPeriod } from "../model/claim.js";
import type { ClaimStore } from "../claims/store.js";
import { comparisonKey } from "../claims/store.js";
import type { ArticleClusters } from "./clusters.js";

const isDay = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/u.test(s);

/** The day an unresolved period would resolve to, were the article dated `reference` (as src/extract/period.ts resolves it). */
export function resolveAt(unresolved: string, reference: number, text: string): ClaimPeriod | null {
  const weekday = /^weekday:(\d)$/u.exec(unresolved);
  if (weekday) {
    const d = lastWeekday(reference, Number(weekday[1]), false);
    return { start: isoOf(d), end: isoOf(d), unresolved: null, text };
  }
  const weekend = /^weekend(-1)?$/u.exec(unresolved);
  if (weekend) {
    const sunday = weekendSunday(reference, weekend[1] ? 1 : 0);
    return { start: isoOf(sunday - 2), end: isoOf(sunday), unresolved: null, text };
  }
  return null;
}

/** The latest reference day at which an unresolved period names the stated period, or null. */
function anchorOf(unresolved: string, p: ClaimPeriod): number | null {
  if (!isDay(p.start) || !isDay(p.end)) return null;
  const start = dayOf(p.start);
  const end = dayOf(p.end);
  const weekday = /^weekday:(\d)$/u.exec(unresolved);
  if (weekday) return start === end && weekdayOf(start) === Number(weekday[1]) ? end : null;
  const weekend = /^weekend(-1)?$/u.exec(unresolved);
  // A weekend is Friday or Saturday to Sunday.
  if (weekend && weekdayOf(end) === 7 && end - start <= 2 && end > start) return end + (weekend[1] ? 7 : 0);
  return null;
}

const placeKeys = (c: Claim): string[] => (c.scope?.places ?? []).map((p) => p.key);
/** Places agree when one figure names none, or both name one in common. */
const placesAgree = (a: Claim, b: Claim): boolean => {
  const x = placeKeys(a);
  const y = placeKeys(b);
  return x.length === 0 || y.length === 0 || x.some((k) => y.includes(k));
};

/**
 * The reference day, from the anchored day to six days after it, that keeps the anchored day
 * where it is and puts the article's other weekdays and weekends closest together: an article
 * that gives Sunday's figure and "by Monday" another was written on the Monday after, not a week
 * before; one that gives Sunday's and Saturday's, on the Sunday.
 */
function closestWeek(anchor: number, claims: readonly Claim[]): number {
  let best = anchor;
  let bestSpan = Infinity;
  for (let r = anchor; r <= anchor + 6; r++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of claims) {
      const p = resolveAt(c.period!.unresolved!, r, "");
      if (!p) continue;
      lo = Math.min(lo, dayOf(p.start!));
      hi = Math.max(hi, dayOf(p.end!));
    }
    // The anchor must still resolve to itself: some mention ends on it.
    const keeps = claims.some((c) => resolveAt(c.period!.unresolved!, r, "")?.end === isoOf(anchor));
    if (keeps && hi - lo < bestSpan) {
      best = r;
      bestSpan = hi - lo;
    }
  }
  return best;
}

const memo = new WeakMap<ClaimStore, Map<string, number>>();

/**
 * The reference day of every undated article that can be dated: by its figures that dated
 * articles give for a stated day (the latest such day, where they agree), else by its copies.
 */
export function referenceDays(store: ClaimStore, clusters: ArticleClusters): Map<string, number> {
  const known = memo.get(store);
  if (known) return known;
  const dated = new Map<string, Claim[]>();
  const undated = new Map<string, Claim[]>();
  for (const c of store.claims) {
    if (!c.article || c.measure === null || c.measure === undefined) continue;
    if (isDay(c.asOf)) {
      if (!c.period?.start) continue;
      const k = `${comparisonKey(c)}|${c.measure}|${c.min}|${c.max}`;
      (dated.get(k) ?? dated.set(k, []).get(k)!).push(c);
    } else {
      const list = undated.get(c.article) ?? undated.set(c.article, []).get(c.article)!;
      if (c.period?.unresolved) list.push(c);
    }
  }
  const out = new Map<string, number>();
  for (const [article, claims] of undated) {
    const votes = new Map<number, number>();
    for (const c of claims) {
      for (const d of dated.get(`${comparisonKey(c)}|${c.measure}|${c.min}|${c.max}`) ?? []) {
        if (!placesAgree(c, d)) continue;
        const at = anchorOf(c.period!.unresolved!, d.period!);
        if (at !== null) votes.set(at, (votes.get(at) ?? 0) + 1);
      }
    }
    // The day most figures agree on; a tie is no evidence.
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]))
      out.set(article, closestWeek(ranked[0]![0], claims));
  }
  // An article that cannot be dated by its own figures takes its copies' day: a dated copy's
  // date, else the day an undated copy was dated by.
  const byCluster = new Map<string, number>();
  const articleDates = new Map<string, string>();
  for (const c of store.claims) if (c.article && isDay(c.asOf)) articleDates.set(c.article, c.asOf);
  for (const cluster of clusters.clusters) {
    const days = cluster
      .map((a) => (articleDates.has(a) ? dayOf(articleDates.get(a)!) : out.get(a)))
      .filter((d): d is number => d !== undefined);
    if (days.length > 0) byCluster.set(clusters.clusterOf(cluster[0]!), Math.min(...days));
  }
  for (const [article] of undated) {
    if (out.has(article)) continue;
    const day = byCluster.get(clusters.clusterOf(article));
    if (day !== undefined) out.set(article, day);
  }
  memo.set(store, out);
  return out;
}

/** The day an undated article's figures stand as of, where it can be dated. */
export function estimatedDate(c: Claim, days: ReadonlyMap<string, number>): string | null {
  const day = c.article ? days.get(c.article) : undefined;
  return day === undefined ? null : isoOf(day);
}

/** A claim's period, with an undated article's weekday or weekend resolved where it can be dated. */
export function effectivePeriod(
  c: Claim,
  days: ReadonlyMap<string, number>,
): { period: ClaimPeriod | null; inferred: boolean } {
  const p = c.period ?? null;
  if (!p?.unresolved || !c.article) return { period: p, inferred: false };
  const day = days.get(c.article);
  if (day === undefined) return { period: p, inferred: false };
  const resolved = resolveAt(p.unresolved, day, p.text);
  return resolved ? { period: resolved, inferred: true } : { period: p, inferred: false };
}

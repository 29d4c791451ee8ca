// Dating an undated article by what it shares with dated ones. "On Sunday" in an article without
// a date may be any Sunday; but when the article gives a figure that a dated article gives too,
// for the same measure and place, on a stated day ("rund 70.000 in Köln am Sonntag" beside a
// dated "70,000 in Cologne on Sunday, 21 January"), its Sunday is that day, and every other
// weekday and weekend it names can be resolved from there. Where it shares none, a running count
// it gives for a weekday may fit only one week among the dated figures of that count ("93 on
// Saturday" after Friday's 55 and before Tuesday's 99). An article with no such figure takes
// the date of a dated copy or translation, or the day its copies were dated from. Figures dated
// this way say so: the finding is lowered to info and names the period as inferred.
import { dayOf, isoOf, lastWeekday, weekdayOf, weekendSunday } from "../base/days.js";
import type { Claim, ClaimPeriod } from "../model/claim.js";
import type { ClaimStore } from "../claims/store.js";
import { comparisonKey } from "../claims/store.js";
import { getMeasures } from "../language/lexicon.js";
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

/** A dated figure of a running count: the days it may stand as of, and its bounds. */
interface RunningPoint {
  claim: Claim;
  start: number;
  end: number;
}

/** A figure of a running count from a dated article, by its period, else as of its article's day or the day before. */
function runningPoint(c: Claim): RunningPoint | null {
  const def = getMeasures().get(c.measure ?? "");
  if (!def?.cumulative || def.daily || !isDay(c.asOf) || c.revision) return null;
  if (c.period) {
    if (!isDay(c.period.start) || !isDay(c.period.end)) return null;
    return { claim: c, start: dayOf(c.period.start), end: dayOf(c.period.end) };
  }
  // A figure a report gives with no time of its own stood when it was written: that day or, as
  // news runs behind, the day before.
  const day = dayOf(c.asOf);
  return { claim: c, start: day - 1, end: day };
}

/**
 * The one day with the figure's weekday at which a running count could have stood at it: every
 * dated figure of the count before that day no higher, every one after it no lower, with figures
 * on both sides. "93 on Saturday" between Friday's 55 and Tuesday's 99 is that Saturday; a figure
 * two or more weekdays would fit, or none, is left undated.
 */
function fitInRunningCount(c: Claim, points: readonly RunningPoint[]): number | null {
  const weekday = /^weekday:(\d)$/u.exec(c.period?.unresolved ?? "");
  const near = points.filter((p) => placesAgree(c, p.claim));
  if (!weekday || c.min === null || near.length === 0) return null;
  const high = c.max ?? Infinity;
  const first = Math.min(...near.map((p) => p.start));
  const last = Math.max(...near.map((p) => p.end));
  const fits: number[] = [];
  for (let day = lastWeekday(last, Number(weekday[1]), false); day > first; day -= 7) {
    const before = near.filter((p) => p.end < day);
    const after = near.filter((p) => p.start > day);
    if (before.length === 0 || after.length === 0) continue;
    const rises =
      before.every((p) => p.claim.min === null || p.claim.min <= high) &&
      after.every((p) => p.claim.max === null || p.claim.max >= c.min!);
    if (rises) fits.push(day);
  }
  return fits.length === 1 ? fits[0]! : null;
}

const memo = new WeakMap<ClaimStore, Map<string, number>>();
/** Articles dated only by where their running counts fit (or by copies so dated). */
const looselyDated = new WeakMap<ClaimStore, Set<string>>();
/**
 * Undated articles that are copies of a dated one, by the days map: their figures with no time of
 * their own stand as of that date. An article dated by where its figures fit knows its week, not
 * when it was written (a feature retells a week after it), so such figures keep no date.
 */
const copiesOfDated = new WeakMap<ReadonlyMap<string, number>, Set<string>>();

/**
 * The reference day of every undated article that can be dated: by its figures that dated
 * articles give for a stated day (the latest such day, where they agree), else by its copies.
 */
export function referenceDays(store: ClaimStore, clusters: ArticleClusters): Map<string, number> {
  const known = memo.get(store);
  if (known) return known;
  const dated = new Map<string, Claim[]>();
  const running = new Map<string, RunningPoint[]>();
  const undated = new Map<string, Claim[]>();
  for (const c of store.claims) {
    if (!c.article || c.measure === null || c.measure === undefined) continue;
    if (isDay(c.asOf)) {
      const point = runningPoint(c);
      if (point) push(running, `${comparisonKey(c)}|${c.measure}`, point);
      if (c.period?.start) push(dated, `${comparisonKey(c)}|${c.measure}|${c.min}|${c.max}`, c);
    } else {
      const list = undated.get(c.article) ?? undated.set(c.article, []).get(c.article)!;
      if (c.period?.unresolved) list.push(c);
    }
  }
  const out = new Map<string, number>();
  const loose = new Set<string>();
  for (const [article, claims] of undated) {
    const byFigures = dayByFigures(claims, dated);
    const day = byFigures ?? dayByRunningCounts(claims, running);
    if (day !== null) out.set(article, closestWeek(day, claims));
    if (byFigures === null && day !== null) loose.add(article);
  }
  const copies = datedByCopies(store, clusters, undated, out, loose);
  memo.set(store, out);
  looselyDated.set(store, loose);
  copiesOfDated.set(out, copies);
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The day most of an article's figures anchor to; a tie is no evidence. */
function mostVoted(votes: ReadonlyMap<number, number>): number | null {
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

/** The day an undated article's figures name, by the same figures dated articles give for a stated day. */
function dayByFigures(claims: readonly Claim[], dated: ReadonlyMap<string, Claim[]>): number | null {
  const votes = new Map<number, number>();
  for (const c of claims) {
    for (const d of dated.get(`${comparisonKey(c)}|${c.measure}|${c.min}|${c.max}`) ?? []) {
      if (!placesAgree(c, d)) continue;
      const at = anchorOf(c.period!.unresolved!, d.period!);
      if (at !== null) votes.set(at, (votes.get(at) ?? 0) + 1);
    }
  }
  return mostVoted(votes);
}

/** The day an undated article's weekdays name, by where its running counts fit among dated ones. */
function dayByRunningCounts(claims: readonly Claim[], running: ReadonlyMap<string, RunningPoint[]>): number | null {
  const votes = new Map<number, number>();
  for (const c of claims) {
    const at = fitInRunningCount(c, running.get(`${comparisonKey(c)}|${c.measure}`) ?? []);
    if (at !== null) votes.set(at, (votes.get(at) ?? 0) + 1);
  }
  return mostVoted(votes);
}

/**
 * An article that cannot be dated by its own figures takes its copies' day: a dated copy's date,
 * else the day an undated copy was dated by.
 */
function datedByCopies(
  store: ClaimStore,
  clusters: ArticleClusters,
  undated: ReadonlyMap<string, Claim[]>,
  out: Map<string, number>,
  loose: Set<string>,
): Set<string> {
  const copies = new Set<string>();
  const byCluster = new Map<string, { day: number; loose: boolean; ofDated: boolean }>();
  const articleDates = new Map<string, string>();
  for (const c of store.claims) if (c.article && isDay(c.asOf)) articleDates.set(c.article, c.asOf);
  for (const cluster of clusters.clusters) {
    const days = cluster
      .map((a) => (articleDates.has(a) ? dayOf(articleDates.get(a)!) : out.get(a)))
      .filter((d): d is number => d !== undefined);
    if (days.length === 0) continue;
    const ofDated = cluster.some((a) => articleDates.has(a));
    const firm = ofDated || cluster.some((a) => out.has(a) && !loose.has(a));
    byCluster.set(clusters.clusterOf(cluster[0]!), { day: Math.min(...days), loose: !firm, ofDated });
  }
  for (const [article] of undated) {
    if (out.has(article)) continue;
    const dated = byCluster.get(clusters.clusterOf(article));
    if (dated === undefined) continue;
    out.set(article, dated.day);
    if (dated.loose) loose.add(article);
    if (dated.ofDated) copies.add(article);
  }
  return copies;
}

/**
 * Whether an article has a date, of its own or from a figure a dated article gives for the same
 * day, or from a copy so dated; not one inferred only from where its running counts fit.
 */
export function firmlyDatedArticles(store: ClaimStore, clusters: ArticleClusters): (article: string) => boolean {
  const days = referenceDays(store, clusters);
  const loose = looselyDated.get(store)!;
  return (article) => days.has(article) && !loose.has(article);
}

/** The day an undated article's figures with no time of their own stand as of: a dated copy's. */
export function estimatedDate(c: Claim, days: ReadonlyMap<string, number>): string | null {
  const day = c.article && copiesOfDated.get(days)?.has(c.article) ? days.get(c.article) : undefined;
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

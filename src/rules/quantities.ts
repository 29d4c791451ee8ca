// Same quantity or not. Figures are compared only when their frames agree: the same measure and
// kind of unit (the store's comparison key), the same place with the same role (for movements:
// into Georgia is not out of Russia), the same population where both name one, and periods that
// overlap. Each group of figures that measure one quantity is judged once, as a whole: one
// finding per quantity, never one per pair (docs/claims.md, "How figures are keyed").
//
// A figure that lacks a key (no place, no period) joins the one group it could belong to, and the
// finding says which key was missing and is lowered to info; where it could belong to several,
// it is compared only with figures that lack the same key.
import { pushAll } from "../base/arrays.js";
import { dayOf, isoOf } from "../base/days.js";
import {
  CHANGE_PREFIX,
  EARLIER_PERIOD,
  NEW_STATUS,
  PART_POPULATION,
  SHARE_PREFIX,
  type Claim,
  type ClaimPeriod,
  type FrameKey,
  type ScopePlace,
  withoutForecast,
} from "../model/claim.js";
import { type ClaimStore, comparisonKey } from "../claims/store.js";
import { availableLanguages, getMeasures, isPredicateMeasure, readLexiconFile } from "../language/lexicon.js";
import { byFigure } from "./helpers.js";
import type { Interval } from "./figures.js";
import { sourceKey } from "./sources.js";
import { compareText } from "../base/intl.js";
import type { ArticleClusters } from "./clusters.js";
import { effectivePeriod, estimatedDate, firmlyDatedArticles, referenceDays } from "./dating.js";

export interface QuantityGroup {
  /** measure | kind of unit | place | period: stable, for fingerprints and order. */
  key: string;
  measure: string;
  dimension: string;
  place: ScopePlace | null;
  /** The status its figures share where the story splits their measure by it ("suspected", "new+suspected"), else null. */
  status: string | null;
  period: ClaimPeriod | null;
  claims: Claim[];
  /** Frame keys some of the claims lack: they joined the group without them. */
  missing: FrameKey[];
}

/** The place a figure is compared by: its first; for a movement, its first with a direction. */
function placeOf(c: Claim, movement: boolean): ScopePlace | null {
  const places = c.scope?.places ?? [];
  if (movement) {
    const directed = places.find((p) => p.role === "into" || p.role === "from");
    if (directed) return directed;
    // "arrivals in Norland" came into it.
    const into =
      getMeasures().get(c.measure ?? "")?.direction === "into" ? places.find((p) => p.role === "in") : undefined;
    return into ? { ...into, role: "into" } : null;
  }
  return places[0] ?? null;
}

/** The place key figures are grouped by; "nationwide" is `nation`, the country a story is in. */
function placeGroupKey(p: ScopePlace, movement: boolean, nation: string): string {
  const key = p.role === "nationwide" ? nation : p.key;
  return movement ? `${p.role}:${key}` : key;
}

/** The country "nationwide" stands for: the one country the figures of a measure name, else none. */
function nationOf(claims: readonly Claim[]): string {
  const countries = new Set(
    claims.flatMap((c) => (c.scope?.places ?? []).filter((p) => p.key.startsWith("country:")).map((p) => p.key)),
  );
  return countries.size === 1 ? [...countries][0]! : "nationwide";
}

/** The measure figures are compared by: arrivals into a place and departures into it are one movement. */
function comparedMeasure(c: Claim): { measure: string; movement: boolean } {
  const measure = c.measure!;
  const def = getMeasures().get(measure);
  const directed = (p: ScopePlace): boolean =>
    p.role === "into" || p.role === "from" || (def?.direction === "into" && p.role === "in");
  if (def?.movement && (c.scope?.places ?? []).some(directed)) return { measure: "movement", movement: true };
  return { measure, movement: false };
}

/** Figures that state no period are compared across articles dated within this many days. */
const AS_OF_WINDOW_DAYS = 3;
const dayBefore = (iso: string): string => isoOf(dayOf(iso) - 1);

/** Figures as of their dates, in windows of a few days (or one) from the first of each: [window, figure]. */
function asOfWindows(claims: Claim[], asOf: (c: Claim) => string, days = AS_OF_WINDOW_DAYS): Array<[string, Claim]> {
  claims.sort((a, b) => compareText(asOf(a), asOf(b)));
  const out: Array<[string, Claim]> = [];
  let windowEnd = "";
  let windowKey = "";
  for (const c of claims) {
    if (asOf(c) > windowEnd) {
      windowKey = `as of ${asOf(c)}`;
      windowEnd = isoOf(dayOf(asOf(c)) + days - 1);
    }
    out.push([windowKey, c]);
  }
  return out;
}

/**
 * The periods figures are grouped by. A stated period is its days: two figures meet when they
 * give the same days (a day's count is not the weekend's). A period that cannot be resolved
 * ("on Sunday" in an article without a date) may be any week: it meets only the same words in
 * the same article or its copies. A figure that states no period joins the one stated period
 * holding its article's date (or the day before: the count it could report), or in an article
 * without a date the one period its article gives; else it is compared with the figures that state
 * none in articles of the same few days (or, without a date, of the same article and its copies).
 * Either way the finding says the date is missing and is lowered to info.
 */
/**
 * The one stated period holding a date, else the one holding the day before (the count it could
 * report: Sunday's paper on Saturday's march). A running count, and a state counted day by day,
 * stand as of their article's date ("300 have been injured", "31 remain in hospital"): a day
 * before is an earlier point of them, not the same count.
 */
function periodHolding<G extends { period: ClaimPeriod | null }>(
  stated: readonly G[],
  date: string,
  asOfItsDate: boolean,
): G | undefined {
  const holding = (d: string): G[] => stated.filter((g) => g.period!.start! <= d && d <= g.period!.end!);
  const on = holding(date);
  const before = asOfItsDate ? [] : holding(dayBefore(date));
  return on.length === 1 ? on[0] : on.length === 0 && before.length === 1 ? before[0] : undefined;
}

const periodWords = new Map<string, readonly string[]>();
/** The words of the lexicon's frame.since, frame.last or frame.now in a claim's language. */
function periodWordsOf(c: Claim, words: "since" | "last" | "now" | "already" | "until"): readonly string[] {
  const lang = c.lang ?? "en";
  let list = periodWords.get(`${lang}:${words}`);
  if (!list) {
    list = availableLanguages().includes(lang) ? (readLexiconFile(lang).frame[words] ?? []) : [];
    periodWords.set(`${lang}:${words}`, list);
  }
  return list;
}
/** Whether a figure's period opens with a word of the lexicon's frame.since or frame.last. */
function periodOpensWith(c: Claim, words: "since" | "last" | "until"): boolean {
  const first = c.period?.text.split(/\s+/u)[0]?.toLowerCase() ?? "";
  return periodWordsOf(c, words).includes(first);
}
/** Whether a figure's period is the article's present, in words of frame.now ("so far", "bislang", "currently"). */
const saysNow = (c: Claim): boolean =>
  [...periodWordsOf(c, "now"), ...periodWordsOf(c, "already")].includes(c.period?.text.toLowerCase() ?? "");
/** Whether a figure's period is stated from a day on ("since Monday", "seit Montag"). */
const saysSince = (c: Claim): boolean => periodOpensWith(c, "since");
/** Whether a figure is the count up to a day ("by Tuesday", "bis Dienstag"). */
const saysUntil = (c: Claim): boolean => periodOpensWith(c, "until");
/** Whether a figure's period is a window up to the article's day ("in the past 24 hours", "in der vergangenen Woche"). */
const saysWindow = (c: Claim): boolean => periodOpensWith(c, "last");

/**
 * The stated period a figure is grouped by, and its group's key: its own, but a figure since a day
 * or "so far" stands as of the end of it, whatever it measures: its words make it a running count
 * ("19,500 since Monday", "23,000 by Wednesday" and "more than 30,000 so far" are all the count as
 * of Wednesday). Where the measure is no running count, such a total meets only totals, never one
 * day's figure ("200,000 have joined the protests since Monday" is no crowd of Wednesday's).
 */
function groupedPeriod(c: Claim, p: ClaimPeriod, running: boolean): { period: ClaimPeriod; key: string } {
  // "by Tuesday" is one day's date, but the count up to it: a total as of the day, as "since" is.
  const total = saysUntil(c) || (p.start !== p.end && (saysSince(c) || saysNow(c)));
  if (!total) return { period: p, key: `${p.start}..${p.end}` };
  return { period: { ...p, start: p.end }, key: `${p.end}..${p.end}${running ? "" : " (a total so far)"}` };
}

/** Whether every claim's measure is a running count, and whether every one changes from day to day. */
function measureKinds(claims: readonly Claim[]): { running: boolean; daily: boolean } {
  const defs = claims.map((c) => getMeasures().get(c.measure ?? ""));
  // A share of a count ("share:votes") changes as the count does: a state of its article's day.
  const daily = claims.every(
    (c, k) => defs[k]?.daily === true || withoutForecast(c.measure ?? "").startsWith(SHARE_PREFIX),
  );
  return { running: defs.every((d) => d?.cumulative === true), daily };
}

/** Whether a figure says it runs: since a day, or so far ("seit Montag 260.000 Anrufe", "notified 620,000 customers so far"). */
const saysItRuns = (c: Claim): boolean => saysSince(c) || saysNow(c) || saysUntil(c);

/**
 * Whether a measure says nothing of how its figures run through time: a fallback (predicate +
 * noun), or a measure of the taxonomy with no flag of time or holder (aid, a cost, rainfall).
 */
function noFlagOfTime(measure: string): boolean {
  if (isPredicateMeasure(measure)) return true;
  const d = getMeasures().get(measure);
  if (!d) return false;
  return (
    ![d.cumulative, d.daily, d.series, d.moment, d.limit, d.perHolder, d.level, d.amount].some(Boolean) &&
    !d.differenceOf
  );
}

/**
 * Whether figures of a measure with no flag of time (noFlagOfTime) are a running count: one of
 * them says it runs. Its points are then the figures that say so, as a cumulative measure's are
 * all its figures: one day's count ("420 trains were cancelled on Monday") is what came that day,
 * never a point of the total; aid "paid out so far" is a running sum, a package promised is not.
 */
const fallbackRuns = (claims: readonly Claim[]): boolean =>
  claims.every((c) => noFlagOfTime(c.measure ?? "")) && claims.some(saysItRuns);

type PeriodGroup = { key: string; period: ClaimPeriod | null; claims: Claim[]; joined: boolean };

/** Claims split by period; a count of one moment of the event (people aboard when it sank) is one quantity whenever given. */
function periodGroups(
  claims: readonly Claim[],
  clusters: ArticleClusters,
  days: ReadonlyMap<string, number>,
): PeriodGroup[] {
  if (claims.every((c) => getMeasures().get(c.measure ?? "")?.moment))
    return [{ key: "the event", period: null, claims: [...claims], joined: false }];
  const groups = byPeriod(claims, clusters, days);
  const split = measureKinds(claims).running ? groups.flatMap(laterThatDay) : groups;
  return split.sort((a, b) => compareText(a.key, b.key));
}

function byPeriod(
  claims: readonly Claim[],
  clusters: ArticleClusters,
  days: ReadonlyMap<string, number>,
): PeriodGroup[] {
  const placeOfClaim = (c: Claim): string => (c.article ? clusters.clusterOf(c.article) : (c.origin?.file ?? ""));
  const groups = new Map<string, { key: string; period: ClaimPeriod | null; claims: Claim[]; joined: boolean }>();
  const add = (key: string, period: ClaimPeriod | null, c: Claim, joined: boolean): void => {
    const g = groups.get(key) ?? groups.set(key, { key, period, claims: [], joined: false }).get(key)!;
    g.claims.push(c);
    if (joined) g.joined = true;
  };
  const unstated: Claim[] = [];
  const { running, daily } = measureKinds(claims);
  // A hand-added figure without a period (an official one) is held against every period.
  const reference: Claim[] = [];
  for (const c of claims) {
    const { period: p, inferred } = effectivePeriod(c, days);
    if (c.article === null && !p) {
      reference.push(c);
      continue;
    }
    const g = p?.start && p.end ? groupedPeriod(c, p, running) : null;
    if (g) add(g.key, g.period, c, inferred);
    else if (p?.unresolved) add(`${placeOfClaim(c)}|${p.unresolved}`, p, c, false);
    else unstated.push(c);
  }
  const stated = [...groups.values()].filter((g) => g.period?.start);
  const dated: Claim[] = [];
  const estimated = new Set<Claim>();
  for (const c of unstated) {
    let date = c.asOf;
    if (!date) {
      date = estimatedDate(c, days);
      if (date) estimated.add(c);
    }
    let target: (typeof stated)[number] | undefined;
    if (date && /^\d{4}-\d{2}-\d{2}$/u.test(date)) {
      target = periodHolding(estimated.has(c) ? guessedTargets(stated, claims) : stated, date, running || daily);
      if (!target) {
        dated.push(c);
        continue;
      }
    } else {
      target = undatedTarget([...groups.values()], stated, unstated, c, placeOfClaim);
    }
    if (target) {
      target.claims.push(c);
      target.joined = true;
    } else add(`${placeOfClaim(c)}|no date`, null, c, false);
  }
  // The rest stand as of their articles' dates: figures of articles a few days apart are compared.
  for (const [key, c] of asOfWindows(dated, (c) => c.asOf ?? estimatedDate(c, days)!, daily ? 1 : AS_OF_WINDOW_DAYS))
    add(key, null, c, estimated.has(c));
  if (reference.length > 0 && groups.size === 0) for (const c of reference) add("date not given", null, c, false);
  else for (const g of groups.values()) g.claims.push(...reference);
  return [...groups.values()];
}

/**
 * The stated periods a figure whose article's date is only estimated may join. Of a measure that
 * says nothing of time (noFlagOfTime), only the totals its figures say run to a day ("since
 * Sunday", "so far", "by Tuesday"): an undated feature's "2,300 trains were cancelled" may be the
 * total, and a guessed day is no reason to hold it against that day's own count ("380 trains on
 * Tuesday").
 */
function guessedTargets<G extends { claims: Claim[] }>(stated: readonly G[], claims: readonly Claim[]): readonly G[] {
  if (!claims.every((c) => noFlagOfTime(c.measure ?? ""))) return stated;
  return stated.filter((g) => g.claims.some(saysItRuns));
}

/**
 * The group of a figure whose article has no date: the one period its article or copies give for
 * this quantity, if just one; else the one stated period that repeats all their undated figures.
 */
function undatedTarget<G extends { key: string; period: ClaimPeriod | null; claims: Claim[] }>(
  groups: readonly G[],
  stated: readonly G[],
  unstated: readonly Claim[],
  c: Claim,
  placeOfClaim: (c: Claim) => string,
): G | undefined {
  // Its article's or copies' weekday, unresolved or resolved from the day they are dated to.
  const ofCluster = (o: Claim): boolean => o !== c && !!o.period?.unresolved && placeOfClaim(o) === placeOfClaim(c);
  const own = groups.filter(
    (g) => (g.period?.unresolved && g.key.startsWith(`${placeOfClaim(c)}|`)) || g.claims.some(ofCluster),
  );
  if (own.length === 1) return own[0];
  return periodRepeating(
    stated,
    unstated.filter((o) => !o.asOf && placeOfClaim(o) === placeOfClaim(c)),
  );
}

/**
 * The one stated period whose figures repeat every figure of an article that nothing dates (an
 * undated feature's "two people died", "the union counts 2,400, the company 1,100"): a text that
 * retells the news repeats its figures, so they are that period's. None where the values stand in
 * several periods, or where some figure of the article repeats none (its figures stay together).
 */
function periodRepeating<G extends { claims: Claim[] }>(
  stated: readonly G[],
  figures: readonly Claim[],
): G | undefined {
  const holding = stated.filter((g) =>
    figures.every((c) => g.claims.some((o) => !figures.includes(o) && repeats(c, o))),
  );
  return holding.length === 1 ? holding[0] : undefined;
}

/**
 * Whether figure `c` repeats figure `o`: the same value, and all `c` allows `o` allows too ("The
 * airline says 150,000" repeats "about 150,000"; "some 1,200" may be 1,180 and repeats no exact
 * 1.200).
 */
function repeats(c: Claim, o: Claim): boolean {
  if (c.value !== o.value) return false;
  const minWithin = o.min === null || (c.min !== null && c.min >= o.min);
  return minWithin && (o.max === null || (c.max !== null && c.max <= o.max));
}

/**
 * A running count's day, split where articles written after it give more than those written on
 * it: "229 rescued by Monday morning" in Monday's paper and "bringing the number rescued to 236"
 * in Tuesday's are two moments of Monday, a rise, not a conflict. A later article that gives less
 * stays in the day's group: a running count cannot fall.
 */
function laterThatDay(g: PeriodGroup): PeriodGroup[] {
  const day = g.period?.start;
  if (!day || g.period!.end !== day) return [g];
  const during = g.claims.filter((c) => c.asOf === day);
  const after = g.claims.filter((c) => c.asOf !== null && c.asOf > day);
  if (during.length === 0 || after.length === 0 || after.length + during.length !== g.claims.length) return [g];
  const most = Math.max(...during.map((c) => newsInterval(c).hi));
  if (!after.every((c) => newsInterval(c).lo > most)) return [g];
  return [
    { ...g, claims: during },
    { ...g, key: `${g.key}|later that day`, claims: after },
  ];
}

/**
 * Splits claims into groups of one name (each group keeps its first claim's key); claims without
 * the key join the only group where `joins` lets them, else stand apart. Grouped through a map: a
 * story of 600 places found each claim's group among all of them.
 */
function split<K>(
  claims: readonly Claim[],
  keyOf: (c: Claim) => K | null,
  name: (k: K) => string,
  joins: (c: Claim, group: readonly Claim[]) => boolean = () => true,
): Array<{ key: K | null; claims: Claim[]; joined: boolean }> {
  const byName = new Map<string, { key: K; name: string; claims: Claim[] }>();
  const without: Claim[] = [];
  for (const c of claims) {
    const k = keyOf(c);
    if (k === null) {
      without.push(c);
      continue;
    }
    const n = name(k);
    const g = byName.get(n);
    if (g) g.claims.push(c);
    else byName.set(n, { key: k, name: n, claims: [c] });
  }
  const groups = [...byName.values()].sort((a, b) => compareText(a.name, b.name));
  const out: Array<{ key: K | null; claims: Claim[]; joined: boolean }> = groups.map((g) => ({
    key: g.key,
    claims: g.claims,
    joined: false,
  }));
  const only = out.length === 1 ? out[0]! : undefined;
  const joining = only ? without.filter((c) => joins(c, only.claims)) : [];
  if (only && joining.length > 0) {
    pushAll(only.claims, joining);
    only.joined = true;
  }
  const apart = without.filter((c) => !joining.includes(c));
  if (apart.length > 0) out.push({ key: null, claims: apart, joined: false });
  return out;
}

/** Claims split by the copy cluster of their article (a hand-added claim stands with its file). */
function byCluster(claims: readonly Claim[], clusters: ArticleClusters): Claim[][] {
  const m = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = c.article ? clusters.clusterOf(c.article) : (c.origin?.file ?? "");
    (m.get(k) ?? m.set(k, []).get(k)!).push(c);
  }
  return [...m.entries()].sort(([a], [b]) => compareText(a, b)).map(([, v]) => v);
}

type PlaceGroup = { key: ScopePlace | null; claims: Claim[]; joined: boolean };

/**
 * In a story of several places, a figure that names no place is compared only within its article
 * and copies. Where its article has no date that a figure or a copy gives (at most one inferred
 * from where its running counts fit, src/rules/dating.ts), those are the only figures it can
 * surely meet in time: there it joins the one place that the other figures of its measure in
 * its article and copies name ("96 Tote im Bezirk Maui" beside a copy's "93 Opfer"), and the
 * finding says its scope is missing.
 */
function joinClusterPlace(
  placed: PlaceGroup[],
  clusters: ArticleClusters,
  firmlyDated: (article: string) => boolean,
): PlaceGroup[] {
  const out = placed.filter((pg) => pg.key !== null).map((pg) => ({ ...pg, claims: [...pg.claims] }));
  const clusterOf = (c: Claim): string => (c.article ? clusters.clusterOf(c.article) : (c.origin?.file ?? ""));
  const placesOfCluster = new Map<string, Set<PlaceGroup>>();
  for (const pg of out)
    for (const c of pg.claims) {
      const k = clusterOf(c);
      (placesOfCluster.get(k) ?? placesOfCluster.set(k, new Set()).get(k)!).add(pg);
    }
  const left: Claim[] = [];
  for (const c of placed.find((pg) => pg.key === null)?.claims ?? []) {
    const undated = !!c.article && !/^\d{4}-\d{2}-\d{2}$/u.test(c.asOf ?? "") && !firmlyDated(c.article);
    const own = undated ? placesOfCluster.get(clusterOf(c)) : undefined;
    const target = own?.size === 1 ? [...own][0]! : undefined;
    if (target) {
      target.claims.push(c);
      target.joined = true;
    } else left.push(c);
  }
  for (const claims of byCluster(left, clusters)) out.push({ key: null, claims, joined: false });
  return out;
}

/**
 * The place that holds all the others, where the figures themselves say so: every other place's
 * figures also name it ("36 dead in Lahaina, Maui" beside "93 dead in Maui") or give it as the
 * place of the larger count they are some of ("six dead, four of them in the capital": scope
 * `within`), and none of its own figures names another of them. A place some of whose figures are
 * some of a count that names no place ("Five of the dead were in the Arken Highlands") lies within
 * the figures that name none, so it holds no other and is held by their place; the widest is then
 * the one place that holds another. A figure that names no place is of the widest ("Mindestens 89
 * Tote" in a report on the fires), not of one town in it. No gazetteer is asked: places named side
 * by side in no figure stay a story of several places, and a country is no such place (see below).
 */
function widestOfNested(current: readonly PlaceGroup[]): PlaceGroup | undefined {
  const keysOf = (pg: PlaceGroup, of: (c: Claim) => readonly ScopePlace[] | undefined): Set<string> =>
    new Set(pg.claims.flatMap((c) => (of(c) ?? []).map((p) => p.key)));
  const keyOf = (pg: PlaceGroup): string => pg.key!.key;
  const names = current.map((pg) => keysOf(pg, (c) => c.scope?.places));
  const within = current.map((pg) => keysOf(pg, (c) => c.scope?.within));
  const ofUnplaced = current.map((pg) => pg.claims.some((c) => c.scope?.within?.length === 0));
  const holds = (i: number, j: number): boolean =>
    names[j]!.has(keyOf(current[i]!)) || within[j]!.has(keyOf(current[i]!));
  // A country named beside its towns holds them too, but its count is the sum of many places: a
  // figure that names no place, in a story of several towns, is as likely one town's ("100,000
  // marched in Munich in Germany" beside a crowd that names none); not so where a town's count is
  // given as some of the country's ("six dead in Norland, four of them in the capital").
  const countryByName = (i: number): boolean =>
    keyOf(current[i]!).startsWith("country:") && !current.some((_, j) => j !== i && within[j]!.has(keyOf(current[i]!)));
  const holding = current.filter(
    (w, i) =>
      !countryByName(i) &&
      !ofUnplaced[i] &&
      current.some((_, j) => j !== i && holds(i, j)) &&
      current.every(
        (other, j) =>
          j === i ||
          ((holds(i, j) || ofUnplaced[j]) && !holds(j, i) && !names[i]!.has(keyOf(other)) && keyOf(other) !== keyOf(w)),
      ),
  );
  return holding.length === 1 ? holding[0] : undefined;
}

/** The last day a figure's period reaches, if it has one. */
const lastDayOf = (c: Claim): number | null => (c.period?.end ? dayOf(c.period.end.slice(0, 10)) : null);

/**
 * Whether figures are all of a past event: each has a period, ending more than EVENT_GAP_DAYS
 * before the last day any figure of their measure (`all`) reaches ("the 2013 derailment killed
 * four"). The last day is found once per measure: asked for each place and each figure naming
 * none, it was a scan of the measure's figures each time.
 */
function pastEventOf(all: readonly Claim[]): (claims: readonly Claim[]) => boolean {
  let latest = Number.NEGATIVE_INFINITY;
  for (const c of all) latest = Math.max(latest, lastDayOf(c) ?? Number.NEGATIVE_INFINITY);
  return (claims) => {
    let last = Number.NEGATIVE_INFINITY;
    for (const c of claims) {
      const end = lastDayOf(c);
      if (end === null) return false;
      last = Math.max(last, end);
    }
    return latest - last > EVENT_GAP_DAYS;
  };
}

/**
 * Figures that name no place join the story's one place of now; a past event's figures keep
 * their own place, or none, and so do figures that `joins` finds of a wider scope than the one
 * place named (all 2,400 polling stations beside a district's 310).
 */
function joinThePlace(
  placed: PlaceGroup[],
  place: PlaceGroup,
  ofPastEvent: (claims: readonly Claim[]) => boolean,
  joins: (c: Claim, ofPlace: readonly Claim[]) => boolean,
): PlaceGroup[] {
  const none = placed.find((pg) => pg.key === null);
  if (!none) return placed;
  // Held against the figures that name the place, not those that joined it without one.
  const named = place.claims.filter((c) => (c.scope?.places.length ?? 0) > 0);
  const past = none.claims.filter((c) => ofPastEvent([c]) || !joins(c, named));
  const now = none.claims.filter((c) => !past.includes(c));
  const out = placed
    .filter((pg) => pg !== none)
    .map((pg) => (pg === place && now.length > 0 ? { ...pg, claims: [...pg.claims, ...now], joined: true } : pg));
  return past.length > 0 ? [...out, { key: null, claims: past, joined: false }] : out;
}

let statusIds: ReadonlySet<string> | undefined;
/** The ids of the lexicons' statuses ("suspected", "confirmed", "new"), in every language. */
function statuses(): ReadonlySet<string> {
  statusIds ??= new Set(availableLanguages().flatMap((l) => Object.keys(readLexiconFile(l).frame.statuses ?? {})));
  return statusIds;
}

/** A group's population where it is a status ("suspected", "new+suspected"), else null. */
function statusOfGroup(population: string | null): string | null {
  return population?.split("+").every((id) => statuses().has(id)) ? population : null;
}

/** The population of figures that name no status where a measure's figures name several. */
const STATUS_NOT_GIVEN = "status not given";

/**
 * The population a figure of one measure is compared by. A status ("suspected", "confirmed")
 * splits the measure only where the story's figures of it name two or more: then a figure that
 * names none is compared only with figures that name none (it may be either), never joined to one
 * of the split groups; where they name one status at most, it says nothing ("96 confirmed
 * deaths" beside "96 dead") and the figures are compared as if it were not said. An increment of
 * a running count (NEW_STATUS: "12 new cases", "a further 12 died", "weitere 12") always stands
 * apart from the count it adds to, and splits nothing else.
 */
function byStatus(claims: readonly Claim[]): (c: Claim) => string | null {
  // Only a running count has increments: "a further 100,000 gathered in Berlin" is a crowd of its own.
  const running = measureKinds(claims).running;
  const isIncrement = (p: string | null): boolean => running && p?.split("+").includes(NEW_STATUS) === true;
  // Statuses said together ("120 new suspected cases") are one: "new+suspected".
  const statuses = claims.map((c) => statusOfGroup(c.scope?.population ?? null));
  const named = new Set(statuses.filter((p) => p !== null && !isIncrement(p)));
  const split = named.size >= 2;
  const increments = statuses.some(isIncrement);
  return (c) => {
    const p = c.scope?.population ?? null;
    if (isIncrement(p) || (split && statusOfGroup(p) !== null)) return p;
    if (p !== null && statusOfGroup(p) === null) return p;
    // No status, or one that says nothing here: apart from the split groups and the increments.
    return split || increments ? STATUS_NOT_GIVEN : null;
  };
}

/** The population of figures that name no holder where a measure's figures name several (with their article's cluster). */
const HOLDER_NOT_GIVEN = "holder not given";

/**
 * The population a figure of a measure that belongs to a holder (perHolder: votes, seats) is
 * compared by, where the story's figures of it name two holders or more: a figure that names
 * none may be any one's ("The party's vote was revised down to 511,900" beside another
 * article's "Our own count gives us 511,200 votes"), so it is compared only within its article
 * and its copies, as a figure that names no place is in a story of several places.
 */
function byHolder(
  measure: string,
  claims: readonly Claim[],
  populationKey: (c: Claim) => string | null,
  clusters: ArticleClusters,
): (c: Claim) => string | null {
  if (!getMeasures().get(measure)?.perHolder) return populationKey;
  const holders = new Set(claims.map((c) => c.scope?.population ?? "").filter((p) => p.startsWith("holder:")));
  if (holders.size < 2) return populationKey;
  const alias = holderAliases(claims, clusters);
  return (c) => {
    const key = populationKey(c);
    return key
      ? (alias.get(key) ?? key)
      : `${HOLDER_NOT_GIVEN}|${c.article ? clusters.clusterOf(c.article) : (c.origin?.file ?? "")}`;
  };
}

/**
 * A translation names a holder in its own words ("Bürgerunion" for "Civic Union"): where a pair of
 * articles found to be translations (clusters) gives one figure, of one value, under a holder in
 * each, the second's holder is the first's, wherever it is named. Read from the figures the two
 * share, never from a list of names; a value that two holders of either article give says nothing.
 */
function holderAliases(claims: readonly Claim[], clusters: ArticleClusters): Map<string, string> {
  const held = (c: Claim): string | null =>
    c.scope?.population?.startsWith("holder:") && c.value !== null ? c.scope.population : null;
  const alias = new Map<string, string>();
  for (const pair of clusters.pairs) {
    if (pair.kind !== "translation") continue;
    const inA = claims.filter((c) => c.article === pair.a && held(c));
    for (const x of claims.filter((c) => c.article === pair.b && held(c))) {
      const same = new Set(inA.filter((y) => y.value === x.value).map(held));
      const mine = new Set(claims.filter((y) => y.article === pair.b && y.value === x.value).map(held));
      const [to] = same;
      if (same.size === 1 && mine.size === 1 && to && to !== held(x) && !alias.has(to)) alias.set(held(x)!, to);
    }
  }
  return alias;
}

/** Figures of one measure, place (with its role, for movements) and population, at any period. */
interface ScopeGroup {
  measure: string;
  dimension: string;
  place: ScopePlace | null;
  /** The place's key as figures are grouped by it ("-" for none). */
  placeKey: string;
  population: string | null;
  claims: Claim[];
  /** Some claims joined without a place. */
  joined: boolean;
  /** Parts of a whole ("210 of them dead"): a series of their own, compared with no total (quantityGroups skips them). */
  part: boolean;
}

/**
 * Whether a part follows its whole counted under another measure: the figure straight before it,
 * in its sentence or the one before, counts the same kind of thing otherwise ("640 oiled birds
 * found, 210 of them dead": the dead among the found, a quantity of its own). A part of its own
 * measure's whole ("six of the dead", "Drei Verletzte starben") is a share of one toll, no count
 * to follow.
 */
function ofWholeCountedOtherwise(store: ClaimStore, c: Claim, dimension: string): boolean {
  const at = c.span?.start;
  if (!c.article || at === undefined) return false;
  const before = store
    .byArticle(c.article)
    .filter((o) => o !== c && (o.span?.start ?? at) < at && !NOT_FIGURE_KINDS.has(o.kind));
  const whole = before.reduce<Claim | undefined>((a, o) => (a && a.span!.start > o.span!.start ? a : o), undefined);
  if (!whole || whole.scope?.population === PART_POPULATION || whole.measure === null) return false;
  const near = whole.sentence === c.sentence || sentenceStraightAfter(whole, c);
  const sameKind = whole.dimension === c.dimension || comparisonKey(whole)?.endsWith(`|${dimension}`) === true;
  return near && whole.measure !== c.measure && sameKind;
}

/**
 * The parts of one measure's wholes ("210 of them dead", "rund 560 davon tot"), by the place
 * they name: a part is compared with no total, but parts of one measure at several periods are
 * the part followed over time (the dead among the oiled birds found so far).
 */
function partGroups(measure: string, dimension: string, claims: readonly Claim[]): ScopeGroup[] {
  return split(
    claims,
    (c) => placeOf(c, false),
    (p) => p.key,
    () => false,
  ).map((pg) => ({
    measure,
    dimension,
    place: pg.key,
    placeKey: pg.key ? pg.key.key : "-",
    population: PART_POPULATION,
    claims: pg.claims,
    joined: false,
    part: true,
  }));
}

/**
 * The figures of one measure by place. Figures that name no place, in a story of several places,
 * are compared only within their article and its copies; where no figure names one, the story's
 * one scope is theirs. A place only a past event's figures name ("four died in Pellin in 2013")
 * makes no second place.
 */
function byPlace(
  store: ClaimStore,
  clusters: ArticleClusters,
  ofMeasure: readonly Claim[],
  movement: boolean,
  placeKey: (p: ScopePlace) => string,
  populationKey: (c: Claim) => string | null,
): PlaceGroup[] {
  const joins = joinsTheOnePlace(ofMeasure, populationKey, (c) => placeOf(c, movement) === null);
  const placed = split(ofMeasure, (c) => placeOf(c, movement), placeKey, joins);
  const ofPastEvent = pastEventOf(ofMeasure);
  const current = placed.filter((pg) => pg.key !== null && !ofPastEvent(pg.claims));
  const widest = current.length > 1 ? widestOfNested(current) : current[0];
  if (widest) return joinThePlace(placed, widest, ofPastEvent, joins);
  return current.length > 1 ? joinClusterPlace(placed, clusters, firmlyDatedArticles(store, clusters)) : placed;
}

const scopeMemo = new WeakMap<ClaimStore, ScopeGroup[]>();

/** How far after a figure its conversion in parentheses begins: " (" ("80 centimetres (31 inches)"). */
const CONVERSION_GAP = 2;

/**
 * The figure a claim restates in parentheses in another unit of the same dimension ("80
 * centimetres (about 40 inches)"), or undefined. Such a conversion is no figure of its own: it is
 * compared with the figure it converts (unit-mismatch), never counted again beside it, where a
 * failed conversion would make the one quantity disagree with itself.
 */
export function convertedFigure(store: ClaimStore, c: Claim): Claim | undefined {
  if (!c.article || !c.span || !c.unitText || !c.dimension) return undefined;
  const start = c.span.start;
  return store
    .byArticle(c.article)
    .find(
      (o) =>
        o.span?.end === start - CONVERSION_GAP &&
        o.dimension === c.dimension &&
        o.unitText?.toLowerCase() !== c.unitText?.toLowerCase(),
    );
}

/** Every group of figures of one measure and scope, before they are split by period (made once per store: quantityGroups and quantitySeries both read them). */
function scopeGroups(store: ClaimStore, clusters: ArticleClusters): ScopeGroup[] {
  const known = scopeMemo.get(store);
  if (known) return known;
  const out: ScopeGroup[] = [];
  for (const key of store.comparisonKeys(1)) {
    const claims = store.byComparisonKey(key);
    const dimension = key.slice(key.indexOf("|") + 1);
    const byMeasure = new Map<string, { movement: boolean; claims: Claim[] }>();
    const parts = new Map<string, Claim[]>();
    for (const c of claims) {
      if (c.scope?.population === PART_POPULATION) {
        const m = comparedMeasure(c).measure;
        (parts.get(m) ?? parts.set(m, []).get(m)!).push(c);
        continue;
      }
      const m = comparedMeasure(c);
      const g =
        byMeasure.get(m.measure) ?? byMeasure.set(m.measure, { movement: m.movement, claims: [] }).get(m.measure)!;
      g.claims.push(c);
    }
    for (const [measure, { movement, claims: ofMeasure }] of byMeasure) {
      const nation = nationOf(ofMeasure);
      const placeKey = (p: ScopePlace): string => placeGroupKey(p, movement, nation);
      const populationKey = byHolder(measure, ofMeasure, byStatus(ofMeasure), clusters);
      for (const pg of byPlace(store, clusters, ofMeasure, movement, placeKey, populationKey)) {
        // Populations kept apart: men are not all emigrants; a figure naming none joins.
        for (const popg of split(pg.claims, populationKey, (p) => p)) {
          out.push({
            measure,
            dimension,
            place: pg.key,
            placeKey: pg.key ? placeKey(pg.key) : "-",
            population: popg.key,
            claims: popg.claims,
            joined: pg.joined,
            part: false,
          });
        }
      }
    }
    for (const [measure, ofMeasure] of parts) {
      const followed = ofMeasure.filter((c) => ofWholeCountedOtherwise(store, c, dimension));
      out.push(...partGroups(measure, dimension, followed));
    }
  }
  scopeMemo.set(store, out);
  return out;
}

/**
 * Whether a figure that lacks a key (`lacks`) states a figure that no figure with the key states:
 * only such a figure makes the finding less sure. One that repeats a stated figure (an undated
 * feature's "23 deaths … the ministry's count was 15" beside a dated report's 15 and 23) adds a
 * witness, not a doubt.
 */
function addsUnkeyed(claims: readonly Claim[], lacks: (c: Claim) => boolean): boolean {
  const keyed = claims.filter((c) => !lacks(c));
  // Where no figure of the group gives the key, none is compared as if it did: they lack it alike.
  return keyed.length > 0 && claims.some((c) => lacks(c) && !keyed.some((o) => repeats(c, o)));
}

/**
 * Whether a figure that names no place stands in an article whose other figures name `place`
 * ("Twelve miners brought up alive from the Kerrow Deep mine … Sixteen are still trapped"): the
 * article is about that place, so the figure does not lack it.
 */
function articleNames(store: ClaimStore, c: Claim, place: ScopePlace | null): boolean {
  if (!place || !c.article) return false;
  return store.byArticle(c.article).some((o) => o.scope?.places.some((p) => p.key === place.key) === true);
}

const memo = new WeakMap<ClaimStore, QuantityGroup[]>();

/** Every group of figures that measure one quantity, in a stable order. */
export function quantityGroups(store: ClaimStore, clusters: ArticleClusters): QuantityGroup[] {
  const known = memo.get(store);
  if (known) return known;
  const out: QuantityGroup[] = [];
  const days = referenceDays(store, clusters);
  for (const sg of scopeGroups(store, clusters)) {
    if (sg.part) continue;
    const compared = sg.claims.filter((c) => !convertedFigure(store, c));
    for (const g of withEarlierValuesGrouped(store, periodGroups(compared, clusters, days), compared)) {
      if (g.claims.length < 2) continue;
      const missing: FrameKey[] = [];
      if (sg.joined && addsUnkeyed(g.claims, (c) => !c.scope?.places.length && !articleNames(store, c, sg.place)))
        missing.push("scope");
      if (g.joined && addsUnkeyed(g.claims, (c) => !c.period?.start)) missing.push("period");
      out.push({
        key: [sg.measure, sg.dimension, sg.placeKey, sg.population ?? "-", g.key].join("|"),
        measure: sg.measure,
        dimension: sg.dimension,
        place: sg.place,
        status: statusOfGroup(sg.population),
        period: g.period,
        claims: g.claims,
        missing,
      });
    }
  }
  memo.set(store, out);
  return out;
}

/** One quantity followed over time: its figures at two periods or more. */
export interface QuantitySeries {
  /** measure | kind of unit | place | population: stable, for fingerprints and order. */
  key: string;
  measure: string;
  dimension: string;
  place: ScopePlace | null;
  /** As QuantityGroup's. */
  status: string | null;
  /** The figures of each period, earliest first; periods that cannot be placed in time last. */
  points: Array<{ period: ClaimPeriod | null; key: string; claims: Claim[] }>;
  /** Some figures joined without a place of their own (the story's one place was taken as theirs). */
  joined: boolean;
  /** A running count, which cannot fall (not a state counted day by day, such as workers on strike). */
  running: boolean;
}

/** The middle of the figures one period gives (vague amounts only where nothing else is stated). */
export function level(claims: readonly Claim[]): number {
  const stated = claims.filter((c) => c.qualifier !== "vague");
  const values = (stated.length ? stated : claims)
    .map((c) => {
      const iv = newsInterval(c);
      return Number.isFinite(iv.hi) ? (iv.lo + iv.hi) / 2 : iv.lo;
    })
    .sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

/**
 * Whether one named source gives different figures at two points: a change, though the level of
 * all sources' figures stands still (the operator's 40 tonnes, then 65, beside the agency's 110 twice).
 */
function aSourceMoved(run: ReadonlyArray<{ claims: Claim[] }>): boolean {
  const levels = new Map<string, Set<number>>();
  for (const p of run) {
    const bySource = new Map<string, Claim[]>();
    for (const c of p.claims) {
      if (!c.source || c.qualifier === "vague") continue;
      const key = sourceKey(c.source);
      bySource.set(key, [...(bySource.get(key) ?? []), c]);
    }
    for (const [key, claims] of bySource) levels.set(key, (levels.get(key) ?? new Set()).add(level(claims)));
  }
  return [...levels.values()].some((l) => l.size > 1);
}

/** When a point stands, for ordering: its first day, an as-of date, or none. */
function pointDate(p: { period: ClaimPeriod | null; key: string }): string | null {
  if (p.period?.start) return p.period.start;
  return p.key.startsWith("as of ") ? p.key.slice("as of ".length) : null;
}

/**
 * Whether a figure can be a point of a series: placed in time by its article or a period, and no
 * vague amount ("thousands of its ballots" marks no level the count stood at).
 */
const standsAtALevel = (c: Claim): boolean => (c.article !== null || !!c.period) && c.qualifier !== "vague";

/**
 * Every measure and scope whose figures stand at two periods or more and differ: a series, shown
 * as a change over time. A quantity's figures for one period are judged by quantityGroups.
 */
export function quantitySeries(store: ClaimStore, clusters: ArticleClusters): QuantitySeries[] {
  const out: QuantitySeries[] = [];
  const days = referenceDays(store, clusters);
  for (const sg of scopeGroups(store, clusters)) {
    // Only a running count is one quantity through time (the toll so far); two days' crowds are
    // two events. A figure that no date places in time, and a hand-added figure without a period
    // (held against every period), are no points of a series.
    // Of people moving, only figures since a day or up to one are points: "8,500 crossed on Sunday"
    // is a day's flow as often as a running total, and a weekday does not say which; "19,500 have
    // arrived since Monday" and "23,000 had entered by Wednesday" say it.
    // A state counted day after day in one ongoing event (workers on strike) is a series too, one that may fall.
    const defs = sg.claims.map((c) => getMeasures().get(c.measure ?? ""));
    const runsByWords = fallbackRuns(sg.claims);
    if (!runsByWords && !defs.every((m) => m?.cumulative || m?.series)) continue;
    const running = runsByWords || defs.every((m) => m?.cumulative);
    const moving = sg.claims.some((c) => getMeasures().get(c.measure ?? "")?.movement);
    // A figure whose measure its own clause does not give is no point either: a series is read
    // over a long span, where a guessed measure pairs unlike things.
    // An earlier value ("up from 84") is a point of unknown time: the figure it follows says the change.
    // A window's figure ("120 new cases in the past 24 hours") is what came in it, not the count so far.
    const points = periodGroups(
      sg.claims.filter(
        (c) =>
          standsAtALevel(c) &&
          (!c.inferred.includes("measure") || continuesFigureBefore(store, c)) &&
          c.period?.unresolved !== EARLIER_PERIOD &&
          !saysWindow(c) &&
          (!moving || (c.period !== null && c.period.start !== c.period.end && saysSince(c)) || saysUntil(c)) &&
          (!runsByWords || saysItRuns(c)),
      ),
      clusters,
      days,
    ).filter((p) => p.period !== null || p.key.startsWith("as of "));
    points.sort((a, b) => {
      const da = pointDate(a);
      const db = pointDate(b);
      return da === null || db === null
        ? (da === null ? 1 : 0) - (db === null ? 1 : 0)
        : compareText(da, db) || compareText(a.key, b.key);
    });
    const runs = eventRuns(points);
    for (const run of runs) {
      // A count that stands still is no change to show; one period's own disagreement is judged
      // by the period's group.
      if (run.length < 2 || (new Set(run.map((p) => level(p.claims))).size < 2 && !aSourceMoved(run))) continue;
      const key = [sg.measure, sg.dimension, sg.placeKey, sg.population ?? "-"].join("|");
      out.push({
        key: runs.length > 1 ? `${key}|${pointDate(run[0]!)}` : key,
        measure: sg.measure,
        dimension: sg.dimension,
        place: sg.place,
        status: statusOfGroup(sg.population),
        points: withEarlierValues(store, run, sg.claims),
        joined: sg.joined,
        running,
      });
    }
  }
  return out;
}

/**
 * A run's points, each with the earlier values that repeat it: "rose to 12 on Monday, up from nine"
 * gives the nine no time of its own, but it is the count the figure it follows rose from, so where
 * a figure of the point straight before that figure's is nine (one source's, where several count),
 * the nine is a figure of that point. An earlier value that no figure before repeats stays out.
 */
function withEarlierValues(
  store: ClaimStore,
  run: ReadonlyArray<{ period: ClaimPeriod | null; key: string; claims: Claim[] }>,
  claims: readonly Claim[],
): QuantitySeries["points"] {
  const points = run.map((p) => ({ period: p.period, key: p.key, claims: [...p.claims] }));
  for (const c of claims) {
    if (c.period?.unresolved !== EARLIER_PERIOD) continue;
    const follows = figureItFollows(store, c);
    const at = follows === undefined ? -1 : points.findIndex((p) => p.claims.includes(follows));
    const before = points[at - 1];
    if (at < 1 || !before) continue;
    const iv = newsInterval(c);
    const repeats = (o: Claim): boolean => newsInterval(o).lo <= iv.hi && iv.lo <= newsInterval(o).hi;
    if (before.claims.some(repeats)) before.claims.push(c);
  }
  return points;
}

/**
 * One quantity's period groups with each earlier value of no time of its own moved to the period
 * whose figure it repeats, as withEarlierValues places it in a series: "up to 65 tonnes on
 * Wednesday, from 40 tonnes" is a figure of Tuesday's 40 against another source's 110.
 */
function withEarlierValuesGrouped(store: ClaimStore, groups: PeriodGroup[], claims: readonly Claim[]): PeriodGroup[] {
  if (!claims.some((c) => c.period?.unresolved === EARLIER_PERIOD)) return groups;
  const dated = groups
    .filter((g) => pointDate(g) !== null)
    .sort((a, b) => compareText(pointDate(a)!, pointDate(b)!) || compareText(a.key, b.key));
  const placed = withEarlierValues(store, dated, claims);
  const moved = new Set(placed.flatMap((p, i) => p.claims.slice(dated[i]!.claims.length)));
  if (moved.size === 0) return groups;
  return groups.map((g) => {
    const at = dated.indexOf(g);
    return { ...g, claims: at >= 0 ? placed[at]!.claims : g.claims.filter((c) => !moved.has(c)) };
  });
}

/**
 * The figure an earlier value is earlier than: the figure of its measure and kind of unit in its
 * sentence nearest before it ("rose to 12, up from nine, after three died"; "stands at 3,400
 * tonnes, about 25,000 barrels, revised from 2,000 tonnes": the tonnes, not the barrels), else
 * nearest after it ("von 12 auf 11").
 */
function figureItFollows(store: ClaimStore, c: Claim): Claim | undefined {
  const at = c.span?.start;
  if (!c.article || at === undefined) return undefined;
  const others = store
    .byArticle(c.article)
    .filter(
      (o) =>
        o !== c &&
        o.sentence === c.sentence &&
        o.measure === c.measure &&
        o.dimension === c.dimension &&
        o.period?.unresolved !== EARLIER_PERIOD,
    );
  const before = others.filter((o) => o.span!.start < at).sort((a, b) => b.span!.start - a.span!.start);
  const after = others.filter((o) => o.span!.start > at).sort((a, b) => a.span!.start - b.span!.start);
  return before[0] ?? after[0];
}

/**
 * Whether a figure whose measure is inferred continues a figure before it that states the same
 * measure itself: in its sentence ("In Kellbrück streikten 2.900 Beschäftigte, in der gesamten
 * Norwendmark 6.100"), or as the next figure of the text but its parts, in the sentence straight after ("… auf
 * 88 gestiegen. Bis Dienstag waren es 41 gewesen", "… from 40 tonnes. The agency stood by its
 * figure of 110 tonnes"); the measure left out is that figure's, not a guess.
 */
function continuesFigureBefore(store: ClaimStore, c: Claim): boolean {
  const at = c.span?.start;
  if (!c.article || c.sentence === null || at === undefined || (c.noun !== null && !c.inferred.includes("noun")))
    return false;
  const before = store.byArticle(c.article).filter((o) => o !== c && (o.span?.start ?? at) < at);
  // Or the change of what it states: "… the harvest down to 1.9 million tonnes. That is a fall of 26 percent".
  const states = (o: Claim): boolean =>
    (o.measure === c.measure || `${CHANGE_PREFIX}${o.measure}` === c.measure) && !o.inferred.includes("measure");
  if (before.some((o) => o.sentence === c.sentence && states(o))) return true;
  // A part of the figure before it is no figure the text goes on from: "21 Bergleute lebend geborgen,
  // neun davon in den vergangenen 24 Stunden. Bis Dienstag waren es erst sieben" goes on from the 21.
  const figures = before.filter((o) => !NOT_FIGURE_KINDS.has(o.kind) && o.scope?.population !== PART_POPULATION);
  const last = figures.reduce<Claim | undefined>((a, o) => (a && a.span!.start > o.span!.start ? a : o), undefined);
  return last !== undefined && states(last) && sentenceStraightAfter(last, c);
}

/** Kinds of claim that are no figure of a count (a year, a span of time, an age). */
const NOT_FIGURE_KINDS = new Set(["date", "duration", "age"]);

/** Where a claim's sentence may start in its article: each place its text stands in the sentence. */
function sentenceStarts(c: Claim): number[] {
  const out: number[] = [];
  for (let k = c.sentence!.indexOf(c.text); k >= 0; k = c.sentence!.indexOf(c.text, k + 1)) out.push(c.span!.start - k);
  return out;
}

/** Whether b's sentence is the one straight after a's (nothing but white space between). */
function sentenceStraightAfter(a: Claim, b: Claim): boolean {
  if (a.sentence === null || b.sentence === null) return false;
  const ends = sentenceStarts(a).map((s) => s + a.sentence!.length);
  return sentenceStarts(b).some((s) => ends.some((e) => s >= e && s - e <= 2));
}

/** A running count that resumes after this many days is another event's ("the 1998 quake killed 1,200"). */
const EVENT_GAP_DAYS = 366;

/** Points in time order, cut where more than EVENT_GAP_DAYS pass between one and the next; undated points join the last run. */
function eventRuns<P extends { period: ClaimPeriod | null; key: string }>(points: readonly P[]): P[][] {
  const runs: P[][] = [];
  let lastDay: number | null = null;
  for (const p of points) {
    const start = pointDate(p);
    const day = start === null ? null : dayOf(start.slice(0, 10));
    if (runs.length === 0 || (day !== null && lastDay !== null && day - lastDay > EVENT_GAP_DAYS)) runs.push([]);
    runs[runs.length - 1]!.push(p);
    if (day !== null) lastDay = p.period?.end ? dayOf(p.period.end) : day;
  }
  return runs;
}

/**
 * A figure's interval as newsrooms mean it: "more than N" is a little above N (up to 1.5 N),
 * "up to N" below N but not far below (down to N / 2). Open bounds read formally would make
 * every "more than" agree with every larger figure.
 */
export function newsInterval(c: Claim): Interval {
  const lo = c.min ?? 0;
  const hi = c.max ?? Infinity;
  if (c.max === null && c.min !== null && c.min > 0) return { lo, hi: c.min * 1.5 };
  if ((c.min === null || c.min === 0) && c.max !== null && c.qualifier !== "range") return { lo: c.max / 2, hi };
  return { lo, hi };
}

/**
 * The slack a figure's wording allows: a number stated exactly allows for rounding to its last
 * significant digit (93 means 92.5–93.5; 50,000 may be rounded; 43.1 means 43.05–43.15), up to
 * `tolerance`. A value with more than two decimals is a conversion ("15 miles" in km), not what
 * was written: it keeps the tolerance.
 */
function slack(c: Claim, tolerance: number): number {
  const v = c.value;
  const unit = v === null || c.qualifier !== "exact" || v === 0 ? null : lastDigit(v);
  return unit === null ? tolerance : Math.min(tolerance, (0.5 * unit) / Math.abs(v!));
}

/** The place of a value's last significant digit (100 for 93,400; 0.1 for 43.1), or null past two decimals. */
function lastDigit(v: number): number | null {
  if (!Number.isInteger(v)) {
    for (const unit of [0.1, 0.01]) if (Math.abs(v / unit - Math.round(v / unit)) < 1e-9) return unit;
    return null;
  }
  let unit = 1;
  while (v % (unit * 10) === 0) unit *= 10;
  return unit;
}

/** Do two figures' intervals meet, each widened by its own slack? */
function figuresMeet(a: Claim, b: Claim, tolerance: number): boolean {
  const A = newsInterval(a);
  const B = newsInterval(b);
  const ta = slack(a, tolerance);
  const tb = slack(b, tolerance);
  return (
    A.lo - Math.abs(A.lo) * ta <= B.hi + Math.abs(B.hi) * tb && B.lo - Math.abs(B.lo) * tb <= A.hi + Math.abs(A.hi) * ta
  );
}

export type Verdict = "conflict" | "disputed" | "self" | "divergent" | "agree" | "unsure";

/**
 * A figure furthest apart says it corrects an earlier one: an update, not a contradiction. Not
 * where every figure at the other end is another named source's: a source revises its own count,
 * and "revised its estimate up to 65 tonnes" still disputes another's 110.
 */
export const revised = (j: JudgedGroup): boolean =>
  j.extremes.some((f, i) => f.some((c) => c.revision && !othersAll(c, j.extremes[1 - i]!)));

/** Whether every figure of `others` is of a named source other than `c`'s (named too). */
function othersAll(c: Claim, others: readonly Claim[]): boolean {
  const own = c.source ? sourceKey(c.source) : "";
  return own !== "" && others.every((o) => o.source !== null && sourceKey(o.source) !== own);
}

/** What lowers a finding to info: a key some figures lack, or a stated revision. */
export const lowered = (j: JudgedGroup): boolean => j.group.missing.length > 0 || revised(j);

export interface JudgedGroup {
  group: QuantityGroup;
  verdict: Verdict;
  /** Figure groups (claims stating one figure), largest first. */
  figures: Claim[][];
  /** The two figures furthest apart. */
  extremes: [Claim[], Claim[]];
  ratio: number | null;
}

/**
 * How many times every figure of a story's one place a figure that names no place must be to be
 * of a wider scope. Figures of one quantity that sources dispute lie within a few times of each
 * other (police 100,000, organisers 250,000); a nation's count beside an airport's lies further.
 */
const WIDER_SCOPE = 5;

/**
 * Whether a figure naming no place joins the one place named, `ofPlace` its figures: unless the
 * figures naming none, as a whole, are of a wider scope than the place's figures of their
 * population (suspected cases say nothing of confirmed ones). Decided once per population, for
 * all of them, so that one quantity's figures are never split at the threshold.
 */
function joinsTheOnePlace(
  ofMeasure: readonly Claim[],
  populationKey: (c: Claim) => string | null,
  namesNoPlace: (c: Claim) => boolean,
): (c: Claim, ofPlace: readonly Claim[]) => boolean {
  const wider = new Map<string | null, boolean>();
  // A running count grows from day to day: a town's first toll beside a later national one is
  // one count at two times, not two scopes.
  if (measureKinds(ofMeasure).running) return () => true;
  return (c, ofPlace) => {
    const p = populationKey(c);
    if (!wider.has(p)) {
      const unplaced = ofMeasure.filter((o) => namesNoPlace(o) && populationKey(o) === p);
      wider.set(
        p,
        ofWiderScope(
          unplaced,
          ofPlace.filter((o) => populationKey(o) === p),
        ),
      );
    }
    return !wider.get(p);
  };
}

/**
 * Whether figures that name no place are of a wider scope than every figure of a place: their
 * median more than WIDER_SCOPE times the place's largest.
 */
function ofWiderScope(unplaced: readonly Claim[], ofPlace: readonly Claim[]): boolean {
  if (unplaced.length === 0 || ofPlace.length === 0) return false;
  const most = Math.max(...ofPlace.map((o) => newsInterval(o).hi));
  const lows = unplaced.map((c) => newsInterval(c).lo).sort((a, b) => a - b);
  return lows[Math.floor(lows.length / 2)]! > most * WIDER_SCOPE;
}

/** How far a vague amount must miss every stated figure to be judged beside them. */
const VAGUE_FACTOR = 2;

const representative = (iv: Interval): number =>
  Number.isFinite(iv.hi) ? Math.sqrt(Math.max(iv.lo, 1e-9) * iv.hi) : iv.lo;

/**
 * The figures of a group that are judged. Vague amounts ("thousands") describe; they are judged
 * only where no figure states more. Beside stated figures they are more often a part ("thousands
 * marched on to the town hall") than a dispute, unless their own clause gives the whole frame,
 * period included, and they miss every stated figure by more than twice over ("tens of thousands
 * gathered across the country on Sunday" beside a count of 550,000).
 */
function judgedClaims(claims: readonly Claim[]): Claim[] {
  const stated = claims.filter((c) => c.qualifier !== "vague");
  if (stated.length === 0) return [...claims];
  const farOff = (c: Claim): boolean => {
    const v = newsInterval(c);
    return stated.every((s) => {
      const iv = newsInterval(s);
      return v.hi * VAGUE_FACTOR < iv.lo || v.lo > iv.hi * VAGUE_FACTOR;
    });
  };
  const framed = (c: Claim): boolean =>
    c.qualifier === "vague" && c.inferred.length === 0 && !!c.period && !!c.scope?.places.length && farOff(c);
  return [...stated, ...claims.filter(framed)];
}

/**
 * What a group of figures of one quantity says: the figures meet (agree); they lie far apart but
 * can all hold (divergent); they cannot all hold and come from sources that dispute each other
 * (disputed), from one article (self), or from sources that should agree (conflict).
 */
export function judge(group: QuantityGroup, tolerance: number, factor: number): JudgedGroup {
  const figures = byFigure(judgedClaims(group.claims));
  const ivs = figures.map((f) => newsInterval(f[0]!));
  let apart: Array<[number, number]> = [];
  for (let i = 0; i < figures.length; i++)
    for (let j = i + 1; j < figures.length; j++)
      if (!figuresMeet(figures[i]![0]!, figures[j]![0]!, tolerance)) apart.push([i, j]);
  const order = figures.map((_, i) => i).sort((a, b) => representative(ivs[b]!) - representative(ivs[a]!));
  const hi = order[0]!;
  const lo = order[order.length - 1]!;
  const top = representative(ivs[hi]!);
  const bottom = representative(ivs[lo]!);
  // Zero beside any other figure is infinitely far from it: not one quantity at all.
  const r = bottom > 0 ? top / bottom : top > 0 ? Infinity : null;
  const sorted = order.map((i) => figures[i]!);
  const result = (verdict: Verdict, pair: [number, number]): JudgedGroup => ({
    group,
    verdict,
    figures: sorted,
    extremes: [figures[pair[0]]!, figures[pair[1]]!],
    ratio: r,
  });
  if (apart.length === 0) return result(r !== null && r > factor ? "divergent" : "agree", [hi, lo]);
  const keys = (f: Claim[]): Set<string> =>
    new Set(f.map((c) => (c.source ? sourceKey(c.source) : "")).filter((k) => k !== ""));
  const disputed = apart.filter(([i, j]) => {
    const a = keys(figures[i]!);
    const b = keys(figures[j]!);
    return a.size > 0 && b.size > 0 && [...a].every((k) => !b.has(k));
  });
  if (disputed.length > 0) return result("disputed", disputed[0]!);
  const articles = (f: Claim[]): Set<string> => new Set(f.map((c) => c.article ?? c.origin?.file ?? ""));
  apart = apart.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // Within one text only when every text that gives one figure gives the other: a figure other
  // articles give alone ("11,000" in two reports, "9,800, not 11,000" in a third) is disputed across them.
  const within = apart.filter(([i, j]) => {
    const a = articles(figures[i]!);
    const b = articles(figures[j]!);
    return a.size === b.size && [...a].every((p) => b.has(p));
  });
  if (within.length === apart.length) {
    // One text rarely contradicts itself: two of its figures are more often a part and its whole,
    // or two moments. Only figures whose whole frame their own clauses give are held against each other.
    // Read in the texts that give both: another article's guess at one of the figures changes nothing.
    const pair = apart[0]!;
    const a = articles(figures[pair[0]]!);
    const b = articles(figures[pair[1]]!);
    const inBoth = (c: Claim): boolean =>
      a.has(c.article ?? c.origin?.file ?? "") && b.has(c.article ?? c.origin?.file ?? "");
    const explicit = [...figures[pair[0]]!, ...figures[pair[1]]!]
      .filter(inBoth)
      .every((c) => c.inferred.length === 0 || c.revision);
    return result(explicit ? "self" : "unsure", pair);
  }
  return result("conflict", apart.find((p) => !within.includes(p)) ?? apart[0]!);
}

const judged = new WeakMap<ClaimStore, Map<string, JudgedGroup[]>>();

/** Every group with two figures or more, judged with the given tolerance and factor (memoised per store). */
export function judgedGroups(
  store: ClaimStore,
  clusters: ArticleClusters,
  tolerance: number,
  factor: number,
): JudgedGroup[] {
  const byOptions = judged.get(store) ?? judged.set(store, new Map()).get(store)!;
  const k = `${tolerance}|${factor}`;
  const known = byOptions.get(k);
  if (known) return known;
  const out = quantityGroups(store, clusters).map((g) => judge(g, tolerance, factor));
  byOptions.set(k, out);
  return out;
}

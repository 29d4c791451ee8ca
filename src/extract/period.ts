// The period of a figure: the time it covers or stands as of, read from its clause (else its
// sentence) and resolved against the article's date. "on Saturday" is the last Saturday on or
// before the article's date; "last weekend" the Friday to Sunday before it; "yesterday" the day
// before; "so far", "derzeit" the article's date and the day before (the count it could report);
// "21 September" that day; "in the past 24 hours", "over the last week", "in den vergangenen drei
// Tagen" the window of that length up to the article's date. Without an article date a weekday or weekend stays unresolved, and a
// text that says nothing about time gives no period: never silently "the latest".
import { DAY_MS, dayOf, isoOf, lastWeekday, monthDays, nextWeekday, weekendSunday } from "../base/days.js";
import { EARLIER_PERIOD, MULTIPLE_UNIT, type ClaimPeriod } from "../model/claim.js";
import { clauseSays, type Clause, isMonthName, sinceEventEnd } from "./clause.js";
import type { DateNode, QuantityNode } from "./grammar-support.js";
import { getUnits } from "../language/lexicon.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { Token } from "./tagger.js";

const DAY = DAY_MS;

const toDay = (iso: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t / DAY;
};
const iso = isoOf;

interface Candidate {
  at: number;
  period: ClaimPeriod;
  /** A window up to the article's date ("in the past 48 hours", "binnen 48 Stunden"). */
  window?: true;
  /** "already", "bereits": the article's date, where nothing else says when. */
  already?: true;
}

/**
 * The days a date names: a year is the whole year; a day or month without a year is in the
 * year that puts it on or before the article's date (a few days of slack for a coming event),
 * or stays "--MM-DD" when the article has no date.
 */
function datePeriod(d: DateNode, articleDay: number | null, text: string): ClaimPeriod | null {
  if (d.month === undefined)
    return d.year !== undefined ? { start: `${d.year}-01-01`, end: `${d.year}-12-31`, unresolved: null, text } : null;
  let year = d.year;
  if (year === undefined && articleDay !== null) {
    year = new Date(articleDay * DAY).getUTCFullYear();
    const candidate = Date.UTC(year, d.month - 1, d.day ?? 1) / DAY;
    if (candidate > articleDay + 7) year--;
  }
  if (year === undefined) {
    const p2 = (n: number): string => String(n).padStart(2, "0");
    return {
      start: `--${p2(d.month)}-${p2(d.day ?? 1)}`,
      end: `--${p2(d.month)}-${p2(d.day ?? 28)}`,
      unresolved: null,
      text,
    };
  }
  const start = Date.UTC(year, d.month - 1, d.day ?? 1) / DAY;
  const end = d.day !== undefined ? start : monthDays(year, d.month)[1];
  return { start: iso(start), end: iso(end), unresolved: null, text };
}

/** The day before a period of one resolved day ("nach zwei am Vortag"), else null. */
export function dayBefore(day: ClaimPeriod | null | undefined, text: string): ClaimPeriod | null {
  const at = day?.start && day.start === day.end ? toDay(day.start) : null;
  return at === null ? null : { start: iso(at - 1), end: iso(at - 1), unresolved: null, text };
}

/** Tokens [first, last) of a text, read for statements of time against the article's day. */
interface TimeReading {
  text: string;
  tokens: readonly Token[];
  first: number;
  last: number;
  articleDay: number | null;
  /** Whether "since" before an event and no day dates the figure: not a running count of the taxonomy's. */
  sinceEvents?: boolean;
}

const wordsOf = (r: TimeReading, a: number, b: number): string =>
  r.text.slice(r.tokens[a]!.start, r.tokens[b - 1]!.end);
const daysOf = (r: TimeReading, start: number, end: number, a: number, b: number): ClaimPeriod => ({
  start: iso(start),
  end: iso(end),
  unresolved: null,
  text: wordsOf(r, a, b),
});
/** The unresolved period of a word of `now` in an article with no date ("spricht inzwischen von …"). */
const nowUnresolved = (r: TimeReading, k: number): ClaimPeriod => ({
  start: null,
  end: null,
  unresolved: "now",
  text: wordsOf(r, k, k + 1),
});
/**
 * "Tuesday's": a day that owns what follows it. The tagger keys a day written with one of the
 * lexicon's possessiveEndings by the day alone, so its key is shorter than its text.
 */
const isPossessive = (t: Token): boolean => t.key.length < t.text.length;

/** Whether a word of `cat` ("last", "previous") stands one or two tokens before k. */
function wordBefore(r: TimeReading, k: number, cat: "lastWord" | "previousWord" | "since" | "until"): boolean {
  for (let j = k - 1; j >= Math.max(r.first, k - 2); j--) if (r.tokens[j]!.cats.includes(cat)) return true;
  return false;
}

/**
 * The word "since" before the weekday at k: right before it ("since Monday"), or opening the time
 * clause that ends in it ("since the border opened on Monday"), with no comma or figure between; else -1.
 */
function sinceBefore(r: TimeReading, k: number): number {
  if (wordBefore(r, k, "since")) return r.tokens[k - 1]!.cats.includes("since") ? k - 1 : k - 2;
  for (let j = k - 1; j >= Math.max(r.first, k - SINCE_CLAUSE_WORDS); j--) {
    const t = r.tokens[j]!;
    if (t.cats.includes("comma") || t.cats.includes("num")) return -1;
    if (t.cats.includes("since")) return j;
  }
  return -1;
}
/** How far "since" may stand before its weekday, in tokens: "since the border was opened on Monday",
 * "since its booking and check-in systems failed early on Monday". */
const SINCE_CLAUSE_WORDS = 12;

/** The days of a year (units.yaml): a window of at least this long after "last" may be a calendar year. */
const YEAR_DAYS = 365;

/** The days a unit of time is (units.yaml's duration dimension, in days), or null for another unit. */
function daysOfUnit(unit: string | undefined): number | null {
  const def = unit ? getUnits().get(unit) : undefined;
  return def?.dimension === "duration" ? def.factor : null;
}

/** The days a span of time lasts ("two hours": 1/12), NaN where it is no exact span. */
function spanDays(p: PhraseMatch): number {
  const node = p.node as QuantityNode;
  const days = daysOfUnit(node.unit?.unit);
  return days !== null && node.lo && node.qualifier === "exact" ? node.lo.v * node.lo.scale * days : Number.NaN;
}

/**
 * A window up to the article's day: "the past 24 hours", "the last three days", "den vergangenen
 * 24 Stunden" (a duration after a word of `frame.last`), or "the past week", "der vergangenen
 * Woche" (a unit of time alone): from that long before the article's day to it.
 */
function windowCandidates(r: TimeReading, windows: readonly PhraseMatch[]): Candidate[] {
  const { tokens, first, last, articleDay } = r;
  if (articleDay === null) return [];
  const out: Candidate[] = [];
  const add = (a: number, b: number, days: number): void =>
    void out.push({
      at: a,
      period: daysOf(r, articleDay - Math.max(1, Math.round(days)), articleDay, a, b),
      window: true,
    });
  for (const m of windows) {
    if (m.first < first || m.last > last) continue;
    const node = m.node as QuantityNode;
    const days = daysOfUnit(node.unit?.unit);
    const n = node.lo ? node.lo.v * node.lo.scale : undefined;
    if (days !== null && n !== undefined && node.qualifier === "exact") add(m.first - 1, m.last, n * days);
  }
  for (let k = first + 1; k < last; k++) {
    const days = daysOfUnit(tokens[k]!.info.unit);
    if (days === null || !tokens[k - 1]!.cats.includes("lastWord") || days < 7) continue;
    if (tokens[k + 1]?.cats.includes("windowFromEvent")) continue; // "within weeks of the quake"
    // "last year", "im vergangenen Jahr": the calendar year before the article's; not a decade ("the
    // last decade"), nor "over the last year" (the twelve months up to the article's day).
    const calendar = days >= YEAR_DAYS && days < 2 * YEAR_DAYS && !tokens[k - 2]?.cats.includes("det");
    if (calendar && tokens[k - 1]!.cats.includes("lastCalendar")) {
      const year = new Date(articleDay * DAY).getUTCFullYear() - 1;
      const period = daysOf(r, Date.UTC(year, 0, 1) / DAY, Date.UTC(year, 11, 31) / DAY, k - 1, k + 1);
      out.push({ at: k - 1, period });
    } else add(k - 1, k + 1, days);
  }
  return out;
}

/**
 * The spans of time outside [from, to) that say a day that long ago ("a week ago", "vor einer
 * Woche"), unless compared with ("12 percent higher than a year ago"); so does a span with a word
 * of `spanBefore` that follows no figure, for the figures after it ("A week earlier, authorities
 * said 385"; after a figure, "6.1 percent a year earlier" is a year before that figure's time:
 * spanBeforeShift). A span
 * straight after another figure is that figure's time ("fell to 5.2 percent from 6.1 percent a
 * year ago" dates the 6.1, not the 5.2).
 */
function agoSpans(tokens: readonly Token[], phrases: readonly PhraseMatch[], from: number, to: number): PhraseMatch[] {
  const afterFigure = (p: PhraseMatch): boolean =>
    phrases.some((q) => q !== p && q.node.type === "quantity" && q.last === p.first);
  // Only for figures after it: "a drop from a week earlier, when authorities said 385" dates the 385.
  const earlier = (p: PhraseMatch): boolean =>
    p.last <= from &&
    !!tokens[p.last]?.cats.includes("spanBefore") &&
    !afterFigure(p) &&
    // "a year before the closure", "a week before Christmas" are before something else.
    !(tokens[p.last + 1]?.cats.includes("det") || tokens[p.last + 1]?.cap);
  return phrases.filter(
    (p) =>
      p.node.type === "quantity" &&
      (p.last <= from || p.first >= to) &&
      (tokens[p.last]?.cats.includes("agoAfter") ||
        (p.first > 0 && tokens[p.first - 1]!.cats.includes("agoBefore")) ||
        earlier(p)) &&
      !(afterFigure(p) && p.first !== to) &&
      !tokens.slice(Math.max(0, p.first - 1), p.last).some((t) => t.cats.includes("comparative")),
  );
}

/**
 * The day "a week ago", "vor drei Tagen" names: that span of time before the article's day. In an
 * article with no date, some time before it (`earlier`, which meets no other period).
 */
function agoCandidates(r: TimeReading, ago: readonly PhraseMatch[]): Candidate[] {
  const { tokens, first, last, articleDay } = r;
  const out: Candidate[] = [];
  for (const m of ago) {
    if (m.first < first || m.last > last) continue;
    const node = m.node as QuantityNode;
    const days = daysOfUnit(node.unit?.unit);
    const n = node.lo ? node.lo.v * node.lo.scale : undefined;
    if (days === null || n === undefined || node.qualifier !== "exact") continue;
    const after = tokens[m.last]?.cats.includes("agoAfter") || tokens[m.last]?.cats.includes("spanBefore");
    const [a, b] = after ? [m.first, m.last + 1] : [m.first - 1, m.last];
    if (articleDay === null) {
      out.push({ at: m.first, period: { start: null, end: null, unresolved: EARLIER_PERIOD, text: wordsOf(r, a, b) } });
      continue;
    }
    const d = articleDay - Math.round(n * days);
    out.push({ at: m.first, period: daysOf(r, d, d, a, b) });
  }
  return out;
}

/** Every statement of time in tokens [first, last), resolved against the article's day. */
function candidates(
  r: TimeReading,
  dates: readonly PhraseMatch[],
  windows: readonly PhraseMatch[],
  ago: readonly PhraseMatch[] = [],
): Candidate[] {
  const { tokens, first, last, articleDay } = r;
  const out: Candidate[] = [...windowCandidates(r, windows), ...agoCandidates(r, ago)];
  const already: Candidate[] = [];
  for (const m of dates) {
    if (m.first < first || m.last > last) continue;
    const period = datePeriod(m.node as DateNode, articleDay, wordsOf(r, m.first, m.last));
    if (period) out.push({ at: m.first, period });
  }
  const inDate = (k: number): boolean => dates.some((m) => m.first <= k && k < m.last);
  const months = new Map<Candidate, number>();
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    const month = monthAlone(r, k, inDate);
    if (month) {
      const c = { at: k - 1, period: month };
      out.push(c);
      months.set(c, k);
    } else if (t.cats.includes("weekday")) {
      const { period, end } = weekdayPeriod(r, k);
      out.push({ at: k, period });
      k = end;
    } else if (t.cats.includes("relDay") && articleDay !== null) {
      const d = articleDay + t.info.dayOffset!;
      // "earlier this week" said on a Monday still means that Monday.
      const start = t.info.fromWeekStart ? lastWeekday(articleDay, 1, false) : d;
      out.push({ at: k, period: daysOf(r, start, Math.max(start, d), k, k + 1) });
    } else if (t.cats.includes("weekend")) {
      out.push({ at: k, period: weekendPeriod(r, k) });
    } else if (t.cats.includes("now")) {
      // Undated, "now" is still the article's own day, whatever day it is: never an earlier one.
      const period = articleDay === null ? nowUnresolved(r, k) : daysOf(r, articleDay - 1, articleDay, k, k + 1);
      out.push({ at: k, period });
    } else if (t.cats.includes("already") && articleDay !== null) {
      already.push({ at: k, period: daysOf(r, articleDay - 1, articleDay, k, k + 1), already: true });
    }
  }
  for (const [c, k] of months) inYearAfter(r, out, c, k);
  const stated = r.sinceEvents ? [...out, ...sinceEventCandidates(r, out)] : out;
  // "already" says when only where no other time does: "had already cost 12 million" is so far,
  // "300 had already fled on Monday" is Monday's.
  return stated.length > 0 ? stated : already;
}

/**
 * An earlier value's time where a span of time and a word of `spanBefore` follow it: that span
 * before the period of the figure it follows ("6.8 percent in October, up from 6.1 percent a year
 * earlier": October a year before; "nach 6,1 Prozent ein Jahr zuvor"). Null where no such words
 * follow, where the span is no whole number of a unit of time, or where the figure before has no
 * resolved period.
 */
export function spanBeforeShift(
  tokens: readonly Token[],
  m: PhraseMatch,
  before: ClaimPeriod | null | undefined,
  text: string,
): ClaimPeriod | null {
  const day = /^\d{4}-\d{2}-\d{2}$/u;
  if (!before?.start || !before.end || !day.test(before.start) || !day.test(before.end)) return null;
  const count = tokens[m.last];
  const unit = tokens[m.last + 1];
  const word = tokens[m.last + 2];
  const n = count?.info.n ?? (count?.num !== undefined ? count.num.value : undefined);
  if (n === undefined || !Number.isInteger(n) || !unit?.cats.includes("unit") || !word?.cats.includes("spanBefore"))
    return null;
  // "a year before the closure" is before something else.
  if (tokens[m.last + 3]?.raw === "word" && !tokens[m.last + 3]!.cats.includes("clauseBreak")) return null;
  const shift = (iso: string): Date | null => {
    const d = new Date(`${iso}T00:00:00Z`);
    const u = unit.info.unit;
    if (u === "year") d.setUTCFullYear(d.getUTCFullYear() - n);
    else if (u === "month") d.setUTCMonth(d.getUTCMonth() - n);
    else if (u === "week") d.setUTCDate(d.getUTCDate() - 7 * n);
    else if (u === "day") d.setUTCDate(d.getUTCDate() - n);
    else return null;
    return d;
  };
  const start = shift(before.start);
  if (!start) return null;
  // A whole month stays a whole month ("in February" a year before ends on its last day).
  const [y, mo] = before.start.split("-").map(Number) as [number, number];
  const wholeMonth = before.start.endsWith("-01") && before.end === iso(monthDays(y, mo)[1]);
  const end = wholeMonth
    ? iso(monthDays(start.getUTCFullYear(), start.getUTCMonth() + 1)[1])
    : shift(before.end)!.toISOString().slice(0, 10);
  return { start: start.toISOString().slice(0, 10), end, unresolved: null, text: text.slice(count!.start, word.end) };
}

/**
 * A month named alone after a word of `dates.monthPrepositions` ("6.8 percent in October", "im
 * Oktober"): that month in the year that puts it on or before the article's date, or in the next
 * where its clause says what will come ("elections will be held in March"). Straight after
 * "since", "seit": from that month's first day to the article's date, as "since Sunday" is ("Since
 * May, 300 people have left"). Not after "the end of", whose span is another, nor inside a date
 * ("in October 2025" is the date's).
 */
function monthAlone(r: TimeReading, k: number, inDate: (k: number) => boolean): ClaimPeriod | null {
  const t = r.tokens[k]!;
  const prep = r.tokens[k - 1];
  if (!isMonthName(t) || t.info.month === undefined || inDate(k) || k - 1 < r.first) return null;
  const since = prep?.cats.includes("since") === true;
  if (!prep?.cats.includes("monthPrep") && !since) return null;
  const period = datePeriod({ type: "date", month: t.info.month, s: 0, e: 0 }, r.articleDay, wordsOf(r, k - 1, k + 1));
  if (since)
    return period?.start && r.articleDay !== null ? daysOf(r, dayOf(period.start), r.articleDay, k - 1, k + 1) : null;
  if (!period?.start || r.articleDay === null || !saysFuture(r, k)) return period;
  // A coming month: the first such month after the article's date.
  const year = Number(period.start.slice(0, 4));
  if (monthDays(year, t.info.month)[1] >= r.articleDay) return period;
  const [start, end] = monthDays(year + 1, t.info.month);
  return { ...period, start: iso(start), end: iso(end) };
}

/**
 * A month alone (at token `k`, its candidate `c`) followed by a calendar year the text names by
 * reference ("in May last year", "in May of last year", "im Mai letzten Jahres"): that month of
 * that year, one statement of time in place of the two.
 */
function inYearAfter(r: TimeReading, out: Candidate[], c: Candidate, k: number): void {
  const at = r.tokens[k + 1]?.cats.includes("of") ? k + 2 : k + 1;
  const month = r.tokens[k]!.info.month;
  const i = out.findIndex((y) => y.at === at && isCalendarYear(y.period));
  if (i < 0 || month === undefined) return;
  const { start, text } = out[i]!.period;
  const year = Number(start!.slice(0, 4));
  const [from, to] = monthDays(year, month);
  c.period = { ...c.period, start: iso(from), end: iso(to), text: `${wordsOf(r, c.at, at)} ${text}` };
  out.splice(i, 1);
}

/** Whether a period is one whole calendar year. */
const isCalendarYear = (p: ClaimPeriod): boolean =>
  p.start?.endsWith("-01-01") === true && p.end === `${p.start.slice(0, 4)}-12-31`;

/**
 * "since the outage began", "seit Beginn des Angriffs": "since" before an event and no day runs
 * from that event, whenever it was, up to the article's date, and stands as of that date as "so
 * far" does (its text opens with "since": a running count). A day or a date after it dates it instead.
 */
function sinceEventCandidates(r: TimeReading, taken: readonly Candidate[]): Candidate[] {
  const { tokens, first, last, articleDay } = r;
  if (articleDay === null) return [];
  const out: Candidate[] = [];
  for (let k = first; k < last - 1; k++) {
    if (!tokens[k]!.cats.includes("since")) continue;
    const end = sinceEventEnd(tokens, k, last);
    if (end > k + 1 && !taken.some((c) => c.at > k && c.at < end))
      out.push({ at: k, period: daysOf(r, articleDay - 1, articleDay, k, end) });
  }
  return out;
}

/**
 * The day a weekday at k names ("on Saturday", "last Saturday"), or the days of "between Friday
 * and Sunday" / "von Freitag bis Sonntag" (one period; `end` is then the second weekday's token);
 * unresolved without an article date.
 */
function weekdayPeriod(r: TimeReading, k: number): { period: ClaimPeriod; end: number } {
  const { tokens, last, articleDay } = r;
  const t = tokens[k]!;
  let to = -1;
  for (let j = k + 1; j < Math.min(last, k + 3); j++) if (tokens[j]!.cats.includes("weekday")) to = j;
  const between = (x: Token): boolean =>
    x.cats.includes("rangeAnd") ||
    x.cats.includes("rangeTo") ||
    x.cats.includes("placePrep") ||
    x.cats.includes("hyphen");
  const joined = to > k && tokens.slice(k + 1, to).every(between);
  // "by Tuesday", "bis Dienstag": the word stays in the period's text, which says the count runs up
  // to the day; "by Tuesday's storm" names who did it, not a day.
  const until = k > r.first && r.tokens[k - 1]!.cats.includes("until") && !isPossessive(r.tokens[k]!);
  const a = wordBefore(r, k, "lastWord") || until ? k - 1 : k;
  if (articleDay === null) {
    return {
      period: { start: null, end: null, unresolved: `weekday:${t.info.weekday!}`, text: wordsOf(r, a, k + 1) },
      end: k,
    };
  }
  if (joined) {
    const end = lastWeekday(articleDay, tokens[to]!.info.weekday!, false);
    const start = end - ((tokens[to]!.info.weekday! - t.info.weekday! + 7) % 7);
    return { period: daysOf(r, start, end, a, to + 1), end: to };
  }
  // "could rise to 7.5 metres by Tuesday": what will or may come is on the next such day.
  const future = saysFuture(r, k);
  const d = future
    ? nextWeekday(articleDay, t.info.weekday!)
    : lastWeekday(articleDay, t.info.weekday!, wordBefore(r, k, "lastWord"));
  // "6,000 have left since Sunday", "since the border opened on Monday": from that day to the article's.
  const since = future ? -1 : sinceBefore(r, k);
  if (since >= 0) return { period: daysOf(r, d, articleDay, since, k + 1), end: k };
  // "die Nacht zum Dienstag", "overnight into Tuesday": the night that starts the day before.
  if (k > r.first && tokens[k - 1]!.cats.includes("nightInto"))
    return { period: daysOf(r, d - 1, d - 1, k - 1, k + 1), end: k };
  return { period: daysOf(r, d, d, a, k + 1), end: k };
}

/**
 * Times that date another clause than a running count's in the present perfect: English's takes
 * no past time ("A storm that swept in on Sunday has killed six" stands as of its article's date),
 * while "since Sunday" runs up to that date and stays.
 */
function pastOfAnotherClause(
  tokens: readonly Token[],
  clause: Clause,
  countSoFar: boolean,
  articleDate: string | null | undefined,
): (c: Candidate) => boolean {
  if (!countSoFar || !articleDate || !clauseSays(tokens, clause, "presentPerfect")) return () => false;
  const day = articleDate.slice(0, 10);
  return (c) => c.period.end !== null && c.period.end < day;
}

/**
 * Whether a word of what will or may come ("will", "could", "könnte") stands in the clause of the
 * weekday or month at k, within a few words: before it ("could rise to 7.5 metres by Tuesday"),
 * or after it where nothing opens another clause or names who says so ("Im Dezember sollen 600
 * Stellen wegfallen", "In December 600 jobs will go"); not "On Monday 300 were evacuated, and more
 * will follow", nor "On Monday the agency said 300 could leave".
 */
function saysFuture(r: TimeReading, k: number): boolean {
  const breaks = (t: Token): boolean =>
    t.cats.includes("comma") || (t.cats.includes("clauseBreak") && !t.cats.includes("det"));
  for (let j = k - 1; j >= Math.max(r.first, k - 8); j--) {
    const t = r.tokens[j]!;
    if (t.cats.includes("future")) return true;
    if (breaks(t)) return false;
  }
  for (let j = k + 1; j < Math.min(r.last, k + 8); j++) {
    const t = r.tokens[j]!;
    if (t.cats.includes("future")) return true;
    if (breaks(t) || t.cats.includes("sayVerb")) return false;
  }
  return false;
}

/** "the weekend", "last weekend": the one under way or just past; "the previous weekend" the one before. */
function weekendPeriod(r: TimeReading, k: number): ClaimPeriod {
  const { articleDay } = r;
  const before = wordBefore(r, k, "previousWord") ? 1 : 0;
  const a = before || wordBefore(r, k, "lastWord") ? k - 1 : k;
  if (articleDay === null) {
    return { start: null, end: null, unresolved: before ? "weekend-1" : "weekend", text: wordsOf(r, a, k + 1) };
  }
  const sunday = weekendSunday(articleDay, before);
  return daysOf(r, sunday - 2, sunday, a, k + 1);
}

/** The statement of time nearest the figure [from, to): before it counts half a token nearer. */
function nearestCandidate(list: readonly Candidate[], from: number, to: number): ClaimPeriod | null {
  let best: Candidate | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    const d = c.at < from ? from - c.at + 0.5 : c.at - to + 1;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best?.period ?? null;
}

/**
 * The period of a figure at tokens [from, to): the nearest statement of time in its clause, else
 * in its sentence (then `inferred`), never one after an earlier value; null when neither says.
 */
export function periodOf(
  text: string,
  tokens: readonly Token[],
  clause: Clause,
  sentence: Clause,
  from: number,
  to: number,
  phrases: readonly PhraseMatch[],
  articleDate: string | null | undefined,
  countSoFar = false,
  earlierValueAt: (k: number) => boolean = () => false,
): { period: ClaimPeriod | null; inferred: boolean } {
  const articleDay = articleDate ? toDay(articleDate) : null;
  const dates = phrases.filter((p) => p.node.type === "date" && (p.last <= from || p.first >= to));
  // Durations after "past", "last", "vergangenen": windows of time, not figures of their own period;
  // one counted from an event ("within 24 hours of the quake") is no window up to the article's date.
  const windows = phrases.filter(
    (p) =>
      p.node.type === "quantity" &&
      (p.last <= from || p.first >= to) &&
      p.first > 0 &&
      tokens[p.first - 1]!.cats.includes("lastWord") &&
      !tokens[p.last]?.cats.includes("windowFromEvent") &&
      !(tokens[p.first - 1]!.cats.includes("withinSpan") && spanDays(p) < 1),
  );
  const ago = agoSpans(tokens, phrases, from, to);
  const pick = (list: Candidate[]): ClaimPeriod | null => nearestCandidate(list, from, to);
  // A time right after a say verb that trails the figure, past a comma, dates the saying, not the
  // figure: "Russia will call up 300,000 reservists, officials said on September 21".
  // A count in the perfect ("Nine people have died …, the authority said on Wednesday") stands as of
  // the saying: then the saying's day is the figure's.
  // So does a running count (`countSoFar`: "The toll rose to 1,200, officials said Tuesday").
  const perfect = countSoFar || tokens.slice(clause.first, clause.last).some((t) => t.cats.includes("perfect"));
  const saying = (c: Candidate): boolean => {
    if (perfect) return false;
    for (let k = c.at - 1; k >= Math.max(sentence.first, c.at - 4, to); k--) {
      if (!tokens[k]!.cats.includes("sayVerb")) continue;
      for (let j = to; j < k; j++) if (tokens[j]!.cats.includes("comma")) return true;
    }
    return false;
  };
  // "rose to 4,200, up from 1,800 on Monday": a time after an earlier value (`earlierValueAt`: the
  // figure's, or another figure's before it) is that value's.
  const ofEarlierValue = (c: Candidate): boolean => earlierValueAt(c.at);
  const past = pastOfAnotherClause(tokens, clause, countSoFar, articleDate);
  // A running count of the taxonomy's stands as of its article's date by its measure: "since the
  // mobilisation was announced" says no more of it, and it stays compared as its article's.
  const within = (c: Clause): Candidate[] =>
    candidates({ text, tokens, ...c, articleDay, sinceEvents: !countSoFar }, dates, windows, ago).filter(
      (x) => !saying(x) && !ofEarlierValue(x) && !past(x) && !baseOfMultiple(tokens, x.at, sentence.first),
    );
  const { stated, soFar } = alreadyLast(tokens, clause, within(clause));
  const own = pick(stated.some((c) => c.window) ? windowsOfTheDate(stated, within(sentence)) : stated);
  if (own) return { period: own, inferred: false };
  const later = laterFiguresClause(tokens, sentence, to, phrases);
  const earlier = earlierFiguresClause(tokens, sentence, from, phrases, windows);
  const inferred = pick(within(sentence).filter((c) => c.at < later && c.at > earlier && !(soFar[0] && c.already)));
  return inferred || !soFar[0] ? { period: inferred, inferred: true } : { period: pick(soFar), inferred: false };
}

/**
 * A clause's statements of time, and its "already" kept for last: "had already fled", "seien
 * bereits geflohen" stand as of the article's date only where the sentence states no other time of
 * theirs ("When the storm hit on Tuesday, 300 had already fled" is Tuesday's); a clause in the
 * perfect stands so as "so far" does ("has already cost 12 million euros").
 */
function alreadyLast(
  tokens: readonly Token[],
  clause: Clause,
  inClause: Candidate[],
): { stated: Candidate[]; soFar: Candidate[] } {
  const soFar = clauseSays(tokens, clause, "perfect") ? [] : inClause.filter((c) => c.already);
  return { stated: soFar.length > 0 ? [] : inClause, soFar };
}

/**
 * Whether the time at k is what a multiple before it is taken of ("twice as many people as last
 * year", "twice as many marched in 2026 as in 2019", "doppelt so viele wie 2019"): a word of
 * `frame.multipleBase` before it, at most one word between, after a multiple in its part of the
 * sentence (no comma between). That time is no figure's of the sentence.
 */
function baseOfMultiple(tokens: readonly Token[], k: number, first: number): boolean {
  for (let j = k - 1; j >= Math.max(first, k - 2); j--) {
    if (!tokens[j]!.cats.includes("multipleBase")) continue;
    for (let i = j - 1; i >= first && !tokens[i]!.cats.includes("comma"); i--)
      if (tokens[i]!.info.unit === MULTIPLE_UNIT) return true;
    return false;
  }
  return false;
}

/**
 * A window is counted back from the article's date; where its sentence names a date that ended
 * before the window begins, the window lies within that date ("in the 2019 outbreak, 64 died
 * within three months", "2019 starben binnen drei Monaten 64"), and the date is the figure's.
 */
function windowsOfTheDate(list: Candidate[], sentence: readonly Candidate[]): Candidate[] {
  const earliest = list
    .filter((c) => c.window && c.period.start)
    .map((c) => c.period.start!)
    .sort()[0];
  if (earliest === undefined) return list;
  const before = sentence.filter((c) => !c.window && !!c.period.end && c.period.end < earliest);
  return before.length > 0 ? [...list.filter((c) => !c.window), ...before] : list;
}

/**
 * Where an earlier part of the sentence, before a semicolon, gives a figure of its own (not a
 * window of time): its times are that figure's ("Power was restored to 60,000 homes in the past 24
 * hours; 90,000 homes are still without electricity": the window is the 60,000's). The semicolon's
 * index, else one before the sentence.
 */
function earlierFiguresClause(
  tokens: readonly Token[],
  sentence: Clause,
  from: number,
  phrases: readonly PhraseMatch[],
  windows: readonly PhraseMatch[],
): number {
  for (let k = from - 1; k >= sentence.first; k--) {
    if (tokens[k]!.text !== ";") continue;
    if (phrases.some((p) => p.node.type === "quantity" && p.last <= k && !windows.includes(p))) return k;
  }
  return sentence.first - 1;
}

/**
 * Where a later part of the sentence, after a semicolon, gives a figure of its own: its times are
 * that figure's ("… were revised down to 41; the ministry had reported 47 there on Thursday" does
 * not date the 41). The sentence's end where there is none.
 */
function laterFiguresClause(tokens: readonly Token[], sentence: Clause, to: number, phrases: readonly PhraseMatch[]) {
  for (let k = to; k < sentence.last; k++) {
    if (tokens[k]!.text !== ";") continue;
    if (phrases.some((p) => p.node.type === "quantity" && p.first > k)) return k;
  }
  return sentence.last;
}

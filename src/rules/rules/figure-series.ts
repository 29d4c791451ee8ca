import type { Claim } from "../../model/claim.js";
import { defineRule, type Words } from "../types.js";
import { byFigure } from "../helpers.js";
import { describeGroupFigure } from "../group-words.js";
import { level, newsInterval, quantitySeries, type QuantitySeries } from "../quantities.js";
import { sourceKey } from "../sources.js";

/** The points a date places in time: a stated period, or an article's date. */
const datedPoints = (s: QuantitySeries): QuantitySeries["points"] =>
  s.points.filter((p) => p.period?.start || p.key.startsWith("as of "));

/**
 * The figures of an earlier point a later figure continues: where the point's sources count apart
 * (the ministry's 15 dead, the agency's 23), the later figure follows its own source's count, or,
 * from a source of neither, may follow either, so it is held against the lowest; otherwise all.
 */
function countBefore(earlier: readonly Claim[], later: Claim): Claim[] {
  const keyOf = (c: Claim): string => (c.source ? sourceKey(c.source) : "");
  const sources = new Set(earlier.map(keyOf).filter((k) => k !== ""));
  if (sources.size < 2) return [...earlier];
  const own = earlier.filter((c) => keyOf(c) !== "" && keyOf(c) === keyOf(later));
  if (own.length > 0) return own;
  return [earlier.reduce((a, b) => (newsInterval(b).lo < newsInterval(a).lo ? b : a))];
}

/**
 * The running count (every series is one: quantitySeries) falling between two dated points, with
 * no figure saying it was corrected.
 */
function runsBackwards(s: QuantitySeries): { from: Claim; to: Claim } | null {
  const dated = datedPoints(s);
  let highest: { at: number; claims: Claim[] } | null = null;
  for (const p of dated) {
    const at = level(p.claims);
    if (highest && at < highest.at && !p.claims.some((c) => c.revision)) {
      const lowest = p.claims.reduce((a, b) => (newsInterval(b).hi < newsInterval(a).hi ? b : a));
      const top = countBefore(highest.claims, lowest).reduce((a, b) =>
        newsInterval(b).lo > newsInterval(a).lo ? b : a,
      );
      // Backwards only when the figures cannot meet: the later one lies wholly below.
      if (newsInterval(lowest).hi < newsInterval(top).lo) return { from: top, to: lowest };
    }
    if (!highest || at > highest.at) highest = { at, claims: p.claims };
  }
  return null;
}

/** "rose from 36 to 115", "fell from 1,000 to 66", "rose and fell, from 36 to 115". */
function change(s: QuantitySeries, words: Words): string {
  const levels = datedPoints(s).map((p) => ({ at: level(p.claims), claims: p.claims }));
  if (levels.length < 2) return "Some figures cannot be placed in time: the articles give no date.";
  const first = levels[0]!;
  const last = levels[levels.length - 1]!;
  let up = false;
  let down = false;
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]!.at > levels[i - 1]!.at) up = true;
    if (levels[i]!.at < levels[i - 1]!.at) down = true;
  }
  const a = words.figure(first.claims[0]!);
  const b = words.figure(last.claims[0]!);
  if (up && down) return `The figures rose and fell, from ${a} to ${b}.`;
  if (up) return `The figures rose from ${a} to ${b}.`;
  if (down) return `The figures fell from ${a} to ${b}.`;
  return `The figures held at ${a}.`;
}

/**
 * One measure and scope at two periods or more: a change over time, shown as one finding with
 * the figures of each period in order. A running count (deaths, arrests so far) that falls
 * without a stated revision is raised to a warning.
 */
export const figureSeries = defineRule<Record<string, never>>({
  meta: {
    id: "figure-series",
    description: "One quantity given at several periods: its change over time, flagged when a running count falls.",
    severity: "info",
    options: { type: "object", additionalProperties: false, properties: {} },
    defaults: {},
    messages: {
      series: "{quantity} over time: {points}. {change}",
      backwards:
        "{quantity} over time: {points}. A running count cannot fall: {from} then {to}, and no figure says it was corrected.",
    },
  },
  check({ store, articles, clusters, words }) {
    return quantitySeries(store, clusters).map((s) => {
      const when = (p: QuantitySeries["points"][number]): string =>
        p.period === null && p.key.startsWith("as of ")
          ? `as of ${words.date(p.key.slice("as of ".length))} (no date given; the article's)`
          : words.period(p.period);
      const points = s.points.map(
        (p) =>
          `${when(p)}: ${byFigure(p.claims)
            .map((f) => describeGroupFigure(f, articles, clusters, words))
            .join(" · ")}`,
      );
      // A fall is only a warning between figures that name their place: one that joined by its
      // article's place may count somewhere else.
      const back = s.joined || !s.running ? null : runsBackwards(s);
      const claims = back
        ? [back.from, back.to, ...s.points.flatMap((p) => p.claims).filter((c) => c !== back.from && c !== back.to)]
        : s.points.flatMap((p) => p.claims);
      return {
        messageId: back ? "backwards" : "series",
        data: {
          quantity: words.scope(s),
          points: points.join(" → "),
          change: change(s, words),
          from: back ? `${words.figure(back.from)} (${back.from.asOf ?? "no date"})` : "",
          to: back ? `${words.figure(back.to)} (${back.to.asOf ?? "no date"})` : "",
        },
        claims,
        severity: back ? ("warning" as const) : undefined,
        advice: back
          ? "Check whether the later figure is a correction, a different count, or an error."
          : "Report the latest figure with its date, and say when earlier ones were given.",
      };
    });
  },
});

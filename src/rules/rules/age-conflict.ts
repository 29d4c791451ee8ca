import type { Claim } from "../../model/claim.js";
import { defineRule } from "../types.js";
import { nameKeyParts, sameName } from "../../language/name-key.js";
import { claimOrder } from "../helpers.js";
import { compareText } from "../../base/intl.js";

type Options = Record<string, never>;

const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

/** The years in which someone of this age on this date can have been born: (lo, hi]. */
function birthWindow(c: Claim, fallback: string | null): { lo: number; hi: number } {
  const when = c.asOf ?? fallback;
  const t = when
    ? Date.parse(when.length === 4 ? `${when}-07-01` : when.length === 7 ? `${when}-15` : when) / YEAR_MS
    : 0;
  return { lo: t - c.value! - 1, hi: t - c.value! };
}

const DAY_MS = 24 * 3600 * 1000;
const parseDate = (d: string): number => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);

/** "between 2022-09-22 and 2022-09-26, less than a year apart (4 days)", "between 2021-05-01 and 2023-05-01, 2 years apart": earlier date first. */
export function betweenDates(x: string, y: string): string {
  const [from, to] = x <= y ? [x, y] : [y, x];
  const days = Math.round((parseDate(to) - parseDate(from)) / DAY_MS);
  const years = days / 365.2425;
  const gap = Number.isNaN(days)
    ? null
    : years < 1
      ? `less than a year apart (${days} ${days === 1 ? "day" : "days"})`
      : `${Number(years.toFixed(1))} ${Number(years.toFixed(1)) === 1 ? "year" : "years"} apart`;
  return `between ${from} and ${to}${gap ? `, ${gap}` : ""}`;
}

/**
 * The same person with ages that cannot all be true given the articles' dates (an age may grow
 * by the years between them). People are the same when their full names match under the name
 * key; a surname alone joins them only when one full name fits; a first name alone never does
 * (two Konstantins are not one person). One finding per person, naming the two ages furthest
 * apart, so a person quoted in a hundred articles is one finding, not thousands.
 */
export const ageConflict = defineRule<Options>({
  meta: {
    id: "age-conflict",
    description: "The same person is given ages that cannot all be true at the articles' dates.",
    severity: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    defaults: {},
    messages: {
      conflict: "{person} is {a} ({aFrom}) but {b} ({bFrom}): not possible {between}",
    },
  },
  check({ store, articles, words }) {
    const out = [];
    for (const key of store.personKeys()) {
      const ages = store.byPerson(key).filter((c) => c.kind === "age" && c.value !== null && c.entity);
      // People in this surname bucket, by the keys of all their name's words.
      const people = new Map<string, Claim[]>();
      for (const c of ages)
        if (nameKeyParts(c.entity!).length >= 2) {
          const k = nameKeyParts(c.entity!).join(" ");
          (people.get(k) ?? people.set(k, []).get(k)!).push(c);
        }
      const full = [...people.keys()];
      for (const c of ages) {
        if (nameKeyParts(c.entity!).length >= 2) continue;
        const fits = full.filter((k) => sameName(c.entity!, k));
        if (fits.length === 1) people.get(fits[0]!)!.push(c);
      }
      for (const [, claims] of [...people].sort(([x], [y]) => compareText(x, y))) {
        if (claims.length < 2) continue;
        const dated = claims.map((c) => ({ c, w: birthWindow(c, claims.find((x) => x.asOf)?.asOf ?? null) }));
        // Born after every window's start and before every window's end: empty means conflict.
        const latestStart = dated.reduce((a, b) => (b.w.lo > a.w.lo ? b : a));
        const earliestEnd = dated.reduce((a, b) => (b.w.hi < a.w.hi ? b : a));
        // Windows that overlap (or cannot be computed: NaN) are no conflict, and one claim never conflicts with itself.
        if (!(latestStart.w.lo >= earliestEnd.w.hi) || latestStart === earliestEnd) continue;
        const [a, b] = [latestStart.c, earliestEnd.c].sort(claimOrder) as [Claim, Claim];
        const between = a.asOf && b.asOf && a.asOf !== b.asOf ? betweenDates(a.asOf, b.asOf) : "on one date";
        const person = [a, b].map((x) => x.entity!).find((e) => e.includes(" ")) ?? a.entity!;
        // The message reads in date order; the finding still points at the first claim in article order.
        const [x, y] = (a.asOf ?? "") <= (b.asOf ?? "") ? [a, b] : [b, a];
        out.push({
          messageId: "conflict",
          data: {
            person,
            a: `${x.value}`,
            aFrom: words.provenance(x, articles),
            b: `${y.value}`,
            bFrom: words.provenance(y, articles),
            between,
          },
          claims: [a, b, ...claims.filter((c) => c !== a && c !== b).sort(claimOrder)],
          advice:
            "Check the person's age with the original interview or a document; the articles may also mean two people.",
        });
      }
    }
    return out;
  },
});

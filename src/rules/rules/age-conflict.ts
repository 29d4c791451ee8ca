import type { Claim } from "../../claims/claim.js";
import type { Rule } from "../types.js";
import { sameName } from "../../claims/name-key.js";
import { claimOrder, provenance } from "../helpers.js";

type Options = Record<string, never>;

const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

/** The years in which someone of this age on this date can have been born: (lo, hi]. */
function birthWindow(c: Claim, fallback: string | null): { lo: number; hi: number } {
  const when = c.asOf ?? fallback;
  const t = when ? Date.parse(when.length === 4 ? `${when}-07-01` : when.length === 7 ? `${when}-15` : when) / YEAR_MS : 0;
  return { lo: t - c.value! - 1, hi: t - c.value! };
}

/**
 * The same person with ages that cannot both be true given the articles' dates (an age may grow
 * by the years between them). People are the same when their names match under the name key,
 * and at least one mention gives a full name: two Konstantins are not one person.
 */
export const ageConflict: Rule<Options> = {
  meta: {
    id: "age-conflict",
    description: "The same person is given ages that cannot both be true at the articles' dates.",
    severity: "error",
    options: { type: "object", additionalProperties: false, properties: {} },
    defaults: {},
    messages: {
      conflict: "{person} is {a} ({aFrom}) but {b} ({bFrom}): not possible {between}",
    },
  },
  check({ store, articles }) {
    const out = [];
    for (const key of store.personKeys()) {
      const ages = store.byPerson(key).filter((c) => c.kind === "age" && c.value !== null && c.entity).slice().sort(claimOrder);
      for (let i = 0; i < ages.length; i++) {
        for (let j = i + 1; j < ages.length; j++) {
          const a = ages[i]!;
          const b = ages[j]!;
          if (a.value === b.value && a.asOf === b.asOf) continue;
          const full = a.entity!.includes(" ") || b.entity!.includes(" ");
          if (!full || !sameName(a.entity!, b.entity!)) continue;
          const wa = birthWindow(a, b.asOf);
          const wb = birthWindow(b, a.asOf);
          if (wa.lo < wb.hi && wb.lo < wa.hi) continue;
          const between = a.asOf && b.asOf && a.asOf !== b.asOf ? `between ${a.asOf} and ${b.asOf}` : "on one date";
          out.push({
            messageId: "conflict",
            data: { person: a.entity!.includes(" ") ? a.entity! : b.entity!, a: `${a.value}`, aFrom: provenance(a, articles), b: `${b.value}`, bFrom: provenance(b, articles), between },
            claims: [a, b],
            advice: "Check the person's age with the original interview or a document; the articles may also mean two people.",
          });
        }
      }
    }
    return out;
  },
};

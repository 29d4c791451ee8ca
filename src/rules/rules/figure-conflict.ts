import type { Rule } from "../types.js";
import { FACTOR_OPTION, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { groupClaims, groupData } from "../group-words.js";
import { judgedGroups, lowered } from "../quantities.js";

interface Options {
  tolerance: number;
  factor: number;
  maxRatio: number;
}

/**
 * One quantity (same measure, place, population and period) given figures that cannot all be
 * true, by sources that should agree: the same source, or sources that are not named.
 */
export const figureConflict: Rule<Options> = {
  meta: {
    id: "figure-conflict",
    description: "Articles give one quantity, for one period, figures that cannot all be true.",
    severity: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: { tolerance: TOLERANCE_OPTION, factor: FACTOR_OPTION, maxRatio: MAX_RATIO_OPTION },
    },
    defaults: { tolerance: 0.05, factor: 1.5, maxRatio: 50 },
    messages: {
      conflict: "{quantity}: {figures}: these figures cannot all be true ({ratio} apart).{missing}",
    },
  },
  check({ store, options, articles, clusters }) {
    return judgedGroups(store, clusters, options.tolerance, options.factor)
      .filter((j) => j.verdict === "conflict" && (j.ratio === null || j.ratio <= options.maxRatio))
      .map((j) => ({
        messageId: "conflict",
        data: groupData(j, articles, clusters),
        claims: groupClaims(j),
        // A key some figures lack, or a period nobody gives: the figures may be of other days or places.
        severity: lowered(j) || j.group.period === null ? ("info" as const) : undefined,
        advice: "Check which figure is right and when each was true; trace both back to their original source.",
      }));
  },
};

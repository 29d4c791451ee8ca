import type { Rule } from "../types.js";
import { FACTOR_OPTION, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { groupClaims, groupData } from "../group-words.js";
import { judgedGroups, lowered } from "../quantities.js";

interface Options {
  tolerance: number;
  factor: number;
  maxRatio: number;
}

/** Sources that dispute each other (police and organisers) give one quantity figures that cannot all be true. */
export const disputedFigure: Rule<Options> = {
  meta: {
    id: "disputed-figure",
    description: "Different sources (by attribution) give one quantity figures that cannot all be true.",
    severity: "warning",
    options: {
      type: "object",
      additionalProperties: false,
      properties: { tolerance: TOLERANCE_OPTION, factor: FACTOR_OPTION, maxRatio: MAX_RATIO_OPTION },
    },
    defaults: { tolerance: 0.05, factor: 1.5, maxRatio: 50 },
    messages: {
      disputed: "{quantity}: {figures}: the sources disagree ({ratio} apart).{missing}",
    },
  },
  check({ store, options, articles, clusters }) {
    return judgedGroups(store, clusters, options.tolerance, options.factor)
      .filter((j) => j.verdict === "disputed" && (j.ratio === null || j.ratio <= options.maxRatio))
      .map((j) => ({
        messageId: "disputed",
        data: groupData(j, articles, clusters),
        claims: groupClaims(j),
        severity: lowered(j) ? ("info" as const) : undefined,
        advice: "Report the figures with their sources, or find independent evidence for one.",
      }));
  },
};

import type { Rule } from "../types.js";
import { FACTOR_OPTION, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { groupClaims, groupData } from "../group-words.js";
import { judgedGroups } from "../quantities.js";

interface Options {
  tolerance: number;
  factor: number;
  maxRatio: number;
}

/** Estimates of one quantity that can all be true but lie far apart: worth a look, not a contradiction. */
export const divergentEstimate: Rule<Options> = {
  meta: {
    id: "divergent-estimate",
    description: "Estimates of one quantity that are compatible but far apart.",
    severity: "info",
    options: {
      type: "object",
      additionalProperties: false,
      properties: { tolerance: TOLERANCE_OPTION, factor: FACTOR_OPTION, maxRatio: MAX_RATIO_OPTION },
    },
    defaults: { tolerance: 0.05, factor: 1.5, maxRatio: 50 },
    messages: {
      divergent: "{quantity}: {figures}: {ratio} apart, so all may hold.{missing}",
    },
  },
  check({ store, options, articles, clusters }) {
    return judgedGroups(store, clusters, options.tolerance, options.factor)
      .filter((j) => j.verdict === "divergent" && (j.ratio === null || j.ratio <= options.maxRatio))
      .map((j) => ({
        messageId: "divergent",
        data: groupData(j, articles, clusters),
        claims: groupClaims(j),
        advice: "Say which estimate the story relies on, whose it is and as of when.",
      }));
  },
};

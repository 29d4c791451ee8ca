import type { Rule } from "../types.js";
import { FACTOR_OPTION, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { groupClaims, groupData } from "../group-words.js";
import { judgedGroups, lowered, type JudgedGroup } from "../quantities.js";
import { sourceKey } from "../sources.js";

/** Both figures furthest apart come from one named source. */
function sameSource(j: JudgedGroup): boolean {
  const keys = (cs: JudgedGroup["extremes"][number]): Set<string> => new Set(cs.flatMap((c) => (c.source ? [sourceKey(c.source)] : [])));
  const a = keys(j.extremes[0]);
  return a.size > 0 && [...keys(j.extremes[1])].some((k) => a.has(k));
}

interface Options {
  tolerance: number;
  factor: number;
  maxRatio: number;
}

/** One article gives one quantity figures that cannot all be true, and no two sources explain it. */
export const inconsistentInArticle: Rule<Options> = {
  meta: {
    id: "inconsistent-in-article",
    description: "One article states incompatible figures for one quantity.",
    severity: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: { tolerance: TOLERANCE_OPTION, factor: FACTOR_OPTION, maxRatio: MAX_RATIO_OPTION },
    },
    defaults: { tolerance: 0.05, factor: 1.5, maxRatio: 50 },
    messages: {
      inconsistent: "{quantity}: {figures}: one article gives figures that cannot all be true ({ratio} apart).{missing}",
    },
  },
  check({ store, options, articles, clusters }) {
    return judgedGroups(store, clusters, options.tolerance, options.factor)
      .filter((j) => j.verdict === "self" && (j.ratio === null || j.ratio <= options.maxRatio))
      .map((j) => ({
        messageId: "inconsistent",
        data: groupData(j, articles, clusters),
        claims: groupClaims(j),
        // One source giving a new figure in the same text ("organisers now speak of 70,000") is an
        // update, and a figure whose frame was carried over from another sentence may be another's.
        severity: lowered(j) || sameSource(j) || j.group.claims.some((c) => c.inferred.includes("measure")) ? ("info" as const) : undefined,
        advice: "Ask the author which figure is meant; if both are right, say what each refers to.",
      }));
  },
};

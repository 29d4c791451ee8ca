import { figureRule } from "../figure-rule.js";
import { defineRule } from "../types.js";
import { lowered, type JudgedGroup } from "../quantities.js";
import { sourceKey } from "../sources.js";

/** Both figures furthest apart come from one named source. */
function sameSource(j: JudgedGroup): boolean {
  const keys = (cs: JudgedGroup["extremes"][number]): Set<string> =>
    new Set(cs.flatMap((c) => (c.source ? [sourceKey(c.source)] : [])));
  const a = keys(j.extremes[0]);
  return a.size > 0 && [...keys(j.extremes[1])].some((k) => a.has(k));
}

/** One article gives one quantity figures that cannot all be true, and no two sources explain it. */
export const inconsistentInArticle = defineRule(
  figureRule({
    id: "inconsistent-in-article",
    description: "One article states incompatible figures for one quantity.",
    severity: "error",
    verdict: "self",
    messageId: "inconsistent",
    message: "{quantity}: {figures}: one article gives figures that cannot all be true ({ratio} apart).{missing}",
    advice: "Ask the author which figure is meant; if both are right, say what each refers to.",
    // One source giving a new figure in the same text ("organisers now speak of 70,000") is an
    // update, and a figure whose frame was carried over from another sentence may be another's.
    lowered: (j) => lowered(j) || sameSource(j) || j.group.claims.some((c) => c.inferred.includes("measure")),
  }),
);

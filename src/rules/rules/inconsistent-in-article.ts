import type { Rule } from "../types.js";
import { MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { comparisonKey } from "../../claims/store.js";
import { byFigure } from "../helpers.js";
import { describeFigure, intervalOf, meet, ratio } from "../figures.js";
import { compareText } from "../intl.js";

interface Options {
  tolerance: number;
  maxRatio: number;
}

/** One article gives the same thing two figures that cannot both be true. */
export const inconsistentInArticle: Rule<Options> = {
  meta: {
    id: "inconsistent-in-article",
    description: "One article states two incompatible figures for the same thing.",
    severity: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        tolerance: TOLERANCE_OPTION,
        maxRatio: MAX_RATIO_OPTION,
      },
    },
    defaults: { tolerance: 0.05, maxRatio: 50 },
    messages: {
      inconsistent: "{subject}: this article says {a} (line {aLine}) and {b} (line {bLine})",
    },
  },
  check({ store, options, articles }) {
    const out = [];
    for (const path of [...articles.keys()].sort()) {
      const byKey = new Map<string, ReturnType<typeof store.byArticle>[number][]>();
      for (const c of store.byArticle(path)) {
        const k = comparisonKey(c);
        if (k && c.qualifier !== "vague") (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(c);
      }
      for (const [key, claims] of [...byKey].sort(([x], [y]) => compareText(x, y))) {
        const groups = byFigure(claims);
        for (let i = 0; i < groups.length; i++) {
          for (let j = i + 1; j < groups.length; j++) {
            const a = groups[i]![0]!;
            const b = groups[j]![0]!;
            if (meet(intervalOf(a), intervalOf(b), options.tolerance)) continue;
            const r = ratio(a, b);
            if (r !== null && r > options.maxRatio) continue;
            // Two sources quoted in one article disagreeing is a dispute, not the article's own inconsistency.
            if (a.source && b.source && a.source !== b.source) continue;
            out.push({
              messageId: "inconsistent",
              data: { subject: key.split("|")[0]!, a: describeFigure(a), b: describeFigure(b), aLine: a.span?.line ?? 0, bLine: b.span?.line ?? 0 },
              claims: [...groups[i]!, ...groups[j]!],
              advice: "Ask the author which figure is meant; if both are right, say what each refers to.",
            });
          }
        }
      }
    }
    return out;
  },
};

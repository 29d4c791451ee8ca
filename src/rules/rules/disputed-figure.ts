import type { Rule } from "../types.js";
import { figurePairs, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { describeFigure, formatRatio } from "../figures.js";
import { provenance } from "../helpers.js";

interface Options {
  tolerance: number;
  maxRatio: number;
}

/** Different sources give different figures for the same thing. */
export const disputedFigure: Rule<Options> = {
  meta: {
    id: "disputed-figure",
    description: "Different sources (by attribution) give different figures for the same thing.",
    severity: "warning",
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
      disputed: "{subject}: {a} ({aFrom}) vs {b} ({bFrom}): the sources disagree ({ratio} apart)",
    },
  },
  check({ store, options, articles }) {
    return figurePairs(store, options.tolerance, true, options.maxRatio)
      .filter((p) => p.disputed && !p.differentScope && (!p.meet || (p.ratio !== null && p.ratio > 1 + options.tolerance)))
      .map((p) => {
        const a = p.a.find((c) => c.source) ?? p.a[0]!;
        const b = p.b.find((c) => c.source) ?? p.b[0]!;
        return {
          messageId: "disputed",
          data: { subject: p.subject, a: describeFigure(a), aFrom: provenance(a, articles), b: describeFigure(b), bFrom: provenance(b, articles), ratio: p.ratio ? formatRatio(p.ratio) : "?" },
          claims: [a, ...p.a.filter((c) => c !== a), b, ...p.b.filter((c) => c !== b)],
          advice: "Report both figures with their sources, or find independent evidence for one.",
        };
      });
  },
};

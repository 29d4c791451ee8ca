import type { Rule } from "../types.js";
import { figurePairs, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { describeFigure, formatRatio, relation } from "../figures.js";
import { formatDate, provenance } from "../helpers.js";

interface Options {
  factor: number;
  tolerance: number;
  maxRatio: number;
}

/**
 * Estimates that can both be true but lie far apart, and figures that grew over time: worth a
 * look, not a contradiction.
 */
export const divergentEstimate: Rule<Options> = {
  meta: {
    id: "divergent-estimate",
    description: "Estimates of the same thing that are compatible but far apart, or that grew between dates.",
    severity: "info",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        factor: { type: "number", exclusiveMinimum: 1, description: "Flag when one figure is more than this many times the other." },
        tolerance: TOLERANCE_OPTION,
        maxRatio: MAX_RATIO_OPTION,
      },
    },
    defaults: { factor: 1.5, tolerance: 0.05, maxRatio: 50 },
    messages: {
      divergent: "{subject}: {a} ({aFrom}) vs {b} ({bFrom}): {relation}, so both may hold",
      growth: "{subject}: {a} on {aDate} grew to {b} on {bDate} ({ratio}): a figure that grows over time, given at different dates",
    },
  },
  check({ store, options, articles }) {
    return figurePairs(store, options.tolerance, false, options.maxRatio)
      .filter((p) => !p.sameArticle && !p.disputed && !p.differentScope && (p.growth || (p.meet && p.ratio !== null && p.ratio > options.factor)))
      .map((p) => {
        const [a, b] = p.growth && (p.a[0]!.asOf ?? "") > (p.b[0]!.asOf ?? "") ? [p.b, p.a] : [p.a, p.b];
        return {
          messageId: p.growth ? "growth" : "divergent",
          data: {
            subject: p.subject, a: describeFigure(a[0]!), aFrom: provenance(a[0]!, articles), b: describeFigure(b[0]!),
            bFrom: provenance(b[0]!, articles), ratio: p.ratio ? formatRatio(p.ratio) : "?",
            aDate: formatDate(a[0]!.asOf) ?? "?", bDate: formatDate(b[0]!.asOf) ?? "?",
            relation: relation(a[0]!, b[0]!, options.tolerance),
          },
          claims: [...a, ...b],
          advice: "Say which estimate the story relies on, whose it is and as of when.",
        };
      });
  },
};

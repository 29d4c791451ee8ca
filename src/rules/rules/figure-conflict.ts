import type { Rule } from "../types.js";
import { figurePairs, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { describeFigure, formatRatio, relation } from "../figures.js";
import { provenance } from "../helpers.js";

interface Options {
  tolerance: number;
  includeVague: boolean;
  maxRatio: number;
}

/** Claims about the same thing in different articles whose intervals do not meet. */
export const figureConflict: Rule<Options> = {
  meta: {
    id: "figure-conflict",
    description: "Articles give figures for the same thing that cannot both be true.",
    severity: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        tolerance: TOLERANCE_OPTION,
        includeVague: { type: "boolean", description: "Also compare vague amounts (\"thousands of\")." },
        maxRatio: MAX_RATIO_OPTION,
      },
    },
    defaults: { tolerance: 0.05, includeVague: false, maxRatio: 50 },
    messages: {
      conflict: "{subject}: {a} ({aFrom}) vs {b} ({bFrom}): the figures cannot both be true; {relation}",
    },
  },
  check({ store, options, articles }) {
    return figurePairs(store, options.tolerance, options.includeVague, options.maxRatio)
      .filter((p) => !p.meet && !p.sameArticle && !p.disputed && !p.growth && !p.differentScope)
      .map((p) => ({
        messageId: "conflict",
        data: {
          subject: p.subject, a: describeFigure(p.a[0]!), aFrom: provenance(p.a[0]!, articles),
          b: describeFigure(p.b[0]!), bFrom: provenance(p.b[0]!, articles), ratio: p.ratio ? formatRatio(p.ratio) : "?",
          relation: relation(p.a[0]!, p.b[0]!, options.tolerance),
        },
        claims: [...p.a, ...p.b],
        advice: "Check which figure is right and when each was true; trace both back to their original source.",
      }));
  },
};

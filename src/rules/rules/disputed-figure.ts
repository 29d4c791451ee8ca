import type { Rule } from "../types.js";
import { figurePairs, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "../compare.js";
import { describeFigure, formatRatio, relation } from "../figures.js";
import { provenance } from "../helpers.js";
import { countSources, sourcesPhrase, type SourceCount } from "../sources.js";
import type { Claim } from "../../claims/claim.js";
import type { Article } from "../../corpus/article.js";
import type { ArticleClusters } from "../clusters.js";

interface Options {
  tolerance: number;
  maxRatio: number;
}

/**
 * How many places and independent sources give one side's figure: "; 5 places, at most 3
 * independent sources" (copies, one outlet and one originator count once), or nothing for one place.
 */
function side(k: "a" | "b", claims: Claim[], articles: ReadonlyMap<string, Article>, clusters: ArticleClusters, memo: WeakMap<Claim[], SourceCount>): Record<string, string | number> {
  // A figure's group is one array in every pair it is part of: counted once.
  const s = memo.get(claims) ?? memo.set(claims, countSources(claims, articles, clusters)).get(claims)!;
  return { [`${k}Places`]: s.places, [`${k}Sources`]: s.independent, [`${k}Count`]: s.places < 2 ? "" : `; ${s.places} places, ${sourcesPhrase(s)}` };
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
      disputed: "{subject}: {a} ({aFrom}{aCount}) vs {b} ({bFrom}{bCount}): the sources disagree; {relation}",
    },
  },
  check({ store, options, articles, clusters }) {
    const memo = new WeakMap<Claim[], SourceCount>();
    return figurePairs(store, options.tolerance, true, options.maxRatio)
      .filter((p) => p.disputed && !p.differentScope && (!p.meet || (p.ratio !== null && p.ratio > 1 + options.tolerance)))
      .map((p) => {
        const a = p.a.find((c) => c.source) ?? p.a[0]!;
        const b = p.b.find((c) => c.source) ?? p.b[0]!;
        return {
          messageId: "disputed",
          data: {
            subject: p.subject, a: describeFigure(a), aFrom: provenance(a, articles), b: describeFigure(b), bFrom: provenance(b, articles),
            ratio: p.ratio ? formatRatio(p.ratio) : "?", relation: relation(a, b, options.tolerance),
            ...side("a", p.a, articles, clusters, memo), ...side("b", p.b, articles, clusters, memo),
          },
          claims: [a, ...p.a.filter((c) => c !== a), b, ...p.b.filter((c) => c !== b)],
          advice: "Report both figures with their sources, or find independent evidence for one.",
        };
      });
  },
};

import type { Rule } from "../types.js";
import { byFigure, distinctArticles, outletOf } from "../helpers.js";
import { describeFigure } from "../figures.js";

interface Options {
  minArticles: number;
}

/**
 * The same figure for the same thing in several articles: corroboration, counted in independent
 * sources, since copies and translations of one article (one cluster) count once.
 */
export const duplicateClaim: Rule<Options> = {
  meta: {
    id: "duplicate-claim",
    description: "The same figure for the same thing in several articles, with how many independent sources.",
    severity: "info",
    options: { type: "object", additionalProperties: false, properties: { minArticles: { type: "integer", minimum: 2 } } },
    defaults: { minArticles: 2 },
    messages: {
      repeated: "{subject}: {figure} is given in {articles} places ({outlets}), {independent} independent {sources}",
    },
  },
  check({ store, options, articles, clusters }) {
    const out = [];
    for (const key of store.comparisonKeys(options.minArticles)) {
      // Vague amounts ("thousands of") repeated are not a figure confirmed.
      for (const group of byFigure(store.byComparisonKey(key).filter((c) => c.qualifier !== "vague"))) {
        const paths = distinctArticles(group);
        if (paths.length < options.minArticles) continue;
        const independent = new Set(group.map((c) => (c.article ? clusters.clusterOf(c.article) : c.origin?.file ?? ""))).size;
        const outlets = [...new Set(group.map((c) => outletOf(c, articles)))].sort();
        out.push({
          messageId: "repeated",
          data: {
            subject: key.split("|")[0]!, figure: describeFigure(group[0]!), articles: paths.length, outlets: outlets.join(", "),
            independent, sources: independent === 1 ? "source" : "sources",
          },
          claims: group,
          advice: independent < paths.length ? "Copies and translations repeat one source: do not count them as confirmation." : "Independent reports agree on this figure.",
        });
      }
    }
    return out;
  },
};

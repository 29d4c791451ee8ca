import type { Rule } from "../types.js";

type Options = Record<string, never>;

/** Articles that are copies or translations of one another: one source, not several. */
export const duplicateArticle: Rule<Options> = {
  meta: {
    id: "duplicate-article",
    description: "Articles that are copies or translations of one another, so not independent confirmation.",
    severity: "info",
    options: { type: "object", additionalProperties: false, properties: {} },
    defaults: {},
    messages: {
      copy: "{a} and {b} are copies: {facts}% of their figures, names and dates in the same order, {text}% shared wording",
      translation: "{a} and {b} are translations of one another: {facts}% of their figures, names and dates in the same order",
    },
  },
  check({ clusters }) {
    return clusters.pairs.map((p) => ({
      messageId: p.kind,
      data: { a: p.a, b: p.b, facts: Math.round(p.factSimilarity * 100), text: p.textSimilarity === null ? "–" : Math.round(p.textSimilarity * 100) },
      claims: [],
      articles: [p.a, p.b],
      advice: "Treat the cluster as one source when counting confirmations.",
    }));
  },
};

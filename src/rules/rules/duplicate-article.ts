import type { Rule } from "../types.js";

type Options = Record<string, never>;

/**
 * Articles that are copies, translations or rewrites of one another: one source, not several.
 * The pairs are found before the rules run (src/rules/clusters.ts); their thresholds are
 * ClusterOptions, documented in docs/rules/duplicate-article.md.
 */
export const duplicateArticle: Rule<Options> = {
  meta: {
    id: "duplicate-article",
    description: "Articles that are copies, translations or rewrites of one another, so not independent confirmation.",
    severity: "info",
    options: { type: "object", additionalProperties: false, properties: {} },
    defaults: {},
    messages: {
      copy: "{a} and {b} are copies: {facts}% of their figures, names and dates in the same order, {text}% shared wording",
      translation: "{a} and {b} are translations of one another: {facts}% of their figures, names and dates in the same order",
      rewrite: "{a} and {b} are one story in different words: {facts}% of their figures, names and dates in the same order, {text}% shared wording",
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

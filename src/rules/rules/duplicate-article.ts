import { defineRule } from "../types.js";
import { CLUSTER_OPTIONS_SCHEMA, COPY_RULE_ID, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from "../clusters.js";

/**
 * Articles that are copies, translations or rewrites of one another: one source, not several.
 * The pairs are found before the rules run (src/rules/clusters.ts), since duplicate-claim and
 * disputed-figure count sources by them too; this rule's options are their thresholds, defined
 * with the engine (clusterOptionsOf), so they apply even when the rule is off. Documented in docs/rules/duplicate-article.md.
 */
export const duplicateArticle = defineRule<ClusterOptions>({
  meta: {
    id: COPY_RULE_ID,
    description: "Articles that are copies, translations or rewrites of one another, so not independent confirmation.",
    severity: "info",
    options: CLUSTER_OPTIONS_SCHEMA,
    defaults: DEFAULT_CLUSTER_OPTIONS,
    messages: {
      copy: "{a} and {b} are copies: {facts}% of their figures, names and dates in the same order, {text}% shared wording",
      translation:
        "{a} and {b} are translations of one another: {facts}% of their figures, names and dates in the same order",
      rewrite:
        "{a} and {b} are one story in different words: {facts}% of their figures, names and dates in the same order, {text}% shared wording",
    },
  },
  check({ clusters }) {
    return clusters.pairs.map((p) => ({
      messageId: p.kind,
      data: {
        a: p.a,
        b: p.b,
        facts: Math.round(p.factSimilarity * 100),
        text: p.textSimilarity === null ? "–" : Math.round(p.textSimilarity * 100),
      },
      claims: [],
      articles: [p.a, p.b],
      advice: "Treat the cluster as one source when counting confirmations.",
    }));
  },
});

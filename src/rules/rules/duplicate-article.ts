import { defineRule } from "../types.js";
import type { Config } from "../config.js";
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from "../clusters.js";

const share = (description: string): object => ({ type: "number", minimum: 0, maximum: 1, description });
const atLeast = (min: number, description: string): object => ({ type: "integer", minimum: min, description });

/**
 * Articles that are copies, translations or rewrites of one another: one source, not several.
 * The pairs are found before the rules run (src/rules/clusters.ts), since duplicate-claim and
 * disputed-figure count sources by them too; this rule's options are their thresholds, so they
 * apply even when the rule is off. Documented in docs/rules/duplicate-article.md.
 */
export const duplicateArticle = defineRule<ClusterOptions>({
  meta: {
    id: "duplicate-article",
    description: "Articles that are copies, translations or rewrites of one another, so not independent confirmation.",
    severity: "info",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        factThreshold: share("share of distinct facts two articles must share (Jaccard), every kind"),
        orderThreshold: share("share of the shorter article's facts in the same order in the other, every kind"),
        textThreshold: share("shared wording (word 4-grams) that makes a same-language pair a copy"),
        minFacts: atLeast(1, "articles with fewer distinct facts are not judged"),
        rewriteFactThreshold: share("a rewrite shares at least this share of distinct facts"),
        rewriteOrderThreshold: share("a rewrite has at least this share of the shorter article's facts in the same order"),
        rewriteMinFacts: atLeast(1, "a rewrite has at least this many facts in that common order"),
        rewriteMinPersonFacts: atLeast(0, "a rewrite shares at least this many facts about people"),
        rewriteMinAgedPeople: atLeast(1, "or, instead of rewriteOrderThreshold, names this many people with the same ages"),
        containMinFacts: atLeast(1, "an excerpt, version or partial translation shares at least this many distinct facts"),
        containThreshold: share("… and this share of the smaller article's distinct facts"),
        containOrderThreshold: share("… with this share of the shared facts in the same order"),
        textContainThreshold: share("… and, in one language, this share of the shorter article's wording (word 4-grams)"),
        containMinTranslatedFacts: atLeast(1, "… or, across languages, at least this many shared facts"),
      },
    },
    defaults: DEFAULT_CLUSTER_OPTIONS,
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
});

/** The thresholds copies are found with: the defaults, and what the config sets for duplicate-article. */
export function clusterOptionsOf(config: Config): ClusterOptions {
  return { ...DEFAULT_CLUSTER_OPTIONS, ...(config.rules.get(duplicateArticle.meta.id)?.options as Partial<ClusterOptions> | undefined) };
}

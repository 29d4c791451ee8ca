// A small RuleTester: articles written inline → the findings of one rule, through the same
// pipeline as `check` (extract, store, clusters, engine), without touching the disk.
import { articleFromText } from "../../src/corpus/article.js";
import { analyse } from "../../src/extract/extract.js";
import { ClaimStore } from "../../src/claims/store.js";
import { DEFAULT_CLUSTER_OPTIONS, findClusters, type ClusterOptions } from "../../src/rules/clusters.js";
import { emptyConfig } from "../../src/rules/config.js";
import { runRules } from "../../src/rules/engine.js";
import type { Claim } from "../../src/claims/claim.js";
import type { Finding } from "../../src/rules/types.js";

export interface TestArticle {
  path: string;
  text: string;
  lang?: "en" | "de";
  date?: string;
  outlet?: string;
}

/** The articles read, extracted and stored, and their clusters (with the given thresholds). */
export function pipeline(articles: TestArticle[], extra: Claim[] = [], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS) {
  const read = articles.map((a) => {
    const fm = `---\noutlet: ${a.outlet ?? a.path}\ndate: ${a.date ?? "2022-09-27"}\nlang: ${a.lang ?? "en"}\n---\n`;
    return articleFromText(a.path, fm + a.text).article;
  });
  const analysed = read.map((a) => analyse({ path: a.path, text: a.text, lang: a.lang, date: a.date, bodyStart: a.bodyStart }));
  const claims = [...analysed.flatMap((x) => x.claims), ...extra];
  const names = analysed.flatMap((x) => x.names);
  const store = new ClaimStore(claims, names);
  return { read, store, clusters: findClusters(read, store, names, options) };
}

export function findings(articles: TestArticle[], extra: Claim[] = []): Finding[] {
  const { read, store, clusters } = pipeline(articles, extra);
  return runRules({ store, articles: new Map(read.map((a) => [a.path, a])), clusters, config: emptyConfig() });
}

export const ofRule = (fs: Finding[], rule: string): Finding[] => fs.filter((f) => f.rule === rule);

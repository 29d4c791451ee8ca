// A small RuleTester, after ESLint's: articles written inline → the findings of one rule, through
// the same stages as `check` (read, analyse, store, copies, engine), without touching the disk.
// Each rule's file in test/rules/rules/ gives its valid cases (what the rule must leave alone)
// and its invalid ones (what it must flag, and how).
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/corpus/article.js";
import { analyseArticle } from "../../src/commands/check/analyse.js";
import { ClaimStore } from "../../src/claims/store.js";
import { DEFAULT_CLUSTER_OPTIONS, findClusters, type ClusterOptions } from "../../src/rules/clusters.js";
import { emptyConfig } from "../../src/rules/config.js";
import { runRules } from "../../src/rules/engine.js";
import { WORDS } from "../../src/report/words.js";
import type { Claim } from "../../src/model/claim.js";
import type { Finding, RegisteredRule } from "../../src/rules/types.js";

export interface TestArticle {
  path: string;
  text: string;
  lang?: "en" | "de";
  date?: string;
  outlet?: string;
}

/** The articles read, analysed and stored, and their clusters (with the given thresholds). */
export function pipeline(
  articles: TestArticle[],
  extra: Claim[] = [],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
) {
  const analysed = articles.map((a) => {
    const fm = `---\noutlet: ${a.outlet ?? a.path}\ndate: ${a.date ?? "2022-09-27"}\nlang: ${a.lang ?? "en"}\n---\n`;
    return analyseArticle(articleFromText(a.path, fm + a.text).article);
  });
  const read = analysed.map((x) => x.article);
  const claims = [...analysed.flatMap((x) => x.claims), ...extra];
  const names = analysed.flatMap((x) => x.names);
  const store = new ClaimStore(claims, names);
  const words = new Map(analysed.map((x) => [x.article, x.words]));
  return { read, store, clusters: findClusters(read, store, names, options, (a) => words.get(a)!) };
}

export function findings(articles: TestArticle[], extra: Claim[] = []): Finding[] {
  const { read, store, clusters } = pipeline(articles, extra);
  return runRules({
    store,
    articles: new Map(read.map((a) => [a.path, a])),
    clusters,
    config: emptyConfig(),
    words: WORDS,
  });
}

export const ofRule = (fs: Finding[], rule: string): Finding[] => fs.filter((f) => f.rule === rule);

export const A = (path: string, text: string, more: Partial<TestArticle> = {}): TestArticle => ({
  path,
  text,
  ...more,
});

/** Articles the rule must leave alone. */
export interface ValidCase {
  name: string;
  articles: TestArticle[];
}

/** Articles the rule must flag. */
export interface InvalidCase extends ValidCase {
  /** The message ids the rule must produce, in order. */
  messages: string[];
  /** Rendered-data checks on the first finding. */
  data?: Record<string, string | number>;
  /** What the first finding's advice must say. */
  advice?: RegExp;
  /** The first finding's severity. */
  severity?: string;
  /** What the first finding's list of figures must say. */
  figures?: RegExp;
  /** What the first finding's message must say. */
  message?: RegExp;
  /** How many figures the first finding holds. */
  held?: number;
}

/** Runs a rule's cases: each valid one gives no finding of the rule, each invalid one the findings it names. */
export function testRule(rule: RegisteredRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  describe(id, () => {
    it("has both valid and invalid cases, none of them twice", () => {
      expect(cases.valid.length, "valid cases").toBeGreaterThan(0);
      expect(cases.invalid.length, "invalid cases").toBeGreaterThan(0);
      const seen = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify(c.articles));
      expect(new Set(seen).size).toBe(seen.length);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const got = ofRule(findings(c.articles), id);
        expect(
          got.map((f) => f.messageId),
          got.map((f) => f.message).join("\n"),
        ).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = ofRule(findings(c.articles), id);
        expect(
          got.map((f) => f.messageId),
          got.map((f) => f.message).join("\n"),
        ).toEqual(c.messages);
        for (const [k, v] of Object.entries(c.data ?? {})) expect(got[0]!.data[k], k).toBe(v);
        if (c.advice) expect(got[0]!.advice).toMatch(c.advice);
        if (c.severity) expect(got[0]!.severity).toBe(c.severity);
        if (c.figures) expect(String(got[0]!.data.figures)).toMatch(c.figures);
        if (c.message) expect(got[0]!.message).toMatch(c.message);
        if (c.held !== undefined) expect(got[0]!.claims, "figures held").toHaveLength(c.held);
      });
    }
  });
}

// findings.json: a version, every article, every claim, every finding (schema/findings.schema.json).
import type { CheckResult } from "./result.js";
import { RESULT_VERSION } from "./result.js";

export function jsonReport(r: CheckResult): string {
  const perArticle = new Map<string, number>();
  for (const c of r.claims) if (c.article) perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
  const doc = {
    version: RESULT_VERSION,
    tool: "crosscheck",
    articles: r.articles.map((a) => ({
      path: a.path, title: a.title, outlet: a.outlet, date: a.date, lang: a.lang,
      claims: perArticle.get(a.path) ?? 0,
    })),
    claims: r.claims,
    findings: r.findings,
    clusters: r.clusters,
    inputErrors: r.inputErrors,
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

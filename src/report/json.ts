// findings.json: a version, every article, every claim, every finding (schema/findings.schema.json).
// Written in pieces: at 100,000 articles the document is larger than a JavaScript string may be.
import type { CheckResult } from "./result.js";
import { RESULT_VERSION } from "./result.js";
import { LazyArray, MemorySink, writeJson, type ReportStream } from "./sink.js";

export function writeJsonReport(r: CheckResult, w: ReportStream): void {
  const perArticle = new Map<string, number>();
  for (const c of r.claims) if (c.article) perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
  const doc = {
    version: RESULT_VERSION,
    tool: "crosscheck",
    articles: new LazyArray(
      (function* () {
        for (const a of r.articles) yield { path: a.path, title: a.title, outlet: a.outlet, date: a.date, lang: a.lang, claims: perArticle.get(a.path) ?? 0 };
      })(),
    ),
    claims: r.claims,
    findings: r.findings,
    clusters: r.clusters,
    inputErrors: r.inputErrors,
  };
  // One article, claim, finding or cluster a line: at 100,000 articles the claims alone are
  // 1.1 GB indented, 0.6 GB this way; the same JSON value, and a claim is still one line in a diff.
  writeJson(w, doc, 2, "", true);
  w.write("\n");
}

/** findings.json as one string (small results; tests). */
export function jsonReport(r: CheckResult): string {
  const sink = new MemorySink();
  const w = sink.open("findings.json");
  writeJsonReport(r, w);
  w.close();
  return sink.files.get("findings.json")!;
}

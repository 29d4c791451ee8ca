// findings.json: a version, every article with the sentences its claims stand in, every claim,
// every finding (schema/findings.schema.json). Written in pieces: at 100,000 articles the
// document is larger than a JavaScript string may be.
import type { Reporter } from "./reporter.js";
import type { Claim } from "../model/claim.js";
import type { QuotePlan } from "./quote.js";
import type { CheckResult } from "./result.js";
import { RESULT_VERSION } from "./result.js";
import { SentenceTables, sentenceStart, writtenClaim } from "./sentences.js";
import { LazyArray, MemorySink, writeJson, type ReportStream } from "./sink.js";

/**
 * `quotes` are the quotes' plans made while the texts were at hand (check lets them go): a plan
 * that is a number is the claim's offset in its sentence, so the sentence's start is known
 * without the text. Without them, sentences are found in the articles' texts.
 */
export function writeJsonReport(r: CheckResult, w: ReportStream, quotes?: ReadonlyMap<string, QuotePlan>): void {
  const perArticle = new Map<string, number>();
  for (const c of r.claims) if (c.article) perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
  const texts = quotes ? undefined : new Map(r.articles.map((a) => [a.path, a.text]));
  const startOf = (c: Claim): number | null => {
    if (!c.span || !c.article || c.sentence === null) return null;
    if (quotes) {
      const plan = quotes.get(c.id);
      return typeof plan === "number" && c.span.start - plan >= 0 ? c.span.start - plan : null;
    }
    const text = texts!.get(c.article);
    return text ? sentenceStart(text, c) : null;
  };
  const starts = r.claims.map(startOf);
  const tables = new SentenceTables();
  r.claims.forEach((c, i) => {
    tables.add(c, starts[i]!);
  });
  const doc = {
    version: RESULT_VERSION,
    tool: "crosscheck",
    articles: new LazyArray(
      (function* () {
        for (const a of r.articles)
          yield {
            path: a.path,
            title: a.title,
            outlet: a.outlet,
            date: a.date,
            lang: a.lang,
            claims: perArticle.get(a.path) ?? 0,
            sentences: tables.rows(a.path),
          };
      })(),
    ),
    claims: new LazyArray(
      (function* () {
        for (let i = 0; i < r.claims.length; i++) yield writtenClaim(r.claims[i]!, starts[i]!);
      })(),
    ),
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

export const reporter: Reporter = {
  forPeople: false,
  files: ["findings.json"],
  write(r, o, sink) {
    const w = sink.open("findings.json");
    writeJsonReport(r, w, o.quotes);
    w.close();
  },
  print: (r) => jsonReport(r),
};

// The Markdown reports for people: an index (corpus, findings by rule and severity, figures over
// time, copies and translations), one section per finding, one page per article; a file of
// src/report/markdown/ for each page. Every piece of article text goes through escapeMarkdown,
// every link target through encodePath; the same result always gives the same bytes.
import type { Reporter, ReportOptions } from "./reporter.js";
import type { CheckResult } from "./result.js";
import { MemorySink, type ReportSink } from "./sink.js";
import { writeArticlePages } from "./markdown/article-pages.js";
import { MarkdownContext } from "./markdown/context.js";
import { writeFindingsPage } from "./markdown/findings-page.js";
import { writeIndexPage } from "./markdown/index-page.js";

export type MarkdownOptions = ReportOptions;

/** The Markdown reports as strings, by file name (small results; tests). */
export function markdownReport(r: CheckResult, o: MarkdownOptions): Map<string, string> {
  const sink = new MemorySink();
  writeMarkdownReport(r, o, sink);
  return sink.files;
}

/** findings.md, then a page per article, then the charts and index.md. */
export function writeMarkdownReport(r: CheckResult, o: MarkdownOptions, sink: ReportSink): void {
  const x = new MarkdownContext(r, o);
  writeFindingsPage(x, sink);
  writeArticlePages(x, sink);
  writeIndexPage(x, sink);
}

export const reporter: Reporter = { forPeople: true, files: ["index.md", "findings.md"], write: writeMarkdownReport };

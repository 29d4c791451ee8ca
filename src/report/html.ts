// The HTML report: one self-contained file (index.html) from the same findings as the Markdown
// reports: the summary of disputed quantities, every finding with its claims and quotes, a chart
// per disputed quantity as inline SVG, the copies and the corpus. A few lines of inline script
// filter the findings by severity, rule and article. Nothing is fetched: a Content-Security-Policy
// forbids every network request, styles and the script are inline, and the charts are SVG in the
// page. Every piece of input text goes through escapeXml, every link target through encodePath;
// the same result always gives the same bytes.
import type { Reporter, ReportOptions } from "./reporter.js";
import { escapeXml } from "./escape.js";
import type { CheckResult } from "./result.js";
import { MemorySink, type ReportStream } from "./sink.js";
import { disputedQuantities } from "./summary.js";
import { summaryLine } from "./terminal.js";
import { HtmlContext } from "./html/context.js";
import { writeFindings } from "./html/findings.js";
import { chartsOf, writeCharts, writeCopiesAndCorpus, writeInputErrors, writeSummary } from "./html/sections.js";

export type HtmlOptions = ReportOptions;

export const HTML_FILE = "index.html";

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
main{max-width:1200px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:26px;margin:8px 0 4px}h2{font-size:21px;margin:32px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}h3{font-size:17px;margin:20px 0 6px}
nav a{margin-right:14px}a{color:#0b57d0}
.counts{color:#444;margin:0 0 8px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:13px;font-weight:600;color:#fff}
.badge.error{background:#c5221f}.badge.warning{background:#c26401}.badge.info{background:#1a73e8}.badge.accepted{background:#5f6368}
ol.quantities>li{margin:0 0 10px}ol.quantities ul{margin:4px 0 0;padding-left:20px}
.figure{font-weight:600}
.filters{position:sticky;top:0;z-index:1;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 12px;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
.filters select{max-width:22em}
#filter-count{margin:0;color:#444}
article.finding{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;padding:8px 14px;margin:12px 0}
article.finding.error{border-left-color:#c5221f}article.finding.warning{border-left-color:#c26401}article.finding.info{border-left-color:#1a73e8}
article.finding[hidden]{display:none}
/* Findings off screen are not laid out until scrolled to: a page of hundreds opens at once. */
article.finding{content-visibility:auto;contain-intrinsic-size:auto 320px}
.finding header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.finding .num{font-weight:700}
.message{font-size:16px;margin:6px 0}
table{border-collapse:collapse;margin:6px 0;font-size:14px;width:100%}
th,td{border:1px solid #e0e0e0;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f3f3f3}
td.num,th.num{text-align:right;white-space:nowrap}
.quote{color:#333}.quote b{background:#fff3b0}
.more{color:#555;font-style:italic}
figure{margin:12px 0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}
figure svg{max-width:100%;height:auto;display:block}
figcaption{font-weight:600;margin-bottom:4px}
`;

/** Shows only the findings that match the three filters, and says how many. */
const SCRIPT = `
(function () {
  var severity = document.getElementById("filter-severity");
  var rule = document.getElementById("filter-rule");
  var article = document.getElementById("filter-article");
  var count = document.getElementById("filter-count");
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  function apply() {
    var shown = 0;
    findings.forEach(function (f) {
      var show = (!severity.value || f.getAttribute("data-severity") === severity.value)
        && (!rule.value || f.getAttribute("data-rule") === rule.value)
        && (!article.value || (" " + f.getAttribute("data-articles") + " ").indexOf(" " + article.value + " ") >= 0);
      f.hidden = !show;
      if (show) shown++;
    });
    count.textContent = shown + " of " + findings.length + " findings shown";
  }
  [severity, rule, article].forEach(function (s) { s.addEventListener("change", apply); });
  document.getElementById("filters").addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
})();
`;

/** The HTML report as a string (small results; tests). */
export function htmlReport(r: CheckResult, o: HtmlOptions): string {
  const sink = new MemorySink();
  const w = sink.open(HTML_FILE);
  writeHtmlReport(r, o, w);
  w.close();
  return sink.files.get(HTML_FILE)!;
}

export function writeHtmlReport(r: CheckResult, o: HtmlOptions, w: ReportStream): void {
  const x = new HtmlContext(r, o);
  const quantities = disputedQuantities(r);
  const chartOf = chartsOf(x, quantities);
  const extracted = r.claims.filter((c) => c.span).length;
  w.write(`<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n`);
  w.write(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n`,
  );
  w.write(
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>crosscheck report</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n`,
  );
  w.write(`<h1>crosscheck report</h1>\n`);
  w.write(
    `<p class="counts">${r.articles.length} articles · ${r.claims.length} claims (${extracted} extracted, ${r.claims.length - extracted} added by hand) · ${escapeXml(summaryLine(r.findings, r.inputErrors.length))}</p>\n`,
  );
  w.write(
    `<nav><a href="#summary">Summary</a><a href="#findings">Findings</a><a href="#charts">Charts</a><a href="#copies">Copies</a><a href="#corpus">Articles</a>${r.inputErrors.length ? `<a href="#input-errors">Input errors</a>` : ""}</nav>\n`,
  );
  writeSummary(x, quantities, chartOf, w);
  writeFindings(x, w);
  writeCharts(x, chartOf, w);
  writeCopiesAndCorpus(x, w);
  writeInputErrors(x, w);
  w.write(`</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`);
}

export const reporter: Reporter = {
  forPeople: true,
  files: [HTML_FILE],
  write(r, o, sink) {
    const w = sink.open(HTML_FILE);
    writeHtmlReport(r, o, w);
    w.close();
  },
};

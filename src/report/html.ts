// The HTML report: one self-contained file (index.html) from the same findings as the Markdown
// reports: the summary of disputed quantities, every finding with its claims and quotes, a chart
// per disputed quantity as inline SVG, the copies and the corpus. A few lines of inline script
// filter the findings by severity, rule and article. Nothing is fetched: a Content-Security-Policy
// forbids every network request, styles and the script are inline, and the charts are SVG in the
// page. Every piece of input text goes through escapeXml, every link target through encodePath;
// the same result always gives the same bytes.
import type { Reporter } from "./reporter.js";
import type { Claim } from "../claims/claim.js";
import { outletOf } from "../rules/helpers.js";
import { compareText } from "../rules/intl.js";
import type { Finding, Severity } from "../rules/types.js";
import { chartPoints, figureChart, type ChartPoint } from "./chart.js";
import { escapeXml } from "./escape.js";
import { displayPath, encodePath, fileUrl } from "./links.js";
import { planQuote, renderQuote, type QuotePlan } from "./quote.js";
import type { CheckResult, ResultArticle } from "./result.js";
import { ruleDocPath } from "./rule-docs.js";
import { MemorySink, type ReportStream } from "./sink.js";
import { disputedQuantities, MAX_CHARTS, MAX_ROWS, otherFindings, SUMMARY_FIGURES, SUMMARY_GIVEN_BY, SUMMARY_QUANTITIES, type DisputedQuantity } from "./summary.js";
import { summaryLine } from "./terminal.js";
import { axisLabel, dateText, describeFigure, humanDate, intervalText, languageName, sourceText } from "./words.js";

export interface HtmlOptions {
  /** The folder the report is written to, so that links to articles can be relative. */
  reportDir: string;
  /** The quotes' plans by claim id (see MarkdownOptions.quotes). */
  quotes?: ReadonlyMap<string, QuotePlan>;
}

export const HTML_FILE = "index.html";

/** The page stays one a browser opens at once: so many findings, claims each, charts, rows. */
const MAX_FINDINGS = 500;
const MAX_TABLE_ROWS = 1000;

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const esc = escapeXml;

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
  const articles = new Map(r.articles.map((a) => [a.path, a]));
  const claimsById = new Map(r.claims.map((c) => [c.id, c]));
  const ruleMeta = new Map(r.rules.map((x) => [x.id, x]));
  const numberOf = new Map(r.findings.map((f, i) => [f, i + 1]));
  const claimsOfArticle = new Map<string, number>();
  for (const c of r.claims) if (c.article) claimsOfArticle.set(c.article, (claimsOfArticle.get(c.article) ?? 0) + 1);
  const findingsOfArticle = new Map<string, number>();
  for (const f of r.findings) for (const a of f.articles) findingsOfArticle.set(a, (findingsOfArticle.get(a) ?? 0) + 1);

  const anchor = (f: Finding): string => `f${numberOf.get(f)}-${f.rule}`;
  const findingLink = (f: Finding): string => `<a href="#${esc(encodePath(anchor(f)))}">F${numberOf.get(f)}</a>`;
  const fileLink = (path: string, line?: number): string =>
    `<a href="${esc(fileUrl(o.reportDir, path, line))}">${esc(displayPath(path))}${line ? `:${line}` : ""}</a>`;
  const ruleLink = (rule: string): string => `<a class="rule" href="${esc(encodePath(ruleDocPath(rule)))}">${esc(rule)}</a>`;
  const where = (c: Claim): string =>
    c.article && c.span ? fileLink(c.article, c.span.line) : c.origin ? `${fileLink(c.origin.file, c.origin.line)} (added by hand)` : c.article ? fileLink(c.article) : "";
  const quote = (c: Claim): string => {
    const a = c.article ? articles.get(c.article) : undefined;
    if (!a || !c.span) return esc(c.sentence ?? c.text);
    const plan = o.quotes ? o.quotes.get(c.id) : a.text ? planQuote(a.text, c as Claim & { span: NonNullable<Claim["span"]> }) : undefined;
    return renderQuote(c, plan, esc, (s) => `<b>${s}</b>`);
  };
  const table = (head: string[], rows: string[][]): string =>
    `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((d) => `<td>${d}</td>`).join("")}</tr>`).join("")}</tbody></table>`;

  const quantities = disputedQuantities(r);
  const others = otherFindings(r, quantities);
  const extracted = r.claims.filter((c) => c.span).length;
  // The charts' points first, so that the summary can point at each quantity's chart.
  const chartOf = new Map<DisputedQuantity, { id: string; points: ChartPoint[] }>();
  for (const q of quantities.slice(0, MAX_CHARTS)) {
    const { points } = chartPoints(q.claims, articles);
    if (points.length >= 2) chartOf.set(q, { id: `chart-${chartOf.size + 1}`, points });
  }

  w.write(`<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n`);
  w.write(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n`);
  w.write(`<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>crosscheck report</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n`);
  w.write(`<h1>crosscheck report</h1>\n`);
  w.write(`<p class="counts">${r.articles.length} articles · ${r.claims.length} claims (${extracted} extracted, ${r.claims.length - extracted} added by hand) · ${esc(summaryLine(r.findings, r.inputErrors.length))}</p>\n`);
  w.write(`<nav><a href="#summary">Summary</a><a href="#findings">Findings</a><a href="#charts">Charts</a><a href="#copies">Copies</a><a href="#corpus">Articles</a>${r.inputErrors.length ? `<a href="#input-errors">Input errors</a>` : ""}</nav>\n`);

  // ------------------------------------------------------------------ summary
  w.write(`<section id="summary">\n<h2>Summary</h2>\n`);
  if (quantities.length === 0) w.write(`<p>No quantity is disputed: no two articles give different figures for one thing that a finding is about.</p>\n`);
  else {
    w.write(`<p>${quantities.length === 1 ? "One quantity is" : `${quantities.length} quantities are`} disputed, most serious first: each figure given, and who gives it.</p>\n<ol class="quantities">\n`);
    for (const q of quantities.slice(0, SUMMARY_QUANTITIES)) {
      const links = q.findings.slice(0, 8).map(findingLink).join(", ") + (q.findings.length > 8 ? ` and ${q.findings.length - 8} more` : "");
      const chart = chartOf.get(q);
      w.write(`<li><span class="badge ${q.severity}">${q.severity}</span> <strong>${esc(q.label)}</strong>: ${q.figures.length} different figures (${links})${chart ? ` · <a href="#${chart.id}">chart</a>` : ""}<ul>`);
      for (const fig of q.figures.slice(0, SUMMARY_FIGURES)) {
        const by = fig.givenBy.slice(0, SUMMARY_GIVEN_BY).map(esc).join("; ") + (fig.givenBy.length > SUMMARY_GIVEN_BY ? `; and ${fig.givenBy.length - SUMMARY_GIVEN_BY} more` : "");
        w.write(`<li><span class="figure">${esc(fig.text)}</span>: ${by}</li>`);
      }
      if (q.figures.length > SUMMARY_FIGURES) w.write(`<li class="more">and ${q.figures.length - SUMMARY_FIGURES} more in the findings</li>`);
      w.write(`</ul></li>\n`);
    }
    w.write(`</ol>\n`);
    if (quantities.length > SUMMARY_QUANTITIES) w.write(`<p>${quantities.length - SUMMARY_QUANTITIES} more disputed quantities are in the findings below.</p>\n`);
  }
  if (others.size) w.write(`<p>Also: ${[...others].map(([rule, n]) => `${n} ${ruleLink(rule)}`).join(", ")} findings about no disputed figure, below.</p>\n`);
  w.write(`</section>\n`);

  // ------------------------------------------------------------------ findings
  // Most serious first (accepted ones last), each keeping the number it has in findings.md.
  const rank = (f: Finding): number => (f.accepted ? 3 : SEVERITIES.indexOf(f.severity));
  const shown = [...r.findings].sort((a, b) => rank(a) - rank(b) || numberOf.get(a)! - numberOf.get(b)!).slice(0, MAX_FINDINGS);
  const count = (xs: Finding[], p: (f: Finding) => boolean): number => xs.reduce((n, f) => n + (p(f) ? 1 : 0), 0);
  const option = (value: string, label: string): string => `<option value="${esc(value)}">${esc(label)}</option>`;
  const rules = [...new Set(shown.map((f) => f.rule))].sort(compareText);
  // A finding names its articles by their number in the article filter (base 36): a figure
  // repeated across thousands of articles would otherwise repeat thousands of paths.
  const involved = [...new Set(shown.flatMap((f) => f.articles))].sort(compareText);
  const articleNumber = new Map(involved.map((a, i) => [a, i.toString(36)]));
  w.write(`<section id="findings">\n<h2>Findings</h2>\n`);
  if (r.findings.length === 0) w.write(`<p>No findings.</p>\n`);
  else {
    w.write(`<form id="filters" class="filters" role="search" aria-label="Filter the findings">\n`);
    w.write(`<label>Severity <select id="filter-severity">${option("", "all")}${SEVERITIES.filter((s) => shown.some((f) => f.severity === s)).map((s) => option(s, `${s} (${count(shown, (f) => f.severity === s)})`)).join("")}</select></label>\n`);
    w.write(`<label>Rule <select id="filter-rule">${option("", "all")}${rules.map((x) => option(x, `${x} (${count(shown, (f) => f.rule === x)})`)).join("")}</select></label>\n`);
    w.write(`<label>Article <select id="filter-article">${option("", "all")}${involved.map((a, i) => option(i.toString(36), displayPath(a))).join("")}</select></label>\n`);
    w.write(`<button type="reset">Show all</button>\n<p id="filter-count" aria-live="polite">${shown.length} of ${shown.length} findings shown</p>\n</form>\n`);
    if (r.findings.length > shown.length) w.write(`<p class="more">The ${shown.length} most serious of ${r.findings.length} findings; findings.json and findings.md have them all.</p>\n`);
  }
  for (const f of shown) {
    const sev = f.accepted ? `${f.severity} accepted` : f.severity;
    w.write(`<article class="finding ${sev}" id="${esc(anchor(f))}" data-severity="${f.severity}" data-rule="${esc(f.rule)}" data-articles="${f.articles.map((a) => articleNumber.get(a)!).join(" ")}">\n`);
    w.write(`<header><a class="num" href="#${esc(encodePath(anchor(f)))}">F${numberOf.get(f)}</a> <span class="badge ${f.severity}">${f.severity}</span>${f.accepted ? ` <span class="badge accepted">accepted</span>` : ""} ${ruleLink(f.rule)}</header>\n`);
    w.write(`<p class="message">${esc(f.message)}</p>\n`);
    if (f.accepted) w.write(`<p><strong>Accepted:</strong> ${esc(f.accepted.reason)}</p>\n`);
    const claims = f.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c);
    if (claims.length) {
      const rows = claims.slice(0, MAX_ROWS).map((c) => [where(c), esc(outletOf(c, articles)), esc(dateText(c.asOf)), esc(sourceText(c)), `<span class="quote">${quote(c)}</span>`, `<span class="figure">${esc(c.kind === "date" ? humanDate(c.date) : describeFigure(c))}</span>`, esc(intervalText(c))]);
      w.write(table(["where", "outlet", "date", "source", "quote", "figure", "range allowed"], rows) + "\n");
      if (claims.length > MAX_ROWS) w.write(`<p class="more">and ${claims.length - MAX_ROWS} more claims in findings.json</p>\n`);
    }
    if (f.places.length) {
      const rows = f.places.slice(0, MAX_ROWS).map((p) => {
        const a = articles.get(p.article);
        return [fileLink(p.article, p.line), esc(a?.outlet ?? "outlet unknown"), esc(dateText(a?.date)), a ? esc(languageName(a.lang)) : "", `<b>${esc(p.text)}</b>`];
      });
      w.write(table(["where", "outlet", "date", "language", "as written"], rows) + "\n");
    }
    if (!claims.length && !f.places.length && f.articles.length) {
      const rows = f.articles.slice(0, MAX_ROWS).map((path) => {
        const a = articles.get(path);
        return [fileLink(path), esc(a?.outlet ?? "outlet unknown"), esc(dateText(a?.date)), a ? esc(languageName(a.lang)) : "", esc(a?.title ?? ""), String(claimsOfArticle.get(path) ?? 0)];
      });
      w.write(table(["article", "outlet", "date", "language", "title", "claims"], rows) + "\n");
    }
    const meta = ruleMeta.get(f.rule);
    if (meta) w.write(`<p><strong>Why it was flagged:</strong> ${esc(meta.description)}</p>\n`);
    if (f.advice) w.write(`<p><strong>What to do next:</strong> ${esc(f.advice)}</p>\n`);
    w.write(`</article>\n`);
  }
  w.write(`</section>\n`);

  // ------------------------------------------------------------------ charts
  w.write(`<section id="charts">\n<h2>Charts of the disputed figures</h2>\n`);
  for (const [q, ch] of chartOf) {
    w.write(`<figure id="${ch.id}"><figcaption>${esc(q.label)} (${q.findings.slice(0, 8).map(findingLink).join(", ")})</figcaption>\n${figureChart(q.label, ch.points, axisLabel(q.key))}</figure>\n`);
  }
  const charts = chartOf.size;
  if (charts === 0) w.write(`<p>No disputed quantity has two figures to draw.</p>\n`);
  w.write(`</section>\n`);

  // ------------------------------------------------------------------ copies and corpus
  w.write(`<section id="copies">\n<h2>Copies and translations</h2>\n`);
  if (r.clusterPairs.length === 0) w.write(`<p>No article is a copy or translation of another.</p>\n`);
  else {
    w.write(`<p>Articles in one cluster count as one source.</p>\n`);
    const rows = r.clusterPairs.slice(0, MAX_TABLE_ROWS).map((p) => [fileLink(p.a), fileLink(p.b), esc(p.kind), `${Math.round(p.factSimilarity * 100)}%`, p.textSimilarity === null ? "–" : `${Math.round(p.textSimilarity * 100)}%`]);
    w.write(table(["article", "article", "relation", "shared facts in order", "shared wording"], rows) + "\n");
  }
  w.write(`</section>\n<section id="corpus">\n<h2>Articles</h2>\n`);
  const articleRow = (a: ResultArticle): string[] => [fileLink(a.path), esc(a.title ?? ""), esc(a.outlet ?? "outlet unknown"), esc(dateText(a.date)), esc(languageName(a.lang)), String(claimsOfArticle.get(a.path) ?? 0), String(findingsOfArticle.get(a.path) ?? 0)];
  w.write(table(["article", "title", "outlet", "date", "language", "claims", "findings"], r.articles.slice(0, MAX_TABLE_ROWS).map(articleRow)) + "\n");
  if (r.articles.length > MAX_TABLE_ROWS) w.write(`<p class="more">and ${r.articles.length - MAX_TABLE_ROWS} more articles in findings.json</p>\n`);
  w.write(`</section>\n`);
  if (r.inputErrors.length) {
    w.write(`<section id="input-errors">\n<h2>Input errors</h2>\n<p>These inputs could not be read or validated; everything else was checked.</p>\n<ul>\n`);
    for (const e of r.inputErrors.slice(0, MAX_TABLE_ROWS)) w.write(`<li>${esc(displayPath(e.file))}${e.line ? `:${e.line}:${e.column}` : ""}: ${esc(e.message)}</li>\n`);
    w.write(`</ul>\n</section>\n`);
  }
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

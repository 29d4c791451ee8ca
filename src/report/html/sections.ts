// The HTML report's sections besides the findings: the summary of disputed quantities, their
// charts, the copies and translations, the articles, and the input errors.
import type { ChartPoint } from "../chart.js";
import { chartPoints, figureChart } from "../chart.js";
import { escapeXml as esc } from "../escape.js";
import { displayPath } from "../links.js";
import type { ResultArticle } from "../result.js";
import type { ReportStream } from "../sink.js";
import {
  MAX_CHARTS,
  otherFindings,
  SUMMARY_FIGURES,
  SUMMARY_GIVEN_BY,
  SUMMARY_QUANTITIES,
  type DisputedQuantity,
} from "../summary.js";
import { axisLabel, dateText, languageName } from "../words.js";
import { table, type HtmlContext } from "./context.js";

/** The page stays one a browser opens at once: so many rows in a table. */
const MAX_TABLE_ROWS = 1000;

export type Charts = Map<DisputedQuantity, { id: string; points: ChartPoint[] }>;

/** The charts' points, made first so that the summary can point at each quantity's chart. */
export function chartsOf(x: HtmlContext, quantities: readonly DisputedQuantity[]): Charts {
  const chartOf: Charts = new Map();
  for (const q of quantities.slice(0, MAX_CHARTS)) {
    const { points } = chartPoints(q.claims, x.articles);
    if (points.length >= 2) chartOf.set(q, { id: `chart-${chartOf.size + 1}`, points });
  }
  return chartOf;
}

function quantity(x: HtmlContext, q: DisputedQuantity, chartOf: Charts, w: ReportStream): void {
  const links =
    q.findings.slice(0, 8).map(x.findingLink).join(", ") +
    (q.findings.length > 8 ? ` and ${q.findings.length - 8} more` : "");
  const chart = chartOf.get(q);
  w.write(
    `<li><span class="badge ${q.severity}">${q.severity}</span> <strong>${esc(q.label)}</strong>: ${q.figures.length} different figures (${links})${chart ? ` · <a href="#${chart.id}">chart</a>` : ""}<ul>`,
  );
  for (const fig of q.figures.slice(0, SUMMARY_FIGURES)) {
    const by =
      fig.givenBy.slice(0, SUMMARY_GIVEN_BY).map(esc).join("; ") +
      (fig.givenBy.length > SUMMARY_GIVEN_BY ? `; and ${fig.givenBy.length - SUMMARY_GIVEN_BY} more` : "");
    w.write(`<li><span class="figure">${esc(fig.text)}</span>: ${by}</li>`);
  }
  if (q.figures.length > SUMMARY_FIGURES)
    w.write(`<li class="more">and ${q.figures.length - SUMMARY_FIGURES} more in the findings</li>`);
  w.write(`</ul></li>\n`);
}

export function writeSummary(
  x: HtmlContext,
  quantities: readonly DisputedQuantity[],
  chartOf: Charts,
  w: ReportStream,
): void {
  w.write(`<section id="summary">\n<h2>Summary</h2>\n`);
  if (quantities.length === 0)
    w.write(
      `<p>No quantity is disputed: no two articles give different figures for one thing that a finding is about.</p>\n`,
    );
  else {
    w.write(
      `<p>${quantities.length === 1 ? "One quantity is" : `${quantities.length} quantities are`} disputed, most serious first: each figure given, and who gives it.</p>\n<ol class="quantities">\n`,
    );
    for (const q of quantities.slice(0, SUMMARY_QUANTITIES)) quantity(x, q, chartOf, w);
    w.write(`</ol>\n`);
    if (quantities.length > SUMMARY_QUANTITIES)
      w.write(`<p>${quantities.length - SUMMARY_QUANTITIES} more disputed quantities are in the findings below.</p>\n`);
  }
  const others = otherFindings(x.r, quantities);
  if (others.size)
    w.write(
      `<p>Also: ${[...others].map(([rule, n]) => `${n} ${x.ruleLink(rule)}`).join(", ")} findings about no disputed figure, below.</p>\n`,
    );
  w.write(`</section>\n`);
}

export function writeCharts(x: HtmlContext, chartOf: Charts, w: ReportStream): void {
  w.write(`<section id="charts">\n<h2>Charts of the disputed figures</h2>\n`);
  for (const [q, ch] of chartOf) {
    w.write(
      `<figure id="${ch.id}"><figcaption>${esc(q.label)} (${q.findings.slice(0, 8).map(x.findingLink).join(", ")})</figcaption>\n${figureChart(q.label, ch.points, axisLabel(q.key))}</figure>\n`,
    );
  }
  if (chartOf.size === 0) w.write(`<p>No disputed quantity has two figures to draw.</p>\n`);
  w.write(`</section>\n`);
}

export function writeCopiesAndCorpus(x: HtmlContext, w: ReportStream): void {
  const { r } = x;
  w.write(`<section id="copies">\n<h2>Copies and translations</h2>\n`);
  if (r.clusterPairs.length === 0) w.write(`<p>No article is a copy or translation of another.</p>\n`);
  else {
    w.write(`<p>Articles in one cluster count as one source.</p>\n`);
    const rows = r.clusterPairs
      .slice(0, MAX_TABLE_ROWS)
      .map((p) => [
        x.fileLink(p.a),
        x.fileLink(p.b),
        esc(p.kind),
        `${Math.round(p.factSimilarity * 100)}%`,
        p.textSimilarity === null ? "–" : `${Math.round(p.textSimilarity * 100)}%`,
      ]);
    w.write(`${table(["article", "article", "relation", "shared facts in order", "shared wording"], rows)}\n`);
  }
  w.write(`</section>\n<section id="corpus">\n<h2>Articles</h2>\n`);
  const articleRow = (a: ResultArticle): string[] => [
    x.fileLink(a.path),
    esc(a.title ?? ""),
    esc(a.outlet ?? "outlet unknown"),
    esc(dateText(a.date)),
    esc(languageName(a.lang)),
    String(x.claimsOfArticle.get(a.path) ?? 0),
    String(x.findingsOfArticle.get(a.path) ?? 0),
  ];
  w.write(
    `${table(
      ["article", "title", "outlet", "date", "language", "claims", "findings"],
      r.articles.slice(0, MAX_TABLE_ROWS).map(articleRow),
    )}\n`,
  );
  if (r.articles.length > MAX_TABLE_ROWS)
    w.write(`<p class="more">and ${r.articles.length - MAX_TABLE_ROWS} more articles in findings.json</p>\n`);
  w.write(`</section>\n`);
}

export function writeInputErrors(x: HtmlContext, w: ReportStream): void {
  if (!x.r.inputErrors.length) return;
  w.write(
    `<section id="input-errors">\n<h2>Input errors</h2>\n<p>These inputs could not be read or validated; everything else was checked.</p>\n<ul>\n`,
  );
  for (const e of x.r.inputErrors.slice(0, MAX_TABLE_ROWS))
    w.write(`<li>${esc(displayPath(e.file))}${e.line ? `:${e.line}:${e.column}` : ""}: ${esc(e.message)}</li>\n`);
  w.write(`</ul>\n</section>\n`);
}

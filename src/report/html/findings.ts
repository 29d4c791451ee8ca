// The HTML report's findings: the filters (severity, rule, article), then each finding with its
// claims, places or articles, most serious first.
import type { Claim } from "../../model/claim.js";
import { outletOf } from "../../rules/helpers.js";
import { compareText } from "../../base/intl.js";
import { SEVERITIES, type Finding } from "../../rules/types.js";
import { escapeXml as esc } from "../escape.js";
import { displayPath, encodePath } from "../links.js";
import type { ReportStream } from "../sink.js";
import { MAX_ROWS } from "../summary.js";
import { dateText, figureText, intervalText, languageName, sourceText } from "../words.js";
import { table, type HtmlContext } from "./context.js";

/** The page stays one a browser opens at once: so many findings. */
const MAX_FINDINGS = 500;

const option = (value: string, label: string): string => `<option value="${esc(value)}">${esc(label)}</option>`;
const count = (xs: Finding[], p: (f: Finding) => boolean): number => xs.reduce((n, f) => n + (p(f) ? 1 : 0), 0);

function filters(x: HtmlContext, shown: Finding[], involved: string[], w: ReportStream): void {
  const rules = [...new Set(shown.map((f) => f.rule))].sort(compareText);
  w.write(`<form id="filters" class="filters" role="search" aria-label="Filter the findings">\n`);
  w.write(
    `<label>Severity <select id="filter-severity">${option("", "all")}${SEVERITIES.filter((s) =>
      shown.some((f) => f.severity === s),
    )
      .map((s) => option(s, `${s} (${count(shown, (f) => f.severity === s)})`))
      .join("")}</select></label>\n`,
  );
  w.write(
    `<label>Rule <select id="filter-rule">${option("", "all")}${rules.map((r) => option(r, `${r} (${count(shown, (f) => f.rule === r)})`)).join("")}</select></label>\n`,
  );
  w.write(
    `<label>Article <select id="filter-article">${option("", "all")}${involved.map((a, i) => option(i.toString(36), displayPath(a))).join("")}</select></label>\n`,
  );
  w.write(
    `<button type="reset">Show all</button>\n<p id="filter-count" aria-live="polite">${shown.length} of ${shown.length} findings shown</p>\n</form>\n`,
  );
  if (x.r.findings.length > shown.length)
    w.write(
      `<p class="more">The ${shown.length} most serious of ${x.r.findings.length} findings; findings.json and findings.md have them all.</p>\n`,
    );
}

function claimsTable(x: HtmlContext, claims: Claim[], w: ReportStream): void {
  const figure = (c: Claim): string => `<span class="figure">${esc(figureText(c))}</span>`;
  const rows = claims
    .slice(0, MAX_ROWS)
    .map((c) => [
      x.where(c),
      esc(outletOf(c, x.articles)),
      esc(dateText(c.asOf)),
      esc(sourceText(c)),
      `<span class="quote">${x.quote(c)}</span>`,
      figure(c),
      esc(intervalText(c)),
    ]);
  w.write(`${table(["where", "outlet", "date", "source", "quote", "figure", "range allowed"], rows)}\n`);
  if (claims.length > MAX_ROWS)
    w.write(`<p class="more">and ${claims.length - MAX_ROWS} more claims in findings.json</p>\n`);
}

function placesTable(x: HtmlContext, f: Finding, w: ReportStream): void {
  const rows = f.places.slice(0, MAX_ROWS).map((p) => {
    const a = x.articles.get(p.article);
    return [
      x.fileLink(p.article, p.line),
      esc(a?.outlet ?? "outlet unknown"),
      esc(dateText(a?.date)),
      a ? esc(languageName(a.lang)) : "",
      `<b>${esc(p.text)}</b>`,
    ];
  });
  w.write(`${table(["where", "outlet", "date", "language", "as written"], rows)}\n`);
}

function articlesTable(x: HtmlContext, f: Finding, w: ReportStream): void {
  const rows = f.articles.slice(0, MAX_ROWS).map((path) => {
    const a = x.articles.get(path);
    return [
      x.fileLink(path),
      esc(a?.outlet ?? "outlet unknown"),
      esc(dateText(a?.date)),
      a ? esc(languageName(a.lang)) : "",
      esc(a?.title ?? ""),
      String(x.claimsOfArticle.get(path) ?? 0),
    ];
  });
  w.write(`${table(["article", "outlet", "date", "language", "title", "claims"], rows)}\n`);
}

function finding(x: HtmlContext, f: Finding, articleNumber: ReadonlyMap<string, string>, w: ReportStream): void {
  const sev = f.accepted ? `${f.severity} accepted` : f.severity;
  w.write(
    `<article class="finding ${sev}" id="${esc(x.anchor(f))}" data-severity="${f.severity}" data-rule="${esc(f.rule)}" data-articles="${f.articles.map((a) => articleNumber.get(a)).join(" ")}">\n`,
  );
  w.write(
    `<header><a class="num" href="#${esc(encodePath(x.anchor(f)))}">F${x.numberOf.get(f)}</a> <span class="badge ${f.severity}">${f.severity}</span>${f.accepted ? ` <span class="badge accepted">accepted</span>` : ""} ${x.ruleLink(f.rule)}</header>\n`,
  );
  w.write(`<p class="message">${esc(f.message)}</p>\n`);
  if (f.accepted) w.write(`<p><strong>Accepted:</strong> ${esc(f.accepted.reason)}</p>\n`);
  const claims = f.claims.map((id) => x.claimsById.get(id)).filter((c): c is Claim => !!c);
  if (claims.length) claimsTable(x, claims, w);
  if (f.places.length) placesTable(x, f, w);
  if (!claims.length && !f.places.length && f.articles.length) articlesTable(x, f, w);
  const meta = x.rules.get(f.rule);
  if (meta) w.write(`<p><strong>Why it was flagged:</strong> ${esc(meta.description)}</p>\n`);
  if (f.advice) w.write(`<p><strong>What to do next:</strong> ${esc(f.advice)}</p>\n`);
  w.write(`</article>\n`);
}

export function writeFindings(x: HtmlContext, w: ReportStream): void {
  // Most serious first (accepted ones last), each keeping the number it has in findings.md.
  const rank = (f: Finding): number => (f.accepted ? 3 : SEVERITIES.indexOf(f.severity));
  const number = (f: Finding): number => x.numberOf.get(f) ?? 0;
  const shown = [...x.r.findings].sort((a, b) => rank(a) - rank(b) || number(a) - number(b)).slice(0, MAX_FINDINGS);
  // A finding names its articles by their number in the article filter (base 36): a figure
  // repeated across thousands of articles would otherwise repeat thousands of paths.
  const involved = [...new Set(shown.flatMap((f) => f.articles))].sort(compareText);
  const articleNumber = new Map(involved.map((a, i) => [a, i.toString(36)]));
  w.write(`<section id="findings">\n<h2>Findings</h2>\n`);
  if (x.r.findings.length === 0) w.write(`<p>No findings.</p>\n`);
  else filters(x, shown, involved, w);
  for (const f of shown) finding(x, f, articleNumber, w);
  w.write(`</section>\n`);
}

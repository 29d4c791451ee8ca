// index.md: the counts, the summary of disputed quantities, the open findings by severity and
// rule, a chart of each disputed quantity, the copies and translations, the corpus, the claims
// added by hand, the accepted findings and the input errors. The charts are written beside it.
import type { ChartPoint } from "../chart.js";
import { chartPoints, figureChart } from "../chart.js";
import { andMore } from "../caps.js";
import { escapeMarkdownBlock, safeFileName } from "../escape.js";
import { displayPath, encodePath } from "../links.js";
import { outletOf } from "../../rules/helpers.js";
import type { ReportSink } from "../sink.js";
import {
  disputedQuantities,
  MAX_CHARTS,
  otherFindings,
  SUMMARY_FIGURES,
  SUMMARY_GIVEN_BY,
  SUMMARY_QUANTITIES,
  type DisputedQuantity,
} from "../summary.js";
import { summaryLine } from "../terminal.js";
import { axisLabel, dateText, describeFigure, languageName, sourceText } from "../words.js";
import { docLink, lineWriter, SEVERITY_ICON, type MarkdownContext } from "./context.js";

const PAGE = "index.md";
/** The index lists so many findings of a rule and severity; findings.md has them all. */
const MAX_INDEX_FINDINGS = 50;

type Lines = string[];

interface Chart {
  label: string;
  axis: string;
  file: string;
  points: ChartPoint[];
  omitted: number;
}

/** One chart per disputed quantity: the claims its findings are about, nothing else. */
function writeCharts(x: MarkdownContext, quantities: readonly DisputedQuantity[], sink: ReportSink): Chart[] {
  const charts: Chart[] = [];
  const chartNames = new Set<string>();
  for (const q of quantities.slice(0, MAX_CHARTS)) {
    const { points, omitted } = chartPoints(q.claims, x.articles);
    if (points.length < 2) continue;
    const file = `charts/${safeFileName(q.key.replace("|", "-"), chartNames)}.svg`;
    const axis = axisLabel(q.key);
    sink.file(file, figureChart(q.label, points, axis));
    charts.push({ label: q.label, axis, file, points, omitted });
  }
  return charts;
}

/** The summary: what an editor reads in a minute. */
function summary(x: MarkdownContext, quantities: readonly DisputedQuantity[]): Lines {
  const { md } = x;
  const lines = ["## Summary", ""];
  if (quantities.length === 0)
    lines.push(
      "No quantity is disputed: no two articles give different figures for one thing that a finding is about.",
      "",
    );
  else {
    lines.push(
      `${quantities.length === 1 ? "One quantity is" : `${quantities.length} quantities are`} disputed, most serious first: each figure given, and who gives it.`,
      "",
    );
    quantities.slice(0, SUMMARY_QUANTITIES).forEach((q, i) => {
      const links =
        q.findings
          .slice(0, 8)
          .map((f) => x.findingLink(PAGE, f))
          .join(", ") + (q.findings.length > 8 ? ` and ${q.findings.length - 8} more` : "");
      lines.push(
        `${i + 1}. ${SEVERITY_ICON[q.severity]} **${md(q.label)}**: ${q.figures.length} different figures (${links})`,
      );
      for (const fig of q.figures.slice(0, SUMMARY_FIGURES)) {
        const by =
          fig.givenBy.slice(0, SUMMARY_GIVEN_BY).map(md).join("; ") +
          (fig.givenBy.length > SUMMARY_GIVEN_BY ? `; and ${fig.givenBy.length - SUMMARY_GIVEN_BY} more` : "");
        lines.push(`   - **${md(fig.text)}**: ${by}`);
      }
      if (q.figures.length > SUMMARY_FIGURES)
        lines.push(
          `   - and ${q.figures.length - SUMMARY_FIGURES} more ${q.figures.length - SUMMARY_FIGURES === 1 ? "figure" : "figures"} in the findings`,
        );
    });
    lines.push("");
    if (quantities.length > SUMMARY_QUANTITIES)
      lines.push(`${quantities.length - SUMMARY_QUANTITIES} more disputed quantities are in the findings below.`, "");
  }
  const others = otherFindings(x.r, quantities);
  if (others.size)
    lines.push(
      `Also: ${[...others].map(([rule, n]) => `${n} [${rule}](${docLink(PAGE, rule)})`).join(", ")} findings about no disputed figure, below.`,
      "",
    );
  return lines;
}

/** The open findings of each severity, by rule. */
function findings(x: MarkdownContext): Lines {
  const open = x.r.findings.filter((f) => !f.accepted);
  const lines = ["## Findings", ""];
  if (open.length === 0) lines.push("No open findings.", "");
  for (const sev of ["error", "warning", "info"] as const) {
    const all = open.filter((f) => f.severity === sev);
    if (!all.length) continue;
    lines.push(`### ${SEVERITY_ICON[sev]} (${all.length})`, "");
    const ofSev = all.filter((f) => x.shown.has(f));
    if (ofSev.length < all.length)
      lines.push(
        `Listed: ${ofSev.length.toLocaleString("en-US")}; ${andMore(all.filter((f) => !x.shown.has(f)))}, in findings.json.`,
        "",
      );
    for (const rule of [...new Set(ofSev.map((f) => f.rule))].sort()) {
      lines.push(`**[\`${rule}\`](${docLink(PAGE, rule)})**`, "");
      const ofRule = ofSev.filter((f) => f.rule === rule);
      for (const f of ofRule.slice(0, MAX_INDEX_FINDINGS)) {
        // A finding about whole articles (copies) points at the file, not at its first line.
        const line = f.claims.length || f.places.length ? f.location.line || undefined : undefined;
        lines.push(`- ${x.findingLink(PAGE, f)} ${x.md(f.message)} — ${x.placeLink(PAGE, f.location.file, line)}`);
      }
      if (ofRule.length > MAX_INDEX_FINDINGS)
        lines.push(`- and ${ofRule.length - MAX_INDEX_FINDINGS} more in [findings.md](findings.md)`);
      lines.push("");
    }
  }
  return lines;
}

function charts(x: MarkdownContext, list: readonly Chart[]): Lines {
  const { md } = x;
  if (!list.length) return [];
  const lines = ["## Charts of the disputed figures", ""];
  lines.push(
    "Each disputed quantity: every figure's range against the date it stands as of, one point per outlet, date and figure.",
    "",
  );
  for (const ch of list) {
    lines.push(
      `### ${md(ch.label)}`,
      "",
      `![${md(`${ch.label}: each figure's range against its date`)}](${encodePath(ch.file)})`,
      "",
    );
    lines.push("| date | outlet | source | figure | range | where |", "| --- | --- | --- | --- | --- | --- |");
    for (const p of ch.points) {
      lines.push(
        `| ${md(dateText(p.date))} | ${md(outletOf(p.claim, x.articles))} | ${md(sourceText(p.claim))} | ${md(describeFigure(p.claim))} | ${x.interval(p.claim)} | ${x.where(PAGE, p.claim)} |`,
      );
    }
    if (ch.omitted > 0)
      lines.push(`| … | ${ch.omitted} more outlet, date and figure combinations in findings.json | | | | |`);
    lines.push("");
  }
  return lines;
}

function copies(x: MarkdownContext): Lines {
  const lines = ["## Copies and translations", ""];
  if (x.r.clusterPairs.length === 0) return [...lines, "No article is a copy or translation of another.", ""];
  lines.push(
    "Articles in one cluster count as one source.",
    "",
    "| article | article | relation | shared facts in order | shared wording |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const p of x.r.clusterPairs) {
    lines.push(
      `| ${x.placeLink(PAGE, p.a)} | ${x.placeLink(PAGE, p.b)} | ${p.kind} | ${Math.round(p.factSimilarity * 100)}% | ${p.textSimilarity === null ? "–" : `${Math.round(p.textSimilarity * 100)}%`} |`,
    );
  }
  return [...lines, ""];
}

function corpus(x: MarkdownContext): Lines {
  const { md } = x;
  const lines = [
    "## Corpus",
    "",
    "| article | title | outlet | date | language | claims | findings |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const a of x.r.articles) {
    const n = x.claimsOfArticle.get(a.path)?.length ?? 0;
    const nf = x.findingsOfArticle.get(a.path) ?? 0;
    lines.push(
      `| [${md(displayPath(a.path))}](${encodePath(x.pageOf.get(a.path)!)}) | ${md(a.title ?? "")} | ${md(a.outlet ?? "outlet unknown")} | ${md(dateText(a.date))} | ${md(languageName(a.lang))} | ${n} | ${nf} |`,
    );
  }
  return [...lines, ""];
}

function handAdded(x: MarkdownContext): Lines {
  if (!x.r.claimFiles.length) return [];
  const lines = [
    "## Claims added by hand",
    "",
    "| file | source | claims | corrections |",
    "| --- | --- | --- | --- |",
  ];
  for (const f of x.r.claimFiles)
    lines.push(`| ${x.placeLink(PAGE, f.path)} | ${x.md(f.source ?? "")} | ${f.claims} | ${f.corrections} |`);
  return [...lines, ""];
}

function accepted(x: MarkdownContext): Lines {
  const all = x.r.findings.filter((f) => f.accepted);
  if (!all.length) return [];
  const lines = [
    "## Accepted findings",
    "",
    "Looked at and accepted in the configuration; they no longer fail the check.",
    "",
  ];
  const left = all.filter((f) => !x.shown.has(f));
  if (left.length)
    lines.push(
      `Listed: ${(all.length - left.length).toLocaleString("en-US")}; ${andMore(left)}, in findings.json.`,
      "",
    );
  for (const f of all)
    if (x.shown.has(f) && f.accepted)
      lines.push(`- ${x.findingLink(PAGE, f)} \`${f.rule}\` ${x.md(f.message)} — accepted: ${x.md(f.accepted.reason)}`);
  return [...lines, ""];
}

function inputErrors(x: MarkdownContext): Lines {
  if (!x.r.inputErrors.length) return [];
  const lines = [
    "## Input errors",
    "",
    "These inputs could not be read or validated; everything else was checked.",
    "",
  ];
  for (const e of x.r.inputErrors)
    lines.push(
      `- ${escapeMarkdownBlock(displayPath(e.file))}${e.line ? `:${e.line}:${e.column}` : ""}: ${x.md(e.message)}`,
    );
  return [...lines, ""];
}

export function writeIndexPage(x: MarkdownContext, sink: ReportSink): void {
  const { r } = x;
  const quantities = disputedQuantities(r);
  const chartList = writeCharts(x, quantities, sink);
  const ix = lineWriter(sink.open(PAGE));
  const extracted = r.claims.filter((c) => c.span).length;
  ix.push("# crosscheck report", "");
  ix.push(
    `${r.articles.length} articles · ${r.claims.length} claims (${extracted} extracted, ${r.claims.length - extracted} added by hand) · ${summaryLine(r.findings, r.inputErrors.length)}`,
    "",
  );
  for (const part of [
    summary(x, quantities),
    findings(x),
    charts(x, chartList),
    copies(x),
    corpus(x),
    handAdded(x),
    accepted(x),
    inputErrors(x),
  ])
    for (const line of part) ix.push(line); // one at a time: a section of 100,000 lines would overflow a spread
  ix.close();
}

// findings.md: one section per finding (the most severe first, up to MAX_MARKDOWN_FINDINGS), with
// its claims, places or articles in a table, why it was flagged and what to do next.
import type { Claim } from "../../model/claim.js";
import type { Finding } from "../../rules/types.js";
import { outletOf } from "../../rules/helpers.js";
import { andMore, MAX_MARKDOWN_FINDINGS } from "../caps.js";
import { escapeMarkdownBlock } from "../escape.js";
import type { ReportSink } from "../sink.js";
import { MAX_ROWS } from "../summary.js";
import { findingKey } from "../piece-keys.js";
import { dateText, figureText, languageName, sourceText } from "../words.js";
import { docLink, lineWriter, SEVERITY_ICON, type MarkdownContext } from "./context.js";

const PAGE = "findings.md";

/** The claims' table: where, who, when, the quote and the figure. */
function claimRows(x: MarkdownContext, claims: readonly Claim[]): string[] {
  const { md } = x;
  const rows = [
    "| where | outlet | date | source | quote | figure | range allowed |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const c of claims.slice(0, MAX_ROWS)) {
    rows.push(
      `| ${x.where(PAGE, c)} | ${md(outletOf(c, x.articles))} | ${md(dateText(c.asOf))} | ${md(sourceText(c))} | ${x.quote(c)} | ${md(figureText(c))} | ${x.interval(c)} |`,
    );
  }
  if (claims.length > MAX_ROWS) rows.push(`| … | ${claims.length - MAX_ROWS} more claims in findings.json | | | | | |`);
  return rows;
}

/** Names and other places that are not claims: the same columns a claim has, where they apply. */
function placeRows(x: MarkdownContext, f: Finding): string[] {
  const { md } = x;
  const rows = ["| where | outlet | date | language | as written |", "| --- | --- | --- | --- | --- |"];
  for (const p of f.places) {
    const a = x.articles.get(p.article);
    rows.push(
      `| ${x.placeLink(PAGE, p.article, p.line)} | ${md(a?.outlet ?? "outlet unknown")} | ${md(dateText(a?.date))} | ${a ? md(languageName(a.lang)) : ""} | **${md(p.text)}** |`,
    );
  }
  return rows;
}

/** Whole articles (copies, translations): each with its outlet, date, language and title. */
function articleRows(x: MarkdownContext, f: Finding): string[] {
  const { md } = x;
  const rows = ["| article | outlet | date | language | title | claims |", "| --- | --- | --- | --- | --- | --- |"];
  for (const path of f.articles) {
    const a = x.articles.get(path);
    rows.push(
      `| ${x.placeLink(PAGE, path)} | ${md(a?.outlet ?? "outlet unknown")} | ${md(dateText(a?.date))} | ${a ? md(languageName(a.lang)) : ""} | ${md(a?.title ?? "")} | ${x.claimsOfArticle.get(path)?.length ?? 0} |`,
    );
  }
  return rows;
}

function section(x: MarkdownContext, f: Finding): string[] {
  const { md } = x;
  const lines = [`## F${x.number(f)} ${f.rule}`, ""];
  lines.push(
    `${SEVERITY_ICON[f.severity]} · rule [\`${f.rule}\`](${docLink(PAGE, f.rule)}) · fingerprint \`${f.fingerprint}\`${f.accepted ? ` · **accepted**: ${md(f.accepted.reason)}` : ""}`,
    "",
  );
  lines.push(`> ${escapeMarkdownBlock(f.message)}`, "");
  const claims = f.claims.map((id) => x.claimsById.get(id)).filter((c): c is Claim => !!c);
  if (claims.length) lines.push(...claimRows(x, claims), "");
  if (f.places.length) lines.push(...placeRows(x, f), "");
  if (!claims.length && !f.places.length && f.articles.length) lines.push(...articleRows(x, f), "");
  const meta = x.rules.get(f.rule);
  if (meta) lines.push(`**Why it was flagged:** ${md(meta.description)}`, "");
  if (f.advice) lines.push(`**What to do next:** ${md(f.advice)}`, "");
  return lines;
}

export function writeFindingsPage(x: MarkdownContext, sink: ReportSink): void {
  const { r } = x;
  const w = sink.open(PAGE);
  const fl = lineWriter(w);
  fl.push("# Findings", "");
  if (r.findings.length === 0) fl.push("No findings.", "");
  // A section is kept from the last run when its finding, its number and what it names are the same.
  for (const f of r.findings)
    if (x.shown.has(f))
      fl.piece(w.piece && findingKey(r, f, `md\0${x.reportDir}\0${x.number(f)}`), () => fl.push(...section(x, f)));
  const notShown = r.findings.filter((f) => !x.shown.has(f));
  if (notShown.length) {
    fl.push(
      `## … ${andMore(notShown)}`,
      "",
      `Only the first ${MAX_MARKDOWN_FINDINGS.toLocaleString("en-US")} findings, the most severe first, have a section here; every finding is in findings.json.`,
      "",
    );
  }
  fl.close();
}

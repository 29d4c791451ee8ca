// The Markdown reports for people: an index (corpus, findings by rule and severity, figures over
// time, copies and translations), one section per finding, one page per article. Every piece of
// article text goes through escapeMarkdown, every link target through encodePath; the same result
// always gives the same bytes.
import type { Reporter } from "./reporter.js";
import { describePeriod } from "../rules/group-words.js";
import { join, posix, relative } from "node:path";
import type { Claim } from "../claims/claim.js";
import type { Article } from "../corpus/article.js";
import type { Finding, Severity } from "../rules/types.js";
import { outletOf } from "../rules/helpers.js";
import { escapeMarkdown, escapeMarkdownBlock, safeFileName } from "./escape.js";
import { displayPath, encodePath, fileUrl } from "./links.js";
import { ruleDocPath } from "./rule-docs.js";
import { axisLabel, dateText, describeFigure, humanDate, intervalText, languageName, languageNote, sourceText, valueText } from "./words.js";
import { chartPoints, figureChart, type ChartPoint } from "./chart.js";
import { planQuote, renderQuote, type QuotePlan } from "./quote.js";
import type { CheckResult } from "./result.js";
import { disputedQuantities, MAX_CHARTS, MAX_ROWS, otherFindings, SUMMARY_FIGURES, SUMMARY_GIVEN_BY, SUMMARY_QUANTITIES } from "./summary.js";
import { summaryLine } from "./terminal.js";
import { MemorySink, type ReportSink, type ReportStream } from "./sink.js";
import { compareText } from "../rules/intl.js";
import { andMore, MAX_MARKDOWN_FINDINGS, shownFindings } from "./caps.js";

export interface MarkdownOptions {
  /** The folder the reports are written to, so that links to articles can be relative. */
  reportDir: string;
  /**
   * The quotes' plans by claim id, made while the articles' texts were at hand (check drops the
   * texts after extraction); without them quotes are planned from the articles' texts here.
   */
  quotes?: ReadonlyMap<string, QuotePlan>;
}

const SEVERITY_ICON: Record<Severity, string> = { error: "🔴 error", warning: "🟠 warning", info: "🔵 info" };
/** The index lists so many findings of a rule and severity; findings.md has them all. */
const MAX_INDEX_FINDINGS = 50;


/** Lines written as they come, joined by line breaks (as lines.join("\n") would be). */
function lineWriter(w: ReportStream): { push(...lines: string[]): void; close(): void } {
  let first = true;
  return {
    push(...lines: string[]): void {
      for (const l of lines) {
        w.write(first ? l : `\n${l}`);
        first = false;
      }
    },
    close: () => w.close(),
  };
}

/** The Markdown reports as strings, by file name (small results; tests). */
export function markdownReport(r: CheckResult, o: MarkdownOptions): Map<string, string> {
  const sink = new MemorySink();
  writeMarkdownReport(r, o, sink);
  return sink.files;
}

export function writeMarkdownReport(r: CheckResult, o: MarkdownOptions, sink: ReportSink): void {
  // The same short strings (units, subjects, sources, names, figures) are escaped again and
  // again: each is escaped once.
  const escaped = new Map<string, string>();
  const md = (text: string): string => {
    if (text.length > 120) return escapeMarkdown(text);
    let e = escaped.get(text);
    if (e === undefined) {
      e = escapeMarkdown(text);
      if (escaped.size < 500_000) escaped.set(text, e);
    }
    return e;
  };
  const articles = new Map(r.articles.map((a) => [a.path, a]));
  const claimsById = new Map(r.claims.map((c) => [c.id, c]));
  const taken = new Set<string>(["index", "findings"]);
  const pageOf = new Map(r.articles.map((a) => [a.path, `articles/${safeFileName(posix.basename(displayPath(a.path)).replace(/\.(md|txt|markdown)$/i, ""), taken)}.md`]));
  const numberOf = new Map(r.findings.map((f, i) => [f.fingerprint + f.rule, i + 1]));
  const claimsOfArticle = new Map<string, Claim[]>();
  for (const c of r.claims) if (c.article) (claimsOfArticle.get(c.article) ?? claimsOfArticle.set(c.article, []).get(c.article)!).push(c);
  const findingsOfArticle = new Map<string, number>();
  for (const f of r.findings) for (const a of f.articles) findingsOfArticle.set(a, (findingsOfArticle.get(a) ?? 0) + 1);
  // A finding's link is the same from every article page: made once.
  const linkFromArticlePage = new Map<Finding, string>();
  const findingsOfClaim = new Map<string, Finding[]>();
  // Only the findings findings.md has a section for are linked to (the rest are in findings.json).
  const shown = shownFindings(r.findings, MAX_MARKDOWN_FINDINGS);
  const notShown = r.findings.filter((f) => !shown.has(f));
  for (const f of shown) for (const id of f.claims) (findingsOfClaim.get(id) ?? findingsOfClaim.set(id, []).get(id)!).push(f);
  const pageLink = (f: Finding): string => {
    let l = linkFromArticlePage.get(f);
    if (l === undefined) linkFromArticlePage.set(f, (l = findingLink("articles/", f)));
    return l;
  };
  /** The links to a claim's findings on its article page (a claim may be in hundreds of pairs). */
  const linksOfClaim = (id: string): string => {
    const fs = findingsOfClaim.get(id);
    if (!fs) return "";
    let out = pageLink(fs[0]!);
    for (let i = 1; i < fs.length; i++) out += " " + pageLink(fs[i]!);
    return out;
  };

  /** A link from a report page to a file (an article, a claims file), or to one of its lines. */
  const relLinks = new Map<string, string>();
  const articleLink = (from: string, path: string, line?: number): string => {
    const dir = posix.dirname(from);
    const k = `${dir}\u0000${path}\u0000${line ?? 0}`;
    let url = relLinks.get(k);
    if (url === undefined) {
      url = fileUrl(join(o.reportDir, dir), path, line);
      if (relLinks.size < 500_000) relLinks.set(k, url);
    }
    return url;
  };
  /** "[articles/x.md:8](…)": a file's path and line, linked. */
  const placeLink = (from: string, path: string, line?: number): string =>
    `[${md(displayPath(path))}${line ? `:${line}` : ""}](${articleLink(from, path, line)})`;
  const findingAnchor = (f: Finding): string => `f${numberOf.get(f.fingerprint + f.rule)}-${f.rule}`;
  const findingLink = (from: string, f: Finding): string =>
    `[F${numberOf.get(f.fingerprint + f.rule)}](${from.startsWith("articles/") ? "../" : ""}findings.md#${findingAnchor(f)})`;

  /** The claim's sentence, the figure in bold, trimmed around it. */
  const quote = (c: Claim): string => {
    const a = c.article ? articles.get(c.article) : undefined;
    if (!a || !c.span) return md(c.sentence ?? c.text);
    const plan = o.quotes ? o.quotes.get(c.id) : a.text !== undefined ? planQuote(a.text, c as Claim & { span: NonNullable<Claim["span"]> }) : undefined;
    return renderQuote(c, plan, md);
  };
  /** A figure made here (digits, signs, month names) in a table cell; anything else is escaped. */
  const figureCell = (text: string): string => (/^[\p{L}\p{N} ,.–]*$|^[<>≤≥≈]\u00a0[\p{N},.]+$/u.test(text) ? text : md(text));
  const interval = (c: Claim): string => figureCell(intervalText(c));
  /** Where a claim stands: its article's line, or the claims file and line it was added at by hand. */
  const where = (from: string, c: Claim): string =>
    c.article && c.span
      ? placeLink(from, c.article, c.span.line)
      : c.origin ? `${placeLink(from, c.origin.file, c.origin.line)} (by hand)` : c.article ? placeLink(from, c.article) : "";

  // ------------------------------------------------------------------ findings.md
  const ruleMeta = new Map(r.rules.map((x) => [x.id, x]));
  const fl = lineWriter(sink.open("findings.md"));
  fl.push("# Findings", "");
  if (r.findings.length === 0) fl.push("No findings.", "");
  r.findings.forEach((f) => {
    if (!shown.has(f)) return;
    const meta = ruleMeta.get(f.rule);
    fl.push(`## F${numberOf.get(f.fingerprint + f.rule)} ${f.rule}`, "");
    fl.push(`${SEVERITY_ICON[f.severity]} · rule [\`${f.rule}\`](${docLink("findings.md", f.rule)}) · fingerprint \`${f.fingerprint}\`${f.accepted ? ` · **accepted**: ${md(f.accepted.reason)}` : ""}`, "");
    fl.push(`> ${escapeMarkdownBlock(f.message)}`, "");
    const claims = f.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c);
    if (claims.length) {
      fl.push("| where | outlet | date | source | quote | figure | range allowed |", "| --- | --- | --- | --- | --- | --- | --- |");
      for (const c of claims.slice(0, MAX_ROWS)) {
        fl.push(`| ${where("findings.md", c)} | ${md(outletOf(c, articles))} | ${md(dateText(c.asOf))} | ${md(sourceText(c))} | ${quote(c)} | ${md(c.kind === "date" ? humanDate(c.date) : describeFigure(c))} | ${interval(c)} |`);
      }
      if (claims.length > MAX_ROWS) fl.push(`| … | ${claims.length - MAX_ROWS} more claims in findings.json | | | | | |`);
      fl.push("");
    }
    if (f.places.length) {
      // Names and other places that are not claims: the same columns a claim has, where they apply.
      fl.push("| where | outlet | date | language | as written |", "| --- | --- | --- | --- | --- |");
      for (const p of f.places) {
        const a = articles.get(p.article);
        fl.push(`| ${placeLink("findings.md", p.article, p.line)} | ${md(a?.outlet ?? "outlet unknown")} | ${md(dateText(a?.date))} | ${a ? md(languageName(a.lang)) : ""} | **${md(p.text)}** |`);
      }
      fl.push("");
    }
    if (!claims.length && !f.places.length && f.articles.length) {
      // Whole articles (copies, translations): each with its outlet, date, language and title.
      fl.push("| article | outlet | date | language | title | claims |", "| --- | --- | --- | --- | --- | --- |");
      for (const path of f.articles) {
        const a = articles.get(path);
        fl.push(`| ${placeLink("findings.md", path)} | ${md(a?.outlet ?? "outlet unknown")} | ${md(dateText(a?.date))} | ${a ? md(languageName(a.lang)) : ""} | ${md(a?.title ?? "")} | ${claimsOfArticle.get(path)?.length ?? 0} |`);
      }
      fl.push("");
    }
    if (meta) fl.push(`**Why it was flagged:** ${md(meta.description)}`, "");
    if (f.advice) fl.push(`**What to do next:** ${md(f.advice)}`, "");
  });
  if (notShown.length) fl.push(`## … ${andMore(notShown)}`, "", `Only the first ${MAX_MARKDOWN_FINDINGS.toLocaleString("en-US")} findings, the most severe first, have a section here; every finding is in findings.json.`, "");
  fl.close();

  // ----------------------------------------------------------------- article pages
  for (const a of r.articles) {
    const page = pageOf.get(a.path)!;
    const lines: string[] = [`# ${md(a.title ?? a.path)}`, ""];
    lines.push(`${placeLink(page, a.path)} · ${md(a.outlet ?? "outlet unknown")} · ${md(humanDate(a.date) || "date unknown")} · ${md(languageNote(a))}`, "");
    const claims = (claimsOfArticle.get(a.path) ?? []).slice().sort((x, y) => (x.span?.start ?? 0) - (y.span?.start ?? 0));
    lines.push(`${claims.length} claims. [Back to the index](../index.md)`, "");
    if (claims.length) {
      lines.push("| line | text | kind | value | interval | unit | measure | place | period | entity | source | findings |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
      for (const c of claims) {
        const fs = linksOfClaim(c.id);
        const note = c.correction ? (c.correction.ignored ? " (ignored by hand)" : ` (corrected by hand: ${c.correction.fields.join(", ")})`) : !c.span && c.origin ? " (added by hand)" : "";
        // An extracted claim links its line of the article; a hand-added one the line of its claims file.
        const line = c.span ? `[${c.span.line}](${articleLink(page, a.path, c.span.line)})` : c.origin ? placeLink(page, c.origin.file, c.origin.line) : placeLink(page, a.path);
        lines.push(
          `| ${line} | ${md(c.text)}${md(note)} | ${c.kind} | ${figureCell(valueText(c))} | ${interval(c)} | ${md(c.unit ?? "")} | ${md(c.measure ?? "")} | ${md((c.scope?.places ?? []).map((p) => p.name).join(", "))} | ${md(c.period ? describePeriod(c.period) : "")} | ${md(c.entity ?? "")} | ${md(c.source ?? "")} | ${fs} |`,
        );
      }
      lines.push("");
    }
    sink.file(page, lines.join("\n"));
  }

  // ------------------------------------------------------------------------ charts
  // One chart per disputed quantity: the claims its findings are about, nothing else.
  const quantities = disputedQuantities(r);
  const charts: Array<{ label: string; axis: string; file: string; points: ChartPoint[]; omitted: number }> = [];
  const chartNames = new Set<string>();
  for (const q of quantities.slice(0, MAX_CHARTS)) {
    const { points, omitted } = chartPoints(q.claims, articles);
    if (points.length < 2) continue;
    const file = `charts/${safeFileName(q.key.replace("|", "-"), chartNames)}.svg`;
    const axis = axisLabel(q.key);
    sink.file(file, figureChart(q.label, points, axis));
    charts.push({ label: q.label, axis, file, points, omitted });
  }

  // ------------------------------------------------------------------------ index.md
  const open = r.findings.filter((f) => !f.accepted);
  const ix = lineWriter(sink.open("index.md"));
  ix.push("# crosscheck report", "");
  const extracted = r.claims.filter((c) => c.span).length;
  ix.push(`${r.articles.length} articles · ${r.claims.length} claims (${extracted} extracted, ${r.claims.length - extracted} added by hand) · ${summaryLine(r.findings, r.inputErrors.length)}`, "");
  // The summary: what an editor reads in a minute.
  const others = otherFindings(r, quantities);
  ix.push("## Summary", "");
  if (quantities.length === 0) ix.push("No quantity is disputed: no two articles give different figures for one thing that a finding is about.", "");
  else {
    ix.push(`${quantities.length === 1 ? "One quantity is" : `${quantities.length} quantities are`} disputed, most serious first: each figure given, and who gives it.`, "");
    quantities.slice(0, SUMMARY_QUANTITIES).forEach((q, i) => {
      const links = q.findings.slice(0, 8).map((f) => findingLink("index.md", f)).join(", ") + (q.findings.length > 8 ? ` and ${q.findings.length - 8} more` : "");
      ix.push(`${i + 1}. ${SEVERITY_ICON[q.severity]} **${md(q.label)}**: ${q.figures.length} different figures (${links})`);
      for (const fig of q.figures.slice(0, SUMMARY_FIGURES)) {
        const by = fig.givenBy.slice(0, SUMMARY_GIVEN_BY).map(md).join("; ") + (fig.givenBy.length > SUMMARY_GIVEN_BY ? `; and ${fig.givenBy.length - SUMMARY_GIVEN_BY} more` : "");
        ix.push(`   - **${md(fig.text)}**: ${by}`);
      }
      if (q.figures.length > SUMMARY_FIGURES) ix.push(`   - and ${q.figures.length - SUMMARY_FIGURES} more ${q.figures.length - SUMMARY_FIGURES === 1 ? "figure" : "figures"} in the findings`);
    });
    ix.push("");
    if (quantities.length > SUMMARY_QUANTITIES) ix.push(`${quantities.length - SUMMARY_QUANTITIES} more disputed quantities are in the findings below.`, "");
  }
  if (others.size) ix.push(`Also: ${[...others].map(([rule, n]) => `${n} [${rule}](${docLink("index.md", rule)})`).join(", ")} findings about no disputed figure, below.`, "");
  ix.push("## Findings", "");
  if (open.length === 0) ix.push("No open findings.", "");
  for (const sev of ["error", "warning", "info"] as const) {
    const all = open.filter((f) => f.severity === sev);
    if (!all.length) continue;
    ix.push(`### ${SEVERITY_ICON[sev]} (${all.length})`, "");
    const ofSev = all.filter((f) => shown.has(f));
    if (ofSev.length < all.length) ix.push(`Listed: ${ofSev.length.toLocaleString("en-US")}; ${andMore(all.filter((f) => !shown.has(f)))}, in findings.json.`, "");
    const rules = [...new Set(ofSev.map((f) => f.rule))].sort();
    for (const rule of rules) {
      ix.push(`**[\`${rule}\`](${docLink("index.md", rule)})**`, "");
      const ofRule = ofSev.filter((x) => x.rule === rule);
      for (const f of ofRule.slice(0, MAX_INDEX_FINDINGS)) {
        // A finding about whole articles (copies) points at the file, not at its first line.
        const line = f.claims.length || f.places.length ? f.location.line || undefined : undefined;
        ix.push(`- ${findingLink("index.md", f)} ${md(f.message)} — ${placeLink("index.md", f.location.file, line)}`);
      }
      if (ofRule.length > MAX_INDEX_FINDINGS) ix.push(`- and ${ofRule.length - MAX_INDEX_FINDINGS} more in [findings.md](findings.md)`);
      ix.push("");
    }
  }
  if (charts.length) {
    ix.push("## Charts of the disputed figures", "");
    ix.push("Each disputed quantity: every figure's range against the date it stands as of, one point per outlet, date and figure.", "");
    for (const ch of charts) {
      ix.push(`### ${md(ch.label)}`, "", `![${md(`${ch.label}: each figure's range against its date`)}](${encodePath(ch.file)})`, "");
      ix.push("| date | outlet | source | figure | range | where |", "| --- | --- | --- | --- | --- | --- |");
      for (const p of ch.points) ix.push(`| ${md(dateText(p.date))} | ${md(outletOf(p.claim, articles))} | ${md(sourceText(p.claim))} | ${md(describeFigure(p.claim))} | ${interval(p.claim)} | ${where("index.md", p.claim)} |`);
      if (ch.omitted > 0) ix.push(`| … | ${ch.omitted} more outlet, date and figure combinations in findings.json | | | | |`);
      ix.push("");
    }
  }
  ix.push("## Copies and translations", "");
  if (r.clusterPairs.length === 0) ix.push("No article is a copy or translation of another.", "");
  else {
    ix.push("Articles in one cluster count as one source.", "", "| article | article | relation | shared facts in order | shared wording |", "| --- | --- | --- | --- | --- |");
    for (const p of r.clusterPairs) {
      ix.push(`| ${placeLink("index.md", p.a)} | ${placeLink("index.md", p.b)} | ${p.kind} | ${Math.round(p.factSimilarity * 100)}% | ${p.textSimilarity === null ? "–" : `${Math.round(p.textSimilarity * 100)}%`} |`);
    }
    ix.push("");
  }
  ix.push("## Corpus", "", "| article | title | outlet | date | language | claims | findings |", "| --- | --- | --- | --- | --- | --- | --- |");
  for (const a of r.articles) {
    const n = claimsOfArticle.get(a.path)?.length ?? 0;
    const nf = findingsOfArticle.get(a.path) ?? 0;
    ix.push(`| [${md(displayPath(a.path))}](${encodePath(pageOf.get(a.path)!)}) | ${md(a.title ?? "")} | ${md(a.outlet ?? "outlet unknown")} | ${md(dateText(a.date))} | ${md(languageName(a.lang))} | ${n} | ${nf} |`);
  }
  ix.push("");
  if (r.claimFiles.length) {
    ix.push("## Claims added by hand", "", "| file | source | claims | corrections |", "| --- | --- | --- | --- |");
    for (const f of r.claimFiles) ix.push(`| ${placeLink("index.md", f.path)} | ${md(f.source ?? "")} | ${f.claims} | ${f.corrections} |`);
    ix.push("");
  }
  const accepted = r.findings.filter((f) => f.accepted);
  if (accepted.length) {
    ix.push("## Accepted findings", "", "Looked at and accepted in the configuration; they no longer fail the check.", "");
    const acceptedLeft = accepted.filter((f) => !shown.has(f));
    if (acceptedLeft.length) ix.push(`Listed: ${(accepted.length - acceptedLeft.length).toLocaleString("en-US")}; ${andMore(acceptedLeft)}, in findings.json.`, "");
    for (const f of accepted) if (shown.has(f)) ix.push(`- ${findingLink("index.md", f)} \`${f.rule}\` ${md(f.message)} — accepted: ${md(f.accepted!.reason)}`);
    ix.push("");
  }
  if (r.inputErrors.length) {
    ix.push("## Input errors", "", "These inputs could not be read or validated; everything else was checked.", "");
    for (const e of r.inputErrors) ix.push(`- ${escapeMarkdownBlock(displayPath(e.file))}${e.line ? `:${e.line}:${e.column}` : ""}: ${md(e.message)}`);
    ix.push("");
  }
  ix.close();
}

/** The rule's docs, copied into the report folder (rule-docs.ts) so that the link works wherever it is opened. */
function docLink(from: string, rule: string): string {
  return encodePath(`${from.startsWith("articles/") ? "../" : ""}${ruleDocPath(rule)}`);
}

export type { Article };

export const reporter: Reporter = { forPeople: true, files: ["index.md", "findings.md"], write: writeMarkdownReport };

// What every section of the HTML report shares: the result's lookups, the findings' numbers
// (as in findings.md), and the links and tables every section writes.
import type { Claim } from "../../model/claim.js";
import type { Finding, RuleInfo } from "../../rules/types.js";
import { escapeXml as esc } from "../escape.js";
import { displayPath, encodePath, fileUrl } from "../links.js";
import { placed, planQuote, renderQuote } from "../quote.js";
import type { ReportOptions } from "../reporter.js";
import { claimsOfFindings, type CheckResult, type ResultArticle } from "../result.js";
import { ruleDocPath } from "../rule-docs.js";

export class HtmlContext {
  readonly articles: Map<string, ResultArticle>;
  readonly claimsById: ReadonlyMap<string, Claim>;
  readonly rules: Map<string, RuleInfo>;
  readonly numberOf: Map<Finding, number>;
  readonly claimsOfArticle = new Map<string, number>();
  readonly findingsOfArticle = new Map<string, number>();

  constructor(
    readonly r: CheckResult,
    private readonly o: ReportOptions,
  ) {
    this.articles = new Map(r.articles.map((a) => [a.path, a]));
    this.claimsById = claimsOfFindings(r);
    this.rules = new Map(r.rules.map((x) => [x.id, x]));
    this.numberOf = new Map(r.findings.map((f, i) => [f, i + 1]));
    for (const c of r.claims)
      if (c.article) this.claimsOfArticle.set(c.article, (this.claimsOfArticle.get(c.article) ?? 0) + 1);
    for (const f of r.findings)
      for (const a of f.articles) this.findingsOfArticle.set(a, (this.findingsOfArticle.get(a) ?? 0) + 1);
  }

  anchor(f: Finding): string {
    return `f${this.numberOf.get(f)}-${f.rule}`;
  }

  findingLink = (f: Finding): string => `<a href="#${esc(encodePath(this.anchor(f)))}">F${this.numberOf.get(f)}</a>`;

  fileLink(path: string, line?: number): string {
    return `<a href="${esc(fileUrl(this.o.reportDir, path, line))}">${esc(displayPath(path))}${line ? `:${line}` : ""}</a>`;
  }

  ruleLink(rule: string): string {
    return `<a class="rule" href="${esc(encodePath(ruleDocPath(rule)))}">${esc(rule)}</a>`;
  }

  where(c: Claim): string {
    if (c.article && c.span) return this.fileLink(c.article, c.span.line);
    if (c.origin) return `${this.fileLink(c.origin.file, c.origin.line)} (added by hand)`;
    return c.article ? this.fileLink(c.article) : "";
  }

  quote(c: Claim): string {
    const a = c.article ? this.articles.get(c.article) : undefined;
    if (!a || !placed(c)) return esc(c.sentence ?? c.text);
    const plan = this.o.quotes ? this.o.quotes.get(c.id) : a.text ? planQuote(a.text, c) : undefined;
    return renderQuote(c, plan, esc, (s) => `<b>${s}</b>`);
  }
}

export const table = (head: string[], rows: string[][]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((d) => `<td>${d}</td>`).join("")}</tr>`).join("")}</tbody></table>`;

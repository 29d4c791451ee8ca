// What every page of the Markdown reports shares: the result's lookups (articles, claims,
// findings by number), the escaping of text (each short string escaped once), and the links
// between pages and to the articles.
import { join, posix } from "node:path";
import type { Claim } from "../../model/claim.js";
import type { Finding, RuleInfo, Severity } from "../../rules/types.js";
import { MAX_MARKDOWN_FINDINGS, shownFindings } from "../caps.js";
import { escapeMarkdown, safeFileName } from "../escape.js";
import { displayPath, encodePath, fileUrl } from "../links.js";
import { placed, planQuote, renderQuote } from "../quote.js";
import type { ReportOptions } from "../reporter.js";
import { claimsOfFindings, type CheckResult, type ResultArticle } from "../result.js";
import { ruleDocPath } from "../rule-docs.js";
import { writePiece, type ReportStream } from "../sink.js";
import { intervalText } from "../words.js";

export const SEVERITY_ICON: Record<Severity, string> = { error: "🔴 error", warning: "🟠 warning", info: "🔵 info" };

/** Caches hold at most so many entries (a corpus of 100,000 articles has millions of strings). */
const MAX_CACHED = 500_000;

/**
 * Lines written as they come, joined by line breaks (as lines.join("\n") would be); `piece`
 * writes the lines `make` pushes as one piece of the stream (writePiece), after a first line.
 */
export function lineWriter(w: ReportStream): {
  push(...lines: string[]): void;
  piece(key: string | undefined, make: () => void): void;
  close(): void;
} {
  let first = true;
  return {
    push(...lines: string[]): void {
      for (const l of lines) {
        w.write(first ? l : `\n${l}`);
        first = false;
      }
    },
    piece(key, make): void {
      if (first) throw new Error("a piece of lines comes after the first line");
      writePiece(w, key, make);
    },
    close: () => w.close(),
  };
}

/** The rule's docs, copied into the report folder (rule-docs.ts) so that the link works wherever it is opened. */
export function docLink(from: string, rule: string): string {
  return encodePath(`${from.startsWith("articles/") ? "../" : ""}${ruleDocPath(rule)}`);
}

export class MarkdownContext {
  readonly articles: Map<string, ResultArticle>;
  readonly claimsById: ReadonlyMap<string, Claim>;
  readonly rules: Map<string, RuleInfo>;
  readonly pageOf: Map<string, string>;
  readonly claimsOfArticle = new Map<string, Claim[]>();
  readonly findingsOfArticle = new Map<string, number>();
  /** The findings findings.md has a section for (the rest are in findings.json); only they are linked to. */
  readonly shown: Set<Finding>;
  private readonly numberOf: Map<string, number>;
  private readonly findingsOfClaim = new Map<string, Finding[]>();
  /** The same short strings (units, subjects, sources, names, figures) are escaped again and again: each is escaped once. */
  private readonly escaped = new Map<string, string>();
  private readonly relLinks = new Map<string, string>();
  /** A finding's link is the same from every article page: made once. */
  private readonly linkFromArticlePage = new Map<Finding, string>();

  constructor(
    readonly r: CheckResult,
    private readonly o: ReportOptions,
  ) {
    this.articles = new Map(r.articles.map((a) => [a.path, a]));
    this.claimsById = claimsOfFindings(r);
    this.rules = new Map(r.rules.map((x) => [x.id, x]));
    const taken = new Set<string>(["index", "findings"]);
    this.pageOf = new Map(
      r.articles.map((a) => [
        a.path,
        `articles/${safeFileName(posix.basename(displayPath(a.path)).replace(/\.(md|txt|markdown)$/i, ""), taken)}.md`,
      ]),
    );
    this.numberOf = new Map(r.findings.map((f, i) => [f.fingerprint + f.rule, i + 1]));
    for (const c of r.claims)
      if (c.article)
        (this.claimsOfArticle.get(c.article) ?? this.claimsOfArticle.set(c.article, []).get(c.article)!).push(c);
    for (const f of r.findings)
      for (const a of f.articles) this.findingsOfArticle.set(a, (this.findingsOfArticle.get(a) ?? 0) + 1);
    this.shown = shownFindings(r.findings, MAX_MARKDOWN_FINDINGS);
    for (const f of this.shown)
      for (const id of f.claims) (this.findingsOfClaim.get(id) ?? this.findingsOfClaim.set(id, []).get(id)!).push(f);
  }

  /** The folder the reports are written to: links are relative to it. */
  get reportDir(): string {
    return this.o.reportDir;
  }

  /** Text escaped for Markdown. */
  md = (text: string): string => {
    if (text.length > 120) return escapeMarkdown(text);
    let e = this.escaped.get(text);
    if (e === undefined) {
      e = escapeMarkdown(text);
      if (this.escaped.size < MAX_CACHED) this.escaped.set(text, e);
    }
    return e;
  };

  number(f: Finding): number | undefined {
    return this.numberOf.get(f.fingerprint + f.rule);
  }

  findingAnchor(f: Finding): string {
    return `f${this.number(f)}-${f.rule}`;
  }

  findingLink(from: string, f: Finding): string {
    return `[F${this.number(f)}](${from.startsWith("articles/") ? "../" : ""}findings.md#${this.findingAnchor(f)})`;
  }

  /** The links to a claim's findings on its article page (a claim may be in hundreds of pairs). */
  linksOfClaim(id: string): string {
    const fs = this.findingsOfClaim.get(id);
    if (!fs) return "";
    const link = (f: Finding): string => {
      let l = this.linkFromArticlePage.get(f);
      if (l === undefined) {
        l = this.findingLink("articles/", f);
        this.linkFromArticlePage.set(f, l);
      }
      return l;
    };
    let out = link(fs[0]!);
    for (let i = 1; i < fs.length; i++) out += ` ${link(fs[i]!)}`;
    return out;
  }

  private linkPairs: Map<string, string> | undefined;

  /**
   * What the links of an article's claims to their findings (linksOfClaim) are made from: each
   * claim and finding linked, in the order of the links. An article page's key reads it, not each
   * claim's links (their look-ups were most of a re-check's page keys).
   */
  linksOfArticle(path: string): string {
    if (this.linkPairs === undefined) {
      this.linkPairs = new Map();
      for (const f of this.shown) {
        const anchor = this.findingAnchor(f);
        for (const id of f.claims) {
          const a = this.claimsById.get(id)?.article;
          if (a) this.linkPairs.set(a, `${this.linkPairs.get(a) ?? ""}${id}\0${anchor}\0`);
        }
      }
    }
    return this.linkPairs.get(path) ?? "";
  }

  /** A link from a report page to a file (an article, a claims file), or to one of its lines. */
  articleLink(from: string, path: string, line?: number): string {
    const dir = posix.dirname(from);
    const k = `${dir}\u0000${path}\u0000${line ?? 0}`;
    let url = this.relLinks.get(k);
    if (url === undefined) {
      url = fileUrl(join(this.o.reportDir, dir), path, line);
      if (this.relLinks.size < MAX_CACHED) this.relLinks.set(k, url);
    }
    return url;
  }

  /** "[articles/x.md:8](…)": a file's path and line, linked. */
  placeLink(from: string, path: string, line?: number): string {
    return `[${this.md(displayPath(path))}${line ? `:${line}` : ""}](${this.articleLink(from, path, line)})`;
  }

  /** The claim's sentence, the figure in bold, trimmed around it. */
  quote(c: Claim): string {
    const a = c.article ? this.articles.get(c.article) : undefined;
    if (!a || !placed(c)) return this.md(c.sentence ?? c.text);
    const plan = this.o.quotes ? this.o.quotes.get(c.id) : a.text !== undefined ? planQuote(a.text, c) : undefined;
    return renderQuote(c, plan, this.md);
  }

  /** A figure made here (digits, signs, month names) in a table cell; anything else is escaped. */
  figureCell(text: string): string {
    return /^[\p{L}\p{N} ,.–]*$|^[<>≤≥≈]\u00a0[\p{N},.]+$/u.test(text) ? text : this.md(text);
  }

  interval(c: Claim): string {
    return this.figureCell(intervalText(c));
  }

  /** Where a claim stands: its article's line, or the claims file and line it was added at by hand. */
  where(from: string, c: Claim): string {
    if (c.article && c.span) return this.placeLink(from, c.article, c.span.line);
    if (c.origin) return `${this.placeLink(from, c.origin.file, c.origin.line)} (by hand)`;
    return c.article ? this.placeLink(from, c.article) : "";
  }
}

// The rule engine: runs every rule that is on, renders messages from the rules' templates,
// gives each finding a fingerprint that survives re-runs and unrelated edits, marks accepted
// findings, and returns them in one stable order.
import { createHash } from "node:crypto";
import type { Claim } from "../model/claim.js";
import type { ClaimStore } from "../claims/store.js";
import type { ArticleClusters } from "./clusters.js";
import type { Config } from "./config.js";
import { RULES } from "./index.js";
import type { ArticleInfo } from "../corpus/article.js";
import type { Finding, FindingDraft, FindingLocation, Severity, Words } from "./types.js";
import { compareText } from "../base/intl.js";

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface EngineInput {
  store: ClaimStore;
  articles: ReadonlyMap<string, ArticleInfo>;
  clusters: ArticleClusters;
  config: Config;
  /** How the messages write figures, quantities and sources (report/words.ts WORDS). */
  words: Words;
  /** Called before each rule runs (progress display). */
  onRule?: (id: string) => void;
  /**
   * Filled with the claims the findings name, by id: what the reporters look claims up in, taken
   * here where the findings' claims are at hand (finding them among a million claims by id took
   * 4.6 s at 100,000 articles).
   */
  named?: Map<string, Claim>;
}

const render = (template: string, data: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));

function locationOf(d: FindingDraft): FindingLocation {
  const c: Claim | undefined = d.claims.find((x) => x.span) ?? d.claims[0];
  if (c?.span && c.article)
    return { article: c.article, file: c.article, line: c.span.line, column: c.span.column, text: c.text };
  if (c?.origin)
    return { article: null, file: c.origin.file, line: c.origin.line, column: c.origin.column, text: c.text };
  const p = d.places?.[0];
  if (p) return { article: p.article, file: p.article, line: p.line, column: p.column, text: p.text };
  const a = d.articles?.[0] ?? "";
  return { article: a, file: a, line: 1, column: 1, text: "" };
}

/**
 * Stable across re-runs, edits elsewhere in the articles, and a corpus that moves: made of the
 * content only (the rule, each article's text hash, each claim's words and figures; a hand-added
 * claim's id), no line numbers, no generated ids, no paths. An accepted finding stays accepted
 * when the articles folder is renamed or checked from another place.
 */
function fingerprint(rule: string, d: FindingDraft, articles: ReadonlyMap<string, ArticleInfo>): string {
  const article = (path: string): string => articles.get(path)?.hash ?? path;
  const parts = [
    rule,
    d.messageId,
    ...d.claims
      .map(
        (c) =>
          `${c.article !== null ? article(c.article) : `claim ${c.id}`}|${c.text}|${c.value}|${c.min}|${c.max}|${c.entity ?? ""}`,
      )
      .sort(),
    ...(d.places ?? []).map((p) => `${article(p.article)}|${p.text}`).sort(),
    ...(d.articles ?? []).map(article).sort(),
  ];
  // The first 8 bytes as hex: the 16 characters of the whole hex digest's start, without keeping the digest behind them.
  return createHash("sha256").update(parts.join("\n")).digest().toString("hex", 0, 8);
}

export function runRules(input: EngineInput): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = input.config.rules.get(rule.meta.id);
    if (setting?.severity === "off") continue;
    input.onRule?.(rule.meta.id);
    const drafts = rule.check({
      store: input.store,
      options: setting?.options ?? {},
      articles: input.articles,
      clusters: input.clusters,
      words: input.words,
    });
    for (const d of drafts) {
      if (input.named) for (const c of d.claims) input.named.set(c.id, c);
      const fp = fingerprint(rule.meta.id, d, input.articles);
      const articles = new Set<string>([
        ...d.claims.flatMap((c) => (c.article ? [c.article] : [])),
        ...(d.places ?? []).map((p) => p.article),
        ...(d.articles ?? []),
      ]);
      findings.push({
        rule: rule.meta.id,
        severity: setting?.severity ?? d.severity ?? rule.meta.severity,
        messageId: d.messageId,
        message: render(rule.meta.messages[d.messageId] ?? d.messageId, d.data),
        data: d.data,
        claims: d.claims.map((c) => c.id),
        places: d.places ?? [],
        articles: [...articles].sort(),
        location: locationOf(d),
        fingerprint: fp,
        advice: d.advice ?? null,
        accepted: input.config.accept.get(fp) ?? null,
      });
    }
  }
  const file = ranks(findings.map((f) => f.location.file));
  const rule = ranks(findings.map((f) => f.rule));
  return findings.sort(
    (a, b) =>
      file.get(a.location.file)! - file.get(b.location.file)! ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      rule.get(a.rule)! - rule.get(b.rule)! ||
      compareText(a.fingerprint, b.fingerprint),
  );
}

/**
 * Each distinct text's place in compareText's order (texts it holds equal share one): the
 * findings are sorted by comparing numbers, not by asking the collator again for every pair
 * (at 100,000 articles, a hundred thousand findings and two million comparisons).
 */
function ranks(texts: readonly string[]): Map<string, number> {
  const distinct = [...new Set(texts)].sort(compareText);
  const rank = new Map<string, number>();
  let r = 0;
  distinct.forEach((t, i) => {
    if (i > 0 && compareText(distinct[i - 1]!, t) !== 0) r++;
    rank.set(t, r);
  });
  return rank;
}

// What an editor reads first: the disputed quantities, each with the figures the articles give
// for it and who gives each, most serious first. A quantity is what the findings' claims count
// (their comparison key, or the person for an age), so that the summary follows whatever findings
// the rules return, one per quantity or several. Findings without figures (names, copies) are
// counted apart. Shared by the Markdown and HTML reports.
import type { Claim } from "../model/claim.js";
import type { ArticleInfo } from "../corpus/article.js";
import { comparisonKey } from "../claims/store.js";
import { SEVERITY_ORDER } from "../rules/engine.js";
import type { Finding, Severity } from "../rules/types.js";
import { compareText } from "../base/intl.js";
import { claimsOfFindings, type CheckResult } from "./result.js";
import { dateText, describeFigure, keyLabel } from "./words.js";

// What both reports show of the summary and of a finding, so that the Markdown and the HTML agree.
/** The summary stays readable in a minute: so many quantities, figures each, and givers each. */
export const SUMMARY_QUANTITIES = 15;
export const SUMMARY_FIGURES = 6;
export const SUMMARY_GIVEN_BY = 3;
/** Charts drawn, one per disputed quantity, the most serious first. */
export const MAX_CHARTS = 30;
/** A finding's table shows so many claims (findings.json has them all). */
export const MAX_ROWS = 12;

/** One figure given for a quantity, and who gives it. */
export interface GivenFigure {
  /** As the (first) text wrote it. */
  text: string;
  /** "Defence Ministry, via Baltic Ledger, 22 Sep 2022", one per outlet, source and date. */
  givenBy: string[];
  claims: Claim[];
  /** For ordering: the figure's value or the middle of what its wording allows. */
  size: number;
}

export interface DisputedQuantity {
  key: string;
  /** "participants in Munich, 21 Jan 2024", as the rules name it, else "detained: number counted". */
  label: string;
  severity: Severity;
  findings: Finding[];
  figures: GivenFigure[];
  claims: Claim[];
}

/** The key of the quantity a claim counts, or null (dates, claims without a measure). */
export function quantityKey(c: Claim): string | null {
  return comparisonKey(c) ?? (c.kind === "age" && c.entity ? `${c.entity}|age` : null);
}

/** "Interior Ministry, via Alpenblatt, 5 Oct 2022" with plain words where something is not known. */
export function givenBy(c: Claim, articles: ReadonlyMap<string, ArticleInfo>): string {
  const source = c.source ?? "source not named";
  if (!c.article) return `${source} (added by hand${c.origin ? ` in ${c.origin.file}` : ""}), ${dateText(c.asOf)}`;
  const outlet = articles.get(c.article)?.outlet ?? c.article.split(/[\\/]/).pop()!;
  return `${c.source && c.source !== outlet ? `${c.source}, via ${outlet}` : `${outlet} (source not named)`}, ${dateText(c.asOf)}`;
}

const middle = (c: Claim): number =>
  c.value ?? (c.min !== null && c.max !== null ? (c.min + c.max) / 2 : (c.min ?? c.max ?? 0));

/** Made once per result: the Markdown and HTML reports both read them. */
const made = new WeakMap<CheckResult, DisputedQuantity[]>();

/** Quantities with findings about them that give at least two different figures, most serious first. */
export function disputedQuantities(r: CheckResult): DisputedQuantity[] {
  let qs = made.get(r);
  if (!qs) {
    qs = findQuantities(r);
    made.set(r, qs);
  }
  return qs;
}

/**
 * A quantity is what findings' claims are about: findings that share a claim (of one key) are
 * about one quantity; findings with no claim in common stay apart even under one key (the same
 * measure in two places or periods, once the rules tell them apart).
 */
interface Group {
  key: string;
  findings: Finding[];
  claims: Map<string, Claim>;
}

/** The open findings grouped by the quantity their claims are about. */
function groupFindings(r: CheckResult): Group[] {
  const claimsById = claimsOfFindings(r);
  /**
   * The group of a claim. A claim has one quantity key, so the claim alone names its group
   * (a key and id made into one string for each claim of each finding took seconds at 100,000 articles).
   */
  const groupOf = new Map<Claim, Group>();
  const join = (g: Group, f: Finding | null, claims: Iterable<Claim>): void => {
    if (f) g.findings.push(f);
    for (const c of claims) {
      g.claims.set(c.id, c);
      groupOf.set(c, g);
    }
  };
  for (const f of r.findings) {
    if (f.accepted) continue;
    const claims = f.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c);
    const key = claims.map(quantityKey).find((k) => k !== null);
    if (!key) continue;
    const mine = claims.filter((c) => quantityKey(c) === key);
    // The groups this finding shares a claim with become one, the largest taking in the others.
    const met = [...new Set(mine.flatMap((c) => groupOf.get(c) ?? []))].sort((a, b) => b.claims.size - a.claims.size);
    const g = met[0] ?? { key, findings: [], claims: new Map() };
    for (const other of met.slice(1)) {
      for (const x of other.findings) g.findings.push(x);
      join(g, null, other.claims.values());
    }
    join(g, f, mine);
  }
  return [...new Set(groupOf.values())];
}

/** The different figures a group's claims give, each with who gives it (each once). */
function figuresOf(g: Group, articles: ReadonlyMap<string, ArticleInfo>): Map<string, GivenFigure> {
  const figures = new Map<string, GivenFigure>();
  // A figure repeated in thousands of articles: who gives it, each once, without a search each time.
  const giversOf = new Map<GivenFigure, Set<string>>();
  for (const c of g.claims.values()) {
    const k = `${c.qualifier}|${c.value}|${c.min}|${c.max}`;
    let fig = figures.get(k);
    if (!fig) {
      fig = { text: describeFigure(c), givenBy: [], claims: [], size: middle(c) };
      figures.set(k, fig);
    }
    fig.claims.push(c);
    const by = givenBy(c, articles);
    let seen = giversOf.get(fig);
    if (!seen) {
      seen = new Set();
      giversOf.set(fig, seen);
    }
    if (!seen.has(by)) {
      seen.add(by);
      fig.givenBy.push(by);
    }
  }
  return figures;
}

function findQuantities(r: CheckResult): DisputedQuantity[] {
  const articles = new Map(r.articles.map((a) => [a.path, a]));
  const order = new Map(r.findings.map((f, i) => [f, i]));
  const out: DisputedQuantity[] = [];
  for (const g of groupFindings(r)) {
    const figures = figuresOf(g, articles);
    if (figures.size < 2) continue;
    const severity = g.findings.reduce<Severity>(
      (s, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[s] ? f.severity : s),
      "info",
    );
    // The rules name the quantity they judged ("participants in Munich, 21 Jan 2024"); else its key.
    const named = g.findings.map((f) => f.data.quantity).find((q): q is string => typeof q === "string");
    out.push({
      key: g.key,
      label: named ?? keyLabel(g.key),
      severity,
      findings: g.findings.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      claims: [...g.claims.values()],
      figures: [...figures.values()].sort((a, b) => a.size - b.size || compareText(a.text, b.text)),
    });
  }
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.findings.length - a.findings.length ||
      b.figures.length - a.figures.length ||
      compareText(a.label, b.label),
  );
}

/** Open findings about no quantity (names, copies), counted by rule: "2 name-variant, 1 duplicate-article". */
export function otherFindings(r: CheckResult, quantities: readonly DisputedQuantity[]): Map<string, number> {
  const inSummary = new Set(quantities.flatMap((q) => q.findings));
  const counts = new Map<string, number>();
  for (const f of r.findings) if (!f.accepted && !inSummary.has(f)) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => compareText(a, b)));
}

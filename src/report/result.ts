// The result of a check run: what every reporter reads. Reporters are pure functions of it.
import type { ArticleInfo } from "../corpus/article.js";
import type { InputError } from "../base/diagnostic.js";
import type { Claim } from "../model/claim.js";
import type { ClusterPair } from "../rules/clusters.js";
import type { Finding, RuleInfo } from "../rules/types.js";

export const RESULT_VERSION = 2;

/** An article of the result: check's stages keep no texts; a caller that has one (a test) may give it. */
export type ResultArticle = ArticleInfo & { readonly text?: string };

export interface CheckResult {
  articles: ResultArticle[];
  /** Every claim: extracted, hand-added and hand-ignored ones, so nothing is lost. */
  claims: Claim[];
  findings: Finding[];
  clusters: string[][];
  clusterPairs: ClusterPair[];
  inputErrors: InputError[];
  claimFiles: Array<{ path: string; source: string | null; claims: number; corrections: number }>;
  /** Every rule that can report a finding, in the registry's order. */
  rules: RuleInfo[];
}

/**
 * Whether a claim is as the extractor gave it (not added or corrected by hand): then all it says
 * follows from its article's text, whose hash the article's info holds, and the code. Report
 * pieces of such claims are keyed by the article's info instead of the claims' whole JSON.
 */
export const extractedAsIs = (c: Claim): boolean => c.span !== null && !c.correction && !c.origin;

const findingClaims = new WeakMap<CheckResult, Map<string, Claim>>();

/**
 * Gives the claims the findings of `r` name, by id, when the caller has them (check's engine
 * collects them as it makes the findings): claimsOfFindings then need not look for them.
 */
export function knowClaimsOfFindings(r: CheckResult, byId: Map<string, Claim>): void {
  findingClaims.set(r, byId);
}

/**
 * The claims the findings name, by id: what the reporters look claims up in. Made once per result
 * (every reporter reads it), and only of those claims: a map of every claim by id was a million
 * entries at 100,000 articles, made again by each reporter.
 */
export function claimsOfFindings(r: CheckResult): ReadonlyMap<string, Claim> {
  let byId = findingClaims.get(r);
  if (byId === undefined) {
    const named = new Set<string>();
    for (const f of r.findings) for (const id of f.claims) named.add(id);
    byId = new Map();
    for (const c of r.claims) if (named.has(c.id)) byId.set(c.id, c);
    findingClaims.set(r, byId);
  }
  return byId;
}

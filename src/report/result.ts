// The result of a check run: what every reporter reads. Reporters are pure functions of it.
import type { ArticleInfo, InputError } from "../corpus/article.js";
import type { Claim } from "../claims/claim.js";
import type { NameMention } from "../claims/store.js";
import type { ClusterPair } from "../rules/clusters.js";
import type { Finding, RuleInfo } from "../rules/types.js";

export const RESULT_VERSION = 2;

/** An article of the result: check's stages keep no texts; a caller that has one (a test) may give it. */
export type ResultArticle = ArticleInfo & { readonly text?: string };

export interface CheckResult {
  articles: ResultArticle[];
  /** Every claim: extracted, hand-added and hand-ignored ones, so nothing is lost. */
  claims: Claim[];
  names: NameMention[];
  findings: Finding[];
  clusters: string[][];
  clusterPairs: ClusterPair[];
  inputErrors: InputError[];
  claimFiles: Array<{ path: string; source: string | null; claims: number; corrections: number }>;
  /** Every rule that can report a finding, in the registry's order. */
  rules: RuleInfo[];
}

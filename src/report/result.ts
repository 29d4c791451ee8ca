// The result of a check run: what every reporter reads. Reporters are pure functions of it.
import type { Article } from "../corpus/article.js";
import type { InputError } from "../base/diagnostic.js";
import type { Claim } from "../model/claim.js";
import type { NameMention } from "../claims/store.js";
import type { ClusterPair } from "../rules/clusters.js";
import type { Finding } from "../rules/types.js";

export const RESULT_VERSION = 2;

export interface CheckResult {
  articles: Article[];
  /** Every claim: extracted, hand-added and hand-ignored ones, so nothing is lost. */
  claims: Claim[];
  names: NameMention[];
  findings: Finding[];
  clusters: string[][];
  clusterPairs: ClusterPair[];
  inputErrors: InputError[];
  claimFiles: Array<{ path: string; source: string | null; claims: number; corrections: number }>;
}

/** Findings that count: not accepted. */
export const openFindings = (r: CheckResult): Finding[] => r.findings.filter((f) => !f.accepted);

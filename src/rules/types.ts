// The shapes every rule shares: ESLint-like metadata plus one check function, and the Finding
// every reporter reads.
import type { ArticleInfo } from "../corpus/article.js";
import type { Claim, ClaimPeriod } from "../model/claim.js";
import type { ClaimStore } from "../claims/store.js";
import type { ArticleClusters } from "./clusters.js";
import type { QuantityGroup } from "./quantities.js";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface RuleMeta<O> {
  id: string;
  description: string;
  severity: Severity;
  /** JSON Schema of the rule's options (validated with ajv when the config is loaded). */
  options: object;
  defaults: O;
  /** Message templates keyed by message id; {name} is replaced by the finding's data. */
  messages: Record<string, string>;
}

/**
 * How the rules' messages write figures, quantities and sources for people. They are the reports'
 * words (report/words.ts WORDS): the engine is given them, so that the rules import nothing of
 * the reports and a figure reads the same in a message and in a report's table.
 */
export interface Words {
  /** A figure as the article wrote it, else from its value: "more than 20 hours", "about 6,500 km". */
  figure(c: Claim): string;
  /** A date: "24 Sep 2022", "Sep 2022"; "an unknown date". */
  date(iso: string | null): string;
  /** A period: "21 Jan 2024", "19 Jan 2024 to 21 Jan 2024", "Sunday (no date given)". */
  period(p: ClaimPeriod | null): string;
  /** A quantity's measure and place: "participants in Munich". */
  scope(g: Pick<QuantityGroup, "measure" | "place"> & { dimension?: string }): string;
  /** A quantity's measure, place and period: "participants in Munich, 21 Jan 2024". */
  quantity(g: QuantityGroup): string;
  /** Who says it, where, when: "Russian Defence Ministry, via DW, 24 Sep 2022". */
  provenance(c: Claim, articles: ReadonlyMap<string, ArticleInfo>): string;
}

export interface RuleContext<O> {
  store: ClaimStore;
  options: O;
  articles: ReadonlyMap<string, ArticleInfo>;
  clusters: ArticleClusters;
  words: Words;
}

/** A place in an article a finding points at that is not a claim (a name as written). */
export interface Place {
  article: string;
  line: number;
  column: number;
  start: number;
  end: number;
  text: string;
}

/** What a rule returns; the engine adds severity, message, fingerprint and order. */
export interface FindingDraft {
  messageId: string;
  data: Record<string, string | number>;
  /** The claims involved, the first being where the finding points. */
  claims: Claim[];
  /** Places involved that are not claims (names); the first is where the finding points if it has no claims. */
  places?: Place[];
  /** Articles involved that no claim or place names (duplicate articles). */
  articles?: string[];
  /** A severity other than the rule's own, for a milder case of the same rule. */
  severity?: Severity;
  /** What a fact-checker might do next. */
  advice?: string;
}

export interface Rule<O extends object> {
  meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): FindingDraft[];
}

/** What reporters are told of a rule: in the check's result, so that no reporter imports the rules. */
export type RuleInfo = Pick<RuleMeta<object>, "id" | "description" | "severity" | "messages">;

/** A rule as the engine runs it: its options as the config gives them (checked against the rule's schema), the defaults filled in. */
export interface RegisteredRule {
  readonly meta: RuleMeta<object>;
  check(ctx: RuleContext<Readonly<Record<string, unknown>>>): FindingDraft[];
}

/**
 * A rule with options of type O, for the registry (rules/index.ts). The config's options for a
 * rule are checked against the rule's JSON Schema (meta.options) when the config is loaded
 * (rules/config.ts), and the schema describes O: that is what makes them an O here.
 */
export function defineRule<O extends object>(rule: Rule<O>): RegisteredRule {
  return {
    meta: rule.meta,
    check: (ctx) => rule.check({ ...ctx, options: { ...rule.meta.defaults, ...ctx.options } as O }),
  };
}

export interface FindingLocation {
  article: string | null;
  file: string;
  line: number;
  column: number;
  text: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  claims: string[];
  places: Place[];
  articles: string[];
  location: FindingLocation;
  fingerprint: string;
  advice: string | null;
  /** Set when the config accepts this finding: it no longer fails the check. */
  accepted: { reason: string } | null;
}

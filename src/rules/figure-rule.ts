// What the four figure rules share: they read one judgement of each quantity (quantities.ts) and
// each takes the quantities of its own verdict. A rule file says which verdict, its words, and when
// its finding is lowered to info; this builds the rest (options, finding data, claims).
import type { Claim } from "../model/claim.js";
import type { ClaimStore } from "../claims/store.js";
import type { Rule, Severity } from "./types.js";
import { FACTOR_OPTION, MAX_RATIO_OPTION, TOLERANCE_OPTION } from "./compare.js";
import { groupClaims, groupData } from "./group-words.js";
import { judgedGroups, type JudgedGroup, type Verdict } from "./quantities.js";

export interface FigureRuleOptions {
  tolerance: number;
  factor: number;
  maxRatio: number;
}

export interface FigureRuleSpec {
  id: string;
  description: string;
  severity: Severity;
  verdict: Verdict;
  messageId: string;
  message: string;
  advice: string;
  /** The finding is lowered to info (a key missing, a revision …). */
  lowered?: (j: JudgedGroup) => boolean;
}

/** How far after a figure its conversion in parentheses begins: " (" ("€1.8 billion ($2.1 billion)"). */
const CONVERSION_GAP = 2;

/**
 * A finding's figures and the conversions given in parentheses straight after them, in another
 * unit of the same kind ("€1.8 billion ($2.1 billion)", "2.400 Hektar (5.900 Acres)"): the same
 * figure, which the reader is shown with it, though no rate makes the two comparable.
 */
function withConversions(claims: Claim[], store: ClaimStore): Claim[] {
  const out = [...claims];
  for (const c of claims) {
    if (!c.article || !c.span) continue;
    const end = c.span.end;
    const conversion = store
      .byArticle(c.article)
      .find((o) => o.kind === c.kind && o.unit !== c.unit && o.span?.start === end + CONVERSION_GAP);
    if (conversion && !out.includes(conversion)) out.push(conversion);
  }
  return out;
}

export function figureRule(spec: FigureRuleSpec): Rule<FigureRuleOptions> {
  return {
    meta: {
      id: spec.id,
      description: spec.description,
      severity: spec.severity,
      options: {
        type: "object",
        additionalProperties: false,
        properties: { tolerance: TOLERANCE_OPTION, factor: FACTOR_OPTION, maxRatio: MAX_RATIO_OPTION },
      },
      defaults: { tolerance: 0.05, factor: 1.5, maxRatio: 50 },
      messages: { [spec.messageId]: spec.message },
    },
    check({ store, options, articles, clusters, words }) {
      return judgedGroups(store, clusters, options.tolerance, options.factor)
        .filter((j) => j.verdict === spec.verdict && (j.ratio === null || j.ratio <= options.maxRatio))
        .map((j) => ({
          messageId: spec.messageId,
          data: groupData(j, articles, clusters, words),
          claims: withConversions(groupClaims(j), store),
          severity: spec.lowered?.(j) ? ("info" as const) : undefined,
          advice: spec.advice,
        }));
    },
  };
}

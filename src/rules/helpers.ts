// Small pieces several rules share: the outlet a claim comes from; claims grouped by the figure
// they state; a stable order.
import type { ArticleInfo } from "../corpus/article.js";
import type { Claim } from "../model/claim.js";
import { figureKey } from "./figures.js";
import { compareText } from "../base/intl.js";

/** The outlet of a claim's article, else its file name. */
export function outletOf(c: Claim, articles: ReadonlyMap<string, ArticleInfo>): string {
  if (c.article === null) return c.origin?.file ?? "claims";
  const a = articles.get(c.article);
  return a?.outlet ?? c.article.split("/").pop()!;
}

export const claimOrder = (a: Claim, b: Claim): number =>
  compareText(a.article ?? "~", b.article ?? "~") ||
  (a.span?.start ?? 0) - (b.span?.start ?? 0) ||
  compareText(a.id, b.id);

/** Claims grouped by the figure they state (by `key`, else exactly as worded), groups in a stable order. */
export function byFigure(claims: readonly Claim[], key: (c: Claim) => string = figureKey): Claim[][] {
  const m = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = key(c);
    const g = m.get(k);
    if (g) g.push(c);
    else m.set(k, [c]);
  }
  return [...m.values()].map((g) => g.sort(claimOrder)).sort((a, b) => claimOrder(a[0]!, b[0]!));
}

export const distinctArticles = (claims: readonly Claim[]): string[] =>
  [...new Set(claims.map((c) => c.article ?? c.origin?.file ?? ""))].sort();

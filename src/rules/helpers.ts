// Small pieces several rules share: where a claim comes from, in words; claims grouped by the
// figure they state; a stable order.
import type { ArticleInfo } from "../corpus/article.js";
import type { Claim } from "../claims/claim.js";
import { figureKey } from "./figures.js";
import { compareText } from "./intl.js";
import { dateText } from "../report/words.js";

/** "24 Sep 2022", "Sep 2022", "2022"; "an unknown date" where the text gives none (the reports' words). */
export const formatDate = (iso: string | null): string => dateText(iso, "an unknown date");

/** The outlet of a claim's article, else its file name. */
export function outletOf(c: Claim, articles: ReadonlyMap<string, ArticleInfo>): string {
  if (c.article === null) return c.origin?.file ?? "claims";
  const a = articles.get(c.article);
  return a?.outlet ?? c.article.split("/").pop()!;
}

/** "Russian Defence Ministry, via DW, 24 Sep 2022": who says it, where, when. */
export function provenance(c: Claim, articles: ReadonlyMap<string, ArticleInfo>): string {
  const outlet = outletOf(c, articles);
  const parts: string[] = [];
  if (c.source && c.source !== outlet) parts.push(c.article ? `${c.source}, via ${outlet}` : c.source);
  else parts.push(outlet);
  parts.push(dateText(c.asOf));
  return parts.join(", ");
}

export const claimOrder = (a: Claim, b: Claim): number =>
  compareText(a.article ?? "~", b.article ?? "~") || (a.span?.start ?? 0) - (b.span?.start ?? 0) || compareText(a.id, b.id);

/** Claims grouped by the figure they state, groups in a stable order. */
export function byFigure(claims: readonly Claim[]): Claim[][] {
  const m = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = figureKey(c);
    const g = m.get(k);
    if (g) g.push(c);
    else m.set(k, [c]);
  }
  return [...m.values()].map((g) => g.sort(claimOrder)).sort((a, b) => claimOrder(a[0]!, b[0]!));
}

export const distinctArticles = (claims: readonly Claim[]): string[] => [...new Set(claims.map((c) => c.article ?? c.origin?.file ?? ""))].sort();

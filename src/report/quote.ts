// The quote findings.md shows for a claim: its sentence, the figure in bold, trimmed to
// QUOTE_CONTEXT characters either side. Planned while the article's text is at hand (a number:
// where the claim starts in its sentence), so that the text need not be kept for the reports.
import type { Claim } from "../model/claim.js";

export const QUOTE_CONTEXT = 160;

interface Pieces {
  lead: string;
  before: string;
  bold: string;
  after: string;
  tail: string;
}

/** The claim's offset in its sentence, or the quote's pieces when the sentence is not where it stands. */
export type QuotePlan = number | Pieces;

/** A claim with its place in an article's text. */
export type PlacedClaim = Pick<Claim, "text" | "sentence"> & { span: NonNullable<Claim["span"]> };

/** Whether a claim has its place in an article's text (it was extracted, not added by hand). */
export const placed = <C extends Pick<Claim, "text" | "sentence" | "span">>(c: C): c is C & PlacedClaim =>
  c.span !== null;

/** Plans the quote of a claim that has a span in `text`. */
export function planQuote(text: string, c: PlacedClaim): QuotePlan {
  const s = c.sentence ?? c.text;
  const start = Math.max(text.lastIndexOf(s, c.span.start), 0);
  if (start <= c.span.start && c.span.end <= start + s.length && text.startsWith(s, start)) return c.span.start - start;
  return {
    lead: start < c.span.start - QUOTE_CONTEXT ? "…" : "",
    before: text.slice(Math.max(start, c.span.start - QUOTE_CONTEXT), c.span.start),
    bold: text.slice(c.span.start, c.span.end),
    after: text.slice(c.span.end, Math.min(start + s.length, c.span.end + QUOTE_CONTEXT)),
    tail: start + s.length > c.span.end + QUOTE_CONTEXT ? "…" : "",
  };
}

/**
 * The quote in Markdown (or, with `bold` given, in another markup); `plan` undefined means the
 * claim has no place in an article.
 */
export function renderQuote(
  c: Claim,
  plan: QuotePlan | undefined,
  md: (s: string) => string,
  bold = (s: string): string => `**${s}**`,
): string {
  if (plan === undefined || !c.span) return md(c.sentence ?? c.text);
  let p: Pieces;
  if (typeof plan === "number") {
    const s = c.sentence ?? c.text;
    const k = plan;
    const e = k + (c.span.end - c.span.start);
    p = {
      lead: k > QUOTE_CONTEXT ? "…" : "",
      before: s.slice(Math.max(0, k - QUOTE_CONTEXT), k),
      bold: s.slice(k, e),
      after: s.slice(e, Math.min(s.length, e + QUOTE_CONTEXT)),
      tail: s.length > e + QUOTE_CONTEXT ? "…" : "",
    };
  } else p = plan;
  return `${p.lead}${md(p.before)}${bold(md(p.bold))}${md(p.after)}${p.tail}`;
}

/** Plans the quotes of every claim with a span in one of `articles`, by claim id. */
export function planQuotes(
  articles: ReadonlyMap<string, { text: string }>,
  claims: Iterable<Claim>,
  into: Map<string, QuotePlan>,
): void {
  for (const c of claims) {
    if (!c.article || !placed(c)) continue;
    const a = articles.get(c.article);
    if (a) into.set(c.id, planQuote(a.text, c));
  }
}

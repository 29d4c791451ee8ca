// The lean shape of claims in JSON output: a claim names its sentence by offsets into its article,
// and each sentence's text is written once, in a table per article. A sentence stating several
// figures, or a long one, was written again with each claim: together the sentences came to
// about as many characters as the articles themselves.
import type { Claim } from "../model/claim.js";

export interface SentenceRow {
  /** JS string index of the sentence's first character in the article's text. */
  start: number;
  end: number;
  text: string;
}

/** A claim as JSON output writes it: `sentence` is its place in the article's sentences table. */
export type WrittenClaim = Omit<Claim, "sentence"> & { sentence: { start: number; end: number } | string | null };

/**
 * Where a claim's sentence starts in its article's text: the last place at or before the claim
 * where the sentence's text stands and holds the claim; null when it is not there (a hand-added
 * quote, a sentence corrected by hand).
 */
export function sentenceStart(text: string, c: Claim): number | null {
  if (c.sentence === null || !c.span) return null;
  const at = text.lastIndexOf(c.sentence, c.span.start);
  return at >= 0 && c.span.end <= at + c.sentence.length ? at : null;
}

/** The claim with its sentence as offsets, when `start` places it; the claim's own keys in their order. */
export function writtenClaim(c: Claim, start: number | null): WrittenClaim {
  if (start === null || c.sentence === null) return c;
  return { ...c, sentence: { start, end: start + c.sentence.length } };
}

/**
 * Collects the sentence rows of claims, by article, in text order: `startOf` gives a claim's
 * sentence start or null.
 */
export class SentenceTables {
  private readonly byArticle = new Map<string, Map<number, SentenceRow>>();

  add(c: Claim, start: number | null): void {
    if (start === null || c.sentence === null || c.article === null) return;
    let rows = this.byArticle.get(c.article);
    if (!rows) {
      rows = new Map();
      this.byArticle.set(c.article, rows);
    }
    if (!rows.has(start)) rows.set(start, { start, end: start + c.sentence.length, text: c.sentence });
  }

  rows(article: string): SentenceRow[] {
    return [...(this.byArticle.get(article)?.values() ?? [])].sort((a, b) => a.start - b.start);
  }
}

// A quote planned while the text was at hand renders exactly as one cut from the text would.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/model/claim.js";
import { planQuote, QUOTE_CONTEXT, renderQuote } from "../../src/report/quote.js";

/** The quote as findings.md made it from the article's text. */
function fromText(text: string, c: Claim & { span: NonNullable<Claim["span"]> }, md: (s: string) => string): string {
  const s = c.sentence ?? c.text;
  const start = Math.max(text.lastIndexOf(s, c.span.start), 0);
  const before = text.slice(Math.max(start, c.span.start - QUOTE_CONTEXT), c.span.start);
  const after = text.slice(c.span.end, Math.min(start + s.length, c.span.end + QUOTE_CONTEXT));
  const lead = start < c.span.start - QUOTE_CONTEXT ? "…" : "";
  const tail = start + s.length > c.span.end + QUOTE_CONTEXT ? "…" : "";
  return `${lead}${md(before)}**${md(text.slice(c.span.start, c.span.end))}**${md(after)}${tail}`;
}

const md = (s: string): string => `<${s}>`;

describe("planned quotes", () => {
  it("render as the quote cut from the text, whether or not the sentence is where the claim is", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", " ", ".", "7"), maxLength: 900 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (text, p, q, r, t, elsewhere) => {
          if (!text.length) return;
          const s0 = p % text.length;
          const s1 = s0 + (q % (text.length - s0 + 1));
          const c0 = s0 + (r % (s1 - s0 + 1));
          const c1 = c0 + (t % (s1 - c0 + 1));
          const sentence = elsewhere ? `x${text.slice(s0, s1)}` : text.slice(s0, s1);
          const claim = {
            text: text.slice(c0, c1),
            sentence,
            article: "a.md",
            span: { start: c0, end: c1, line: 1, column: 1 },
          } as unknown as Claim & { span: NonNullable<Claim["span"]> };
          expect(renderQuote(claim, planQuote(text, claim), md)).toBe(fromText(text, claim, md));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// Whatever the text, extract never throws, never hangs, and every claim quotes the text exactly
// at its span. Property tests (fast-check) plus the pathological inputs scraped text brings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/extract.js";
import { lex } from "../../src/language/lexer.js";
import { getLexicon } from "../../src/language/lexicon.js";
import { hasFigure, MAX_PHRASE_TOKENS, phrasesInSentence } from "../../src/extract/parse-phrases.js";
import { tag } from "../../src/extract/tagger.js";
import { anyText } from "./any-character.js";

function assertSound(text: string, lang: string): void {
  const claims = extract({ path: "p", text, lang });
  for (const c of claims) {
    expect(c.span).not.toBeNull();
    expect(c.span!.start).toBeGreaterThanOrEqual(0);
    expect(c.span!.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.span!.start, c.span!.end)).toBe(c.text);
    for (const v of [c.value, c.min, c.max]) if (v !== null) expect(Number.isNaN(v)).toBe(false);
  }
}

// Text made of the pieces figures are made of, so that the properties reach the grammar.
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "more than",
        "up to",
        "about",
        "some",
        "between",
        "and",
        "to",
        "-",
        "–",
        "hundred",
        "thousand",
        "million",
        "one",
        "twenty",
        "five",
        "a",
        "half",
        "aged",
        "(",
        ")",
        ",",
        ".",
        "\n",
        "\u00a0",
        "km",
        "miles",
        "%",
        "$",
        "€",
        "Euro",
        "year-old",
        "Jahre",
        "alt",
        "September",
        "in",
        "said",
        "according to",
        "Mikhail",
        "Bayankin",
        "Mio.",
        "dreihunderttausend",
        "fünfundzwanzig",
        "bis zu",
        "etwa",
        "Reservisten",
        "men",
        "fled",
      ),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
      fc.constantFrom("300.000", "12,5", "6,500", "1.5m", "$1.5bn", "2022", "21."),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(" "));

describe("extract on any input", () => {
  it.each(["en", "de"])("never throws and quotes exactly on arbitrary Unicode (%s)", (lang) => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (t) => assertSound(t, lang)),
      { numRuns: 300 },
    );
  });

  it.each(["en", "de"])("never throws and quotes exactly on figure-shaped text (%s)", (lang) => {
    fc.assert(
      fc.property(newsy, (t) => assertSound(t, lang)),
      { numRuns: 500 },
    );
  });

  it("the lexer covers every character exactly once", () => {
    fc.assert(
      fc.property(anyText(200), (t) => {
        expect(
          lex(t)
            .map((x) => x.text)
            .join(""),
        ).toBe(t);
      }),
      { numRuns: 500 },
    );
  });
});

describe("pathological input", () => {
  it("a 10,000-digit number is one number", () => {
    const text = `There were ${"9".repeat(10_000)} men.`;
    const claims = extract({ path: "p", text, lang: "en" });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toHaveLength(10_000);
  });

  it("a 1 MB line with no punctuation", () => {
    // Two figures in every 19 words, as a dense news sentence has them: every one is found. (Two in
    // every 7 words gave 70,000 claims, a tenth of the suite's CPU, for the same line.)
    const unit =
      "word 12 more than 300 men fled across the border while officials in the capital watched and waited for news ";
    const text = unit.repeat(9_260);
    expect(text.length).toBeGreaterThan(1_000_000);
    const claims = extract({ path: "p", text, lang: "en" });
    expect(claims.length).toBe(2 * 9_260);
    // A stretch of 150 tokens (MAX_SENTENCE_TOKENS) may end between "more than" and its figure.
    expect(claims.filter((c) => !["12", "more than 300", "300"].includes(c.text))).toEqual([]);
  });

  it("thousands of repeated 'and one hundred and one' stay bounded phrases", () => {
    const text = `one hundred${" and one hundred and one".repeat(3000)}`;
    assertSound(text, "en");
    const tagged = tag(text, getLexicon("en"));
    for (const s of tagged.sentences) {
      if (!hasFigure(tagged.tokens, s)) continue;
      for (const m of phrasesInSentence(tagged, s)) expect(m.last - m.first).toBeLessThanOrEqual(MAX_PHRASE_TOKENS);
    }
  });

  it("nested brackets and quotes", () => {
    assertSound(`${'("[«'.repeat(2000)} 300 men ${'»]")'.repeat(2000)}`, "en");
  });

  it("every Unicode space and decimal digit form", () => {
    const spaces = [
      "\u00a0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200a",
      "\u202f",
      "\u205f",
      "\u3000",
      "\ufeff",
    ];
    for (const sp of spaces) {
      const claims = extract({ path: "p", text: `up to 1${sp}million men fled`, lang: "en" });
      expect(claims[0]?.value, JSON.stringify(sp)).toBe(1_000_000);
    }
    // Arabic-Indic, Devanagari and full-width digits read as digits.
    expect(extract({ path: "p", text: "٣٠٠ men fled", lang: "en" })[0]?.value).toBe(300);
    expect(extract({ path: "p", text: "३०० men fled", lang: "en" })[0]?.value).toBe(300);
    expect(extract({ path: "p", text: "３００ men fled", lang: "en" })[0]?.value).toBe(300);
  });

  it("mixed scripts", () => {
    assertSound("Более 200 000 человек уехали; more than 200,000 men fled; 20万人が逃げた; مئتا ألف", "en");
  });
});

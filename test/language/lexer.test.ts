// The lexer as extraction runs it (eachToken: moo's tokens handed on as type and place, no object
// kept) gives the same tokens as lex, type, text and place, on any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eachToken, lex } from "../../src/language/lexer.js";

const byHand = (text: string): Array<[string, string, number]> => {
  const out: Array<[string, string, number]> = [];
  eachToken(text, (type, start, end) => out.push([type, text.slice(start, end), start]));
  return out;
};
const byMoo = (text: string): Array<[string, string, number]> => lex(text).map((t) => [t.type, t.text, t.offset]);

/** Characters where the two ways could part: ASCII next to what only the rules read. */
const tricky = fc.constantFrom(
  ..."aZ09 \t\u000b\f\n\r.,'’-/%$()".split(""),
  "\u00a0",
  "\u2009",
  "\u202f",
  "\u3000",
  "\u2028",
  "\u2029",
  "\u200b",
  "\u00ad",
  "\ufeff",
  "\u0301",
  "é",
  "ß",
  "Ж",
  "٣",
  "５",
  "😀",
  "\u0085",
  "\u0000",
);

describe("the lexer as extraction runs it", () => {
  it("gives moo's tokens on random text of ASCII and the characters around it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(tricky, fc.constantFrom("word", "1,000", "3.5", "don't", "300 000")), { maxLength: 60 }),
        (parts) => {
          const text = parts.join("");
          expect(byHand(text)).toEqual(byMoo(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("gives moo's tokens on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expect(byHand(text)).toEqual(byMoo(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("cuts runs of letters and spaces where moo does, at 4,096 characters", () => {
    for (const text of [
      "a".repeat(5000),
      " ".repeat(9000),
      `${"b".repeat(4095)}é`,
      `${"c".repeat(4096)}é`,
      `${" ".repeat(4096)}\u00a0x`,
      `x${" ".repeat(4100)}\n`,
    ]) {
      expect(byHand(text)).toEqual(byMoo(text));
    }
    expect(byHand("a".repeat(5000)).map((t) => t[1].length)).toEqual([4096, 904]);
  });
});

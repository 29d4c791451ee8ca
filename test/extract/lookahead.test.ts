// nearley is let predict only the grammar rules that can start with the next token
// (parse-phrases.ts). These tests hold that to predicting every rule: the same claims and names,
// in the same order, on random runs of every lexicon word the grammar knows, on every spec-table
// input and on the demo corpus.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/extract.js";
import { availableLanguages, getLexicon } from "../../src/language/lexicon.js";
import { paragraphs } from "./paragraphs.js";
import { specInputs } from "../spec-rows.js";

function assertSameAsEveryRule(text: string, lang: string): void {
  expect(analyse({ path: "p", text, lang })).toEqual(analyse({ path: "p", text, lang, predictEveryRule: true }));
}

/** Every phrase of a lexicon, as text: the words of every category the grammar's terminals match. */
function lexiconPhrases(lang: string): string[] {
  const out: string[] = [];
  const walk = (node: { entry?: unknown; next?: Map<string, unknown> }, path: string[]): void => {
    if (node.entry && path.length > 0) out.push(path.join(" "));
    for (const [k, child] of node.next ?? []) walk(child as typeof node, [...path, k]);
  };
  walk(getLexicon(lang).trie, []);
  return out;
}

const figures = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map(String),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("en-US")),
  fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString("de-DE")),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom("21.9.2022", "2022-09-21", "0800", "18:30", "1.5m", "$2bn", "-5°C", "(35)", "28-year-old", "24-hour"),
);

/** Lexicon words, figures and signs, joined by a space, nothing, a hyphen or a line break. */
const wordRuns = (lang: string): fc.Arbitrary<string> => {
  const words = fc.constantFrom(
    ...lexiconPhrases(lang),
    ",",
    ".",
    "(",
    ")",
    "-",
    "–",
    "%",
    "$",
    "€",
    "Anna",
    "Zuyeva",
    "EPA",
  );
  const part = fc.tuple(fc.oneof(words, words, figures), fc.constantFrom(" ", " ", " ", "", "-", "\n"));
  return fc.array(part, { maxLength: 30 }).map((ps) => ps.map(([w, sep]) => w + sep).join(""));
};

describe("prediction with one token of lookahead", () => {
  it.each(availableLanguages())(
    "gives the claims of predicting every rule on random runs of lexicon words (%s)",
    (lang) => {
      fc.assert(
        fc.property(wordRuns(lang), (t) => assertSameAsEveryRule(t, lang)),
        { numRuns: 1500 },
      );
    },
  );

  it.each(["en", "de"])("gives the claims of predicting every rule on random news-like text (%s)", (lang) => {
    fc.assert(
      fc.property(paragraphs, (t) => assertSameAsEveryRule(t, lang)),
      { numRuns: 500 },
    );
  });

  it("gives the claims of predicting every rule on every spec-table input", () => {
    const inputs = specInputs();
    for (const { input, lang } of inputs) assertSameAsEveryRule(input, lang);
    expect(inputs.length).toBeGreaterThan(300);
  });

  it("gives the claims of predicting every rule on the demo corpus", () => {
    const dir = join(import.meta.dirname, "../../articles");
    for (const f of readdirSync(dir))
      assertSameAsEveryRule(readFileSync(join(dir, f), "utf8"), f.startsWith("de-") ? "de" : "en");
  });
});

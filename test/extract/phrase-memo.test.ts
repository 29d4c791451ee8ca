// Memoised phrase parses (src/extract/phrase-memo.ts) give the claims and names of running
// nearley at every phrase start (`parseEveryPhrase`), byte for byte: on text where the same
// phrases come back around other figures, names and places, on random news-like text, on
// every spec-table input, on the demo corpus and on the bench's generated news.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/extract.js";
import { PLAIN_WORDS_BY_SHAPE, phraseMemoCounts, restartPhraseMemo } from "../../src/extract/parse-phrases.js";
import { nameMatchersReadShapeOnly, PhraseMemo } from "../../src/extract/phrase-memo.js";
import { tag } from "../../src/extract/tagger.js";
import { getLexicon } from "../../src/language/lexicon.js";
import type { Token } from "../../src/extract/tagger.js";
import { generateArticles } from "../../bench/generate.js";
import { paragraphs } from "./paragraphs.js";
import { specInputs } from "../spec-rows.js";

/** Holds the memoised parse to parsing every phrase; the number of claims found. */
function assertSameAsParsingEveryPhrase(text: string, lang: string): number {
  const analysis = analyse({ path: "p", text, lang, parseEveryPhrase: true });
  const reference = JSON.stringify(analysis);
  // Twice: the second time every phrase start is answered by the memo.
  expect(JSON.stringify(analyse({ path: "p", text, lang }))).toBe(reference);
  expect(JSON.stringify(analyse({ path: "p", text, lang }))).toBe(reference);
  return analysis.claims.length;
}

describe("memoised phrase parses", () => {
  it("replay a phrase's parse over other tokens of the same kinds, each with its own values and places", () => {
    // Other test files in this worker may have left the memo resting (its answers too few).
    restartPhraseMemo();
    const text = [
      "Anna Petrova (35) said more than 1,200 people were evacuated.",
      "IVAN SIDOROV (42) said more than 1,200 people were evacuated.",
      "Olga Ivanova (35) said about 800 people were evacuated.",
    ].join(" ");
    const claims = analyse({ path: "p", text, lang: "en" }).claims;
    // A name in capitals is no person's name to the grammar (main.ne's personName): "(42)" is no age.
    expect(claims.map((c) => [c.text, c.kind, c.value, c.entity, c.span!.start])).toEqual([
      ["Anna Petrova (35)", "age", 35, "Anna Petrova", 0],
      ["more than 1,200", "count", 1200, null, 23],
      ["42", "count", 42, null, 76],
      ["more than 1,200", "count", 1200, null, 85],
      ["Olga Ivanova (35)", "age", 35, "Olga Ivanova", 124],
      ["about 800", "count", 800, null, 147],
    ]);
    expect(phraseMemoCounts().hits).toBeGreaterThan(0);
    assertSameAsParsingEveryPhrase(text, "en");
  });

  it.each(["en", "de"])("give the claims of parsing every phrase on random news-like text (%s)", (lang) => {
    fc.assert(
      fc.property(paragraphs, (t) => {
        assertSameAsParsingEveryPhrase(t, lang);
      }),
      { numRuns: 500 },
    );
  });

  it("give the claims of parsing every phrase on every spec-table input", () => {
    const inputs = specInputs();
    for (const { input, lang } of inputs) assertSameAsParsingEveryPhrase(input, lang);
    expect(inputs.length).toBeGreaterThan(300);
  });

  it("give the claims of parsing every phrase on the demo corpus and on generated news", () => {
    const dir = join(import.meta.dirname, "../../articles");
    for (const f of readdirSync(dir))
      assertSameAsParsingEveryPhrase(readFileSync(join(dir, f), "utf8"), f.startsWith("de-") ? "de" : "en");
    let claims = 0;
    for (const a of generateArticles(400, 5)) {
      const lang = a.name.endsWith("-de.md") ? "de" : "en";
      claims += assertSameAsParsingEveryPhrase(a.text, lang);
    }
    expect(claims).toBeGreaterThan(1000);
  });

  it("key a plain word by its shape only while the grammar's name matchers read no more of it", () => {
    // The grammar's own matchers read a name's capitals and nothing else of its letters.
    expect(PLAIN_WORDS_BY_SHAPE).toBe(true);
    // A matcher that reads a name's letters would turn it off, as would one that takes "X" for
    // capitals; main.ne's personName, which reads only capitals, would not.
    expect(nameMatchersReadShapeOnly([{ cat: "name", test: (t: Token) => t.text.startsWith("A") }])).toBe(false);
    const upperOnly = (t: Token): boolean => t.text !== t.text.toUpperCase();
    expect(nameMatchersReadShapeOnly([{ cat: "name", test: upperOnly }])).toBe(false);
    const personName = (t: Token): boolean => t.text.length < 2 || t.text !== t.text.toUpperCase();
    expect(nameMatchersReadShapeOnly([{ cat: "name", test: personName }])).toBe(true);
  });
  it("rest after a window of lookups it could not answer, and ask again after the rest", () => {
    const { tokens } = tag("About 1,200 people and 35 km and 7 days.", getLexicon("en"));
    const memo = new PhraseMemo(50_000, 4, 0.75, 3);
    const asked: boolean[] = [];
    // Four lookups of tokens never recorded: a window with no answer.
    for (let k = 0; k < 4; k++) {
      asked.push(memo.worthAsking());
      expect(memo.lookup(tokens, k, tokens.length)).toBeUndefined();
    }
    for (let k = 0; k < 4; k++) asked.push(memo.worthAsking());
    expect(asked).toEqual([true, true, true, true, false, false, false, true]);
  });
});

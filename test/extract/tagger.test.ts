// Tagging for extraction skips the sentences that can hold neither a figure nor a full name.
// These tests hold it to what full tagging gives: the same sentences in the same places, the
// same tokens wherever a figure is, the same full names.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { paragraphs } from "./paragraphs.js";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/extract.js";
import { availableLanguages, getLexicon } from "../../src/language/lexicon.js";
import { hasFigure } from "../../src/extract/parse-phrases.js";
import { fullNames } from "../../src/extract/frame.js";
import { tag, type Tagged } from "../../src/extract/tagger.js";

const tokenText = (t: Tagged, first: number, last: number): string[] =>
  t.tokens
    .slice(first, last)
    .map((x) => `${x.start}:${x.text}:${x.cats.join(",")}:${x.spaceBefore}:${x.line}:${x.col}`);

/** Was sentence k tagged whole (it has as many tokens as full tagging gives it)? */
const hasTokensOf = (figures: Tagged, k: number, all: Tagged): boolean =>
  figures.sentences[k]!.last - figures.sentences[k]!.first === all.sentences[k]!.last - all.sentences[k]!.first &&
  figures.sentences[k]!.last - figures.sentences[k]!.first > 2;

function assertSameWhereItMatters(text: string, lang: string): void {
  const lexicon = getLexicon(lang);
  const all = tag(text, lexicon, "all");
  const figures = tag(text, lexicon, "figures");
  expect(figures.sentences.length).toBe(all.sentences.length);
  all.sentences.forEach((s, k) => {
    const f = figures.sentences[k]!;
    expect([f.start, f.end]).toEqual([s.start, s.end]);
    if (hasFigure(all.tokens, s)) expect(tokenText(figures, f.first, f.last)).toEqual(tokenText(all, s.first, s.last));
    // A skipped sentence keeps the tokens its tagged neighbours look at: its first when the one
    // before is tagged, its last when the one after is.
    const before = k > 0 && hasTokensOf(figures, k - 1, all);
    const after = k + 1 < all.sentences.length && hasTokensOf(figures, k + 1, all);
    if (before) expect(figures.tokens[f.first]!.start).toBe(all.tokens[s.first]!.start);
    if (after) expect(figures.tokens[f.last - 1]!.end).toBe(all.tokens[s.last - 1]!.end);
  });
  const names = (t: Tagged): string[] =>
    fullNames(t, lexicon).map((n) => `${t.tokens[n.first]!.start}:${n.words.join(" ")}`);
  expect(names(figures)).toEqual(names(all));
  expect(analyse({ path: "p", text, lang })).toEqual(analyse({ path: "p", text, lang, tagEverySentence: true }));
}

describe("tagging for extraction", () => {
  it("lexicon phrases hold a sentence-end mark only as a word and its dot (sentences are cut before tagging)", () => {
    for (const lang of availableLanguages()) {
      const bad: string[] = [];
      const walk = (node: { next?: Map<string, unknown> }, path: string[]): void => {
        for (const [k, child] of node.next ?? []) {
          const wordAndDot = path.length === 1 && k === "." && !(child as typeof node).next;
          if (path.length > 0 && /[.!?…]/u.test(k) && !wordAndDot) bad.push([...path, k].join(" "));
          walk(child as typeof node, [...path, k]);
        }
      };
      walk(getLexicon(lang).trie, []);
      expect(bad, lang).toEqual([]);
    }
  });

  it.each(["en", "de"])("keeps every figure sentence and full name of random text whole (%s)", (lang) => {
    fc.assert(
      fc.property(paragraphs, (t) => assertSameWhereItMatters(t, lang)),
      { numRuns: 1500 },
    );
  });

  it.each([
    ["0 \n\n Std.", "en"], // a clock word on the next line is not the figure's
    ["0 \n Sept.", "de"],
    ["Der 1. FC Köln verlor.", "de"], // a figure cut from the next sentence's first words
    ["Officials visited Smith\n", "en"], // a skipped sentence's first and last words are no name
  ])("gives the same claims for %j (%s): checks stay inside the figure's sentence", (text, lang) => {
    assertSameWhereItMatters(text, lang);
  });

  it("keeps every figure sentence and full name of the demo corpus whole", () => {
    const dir = join(import.meta.dirname, "../../articles");
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), "utf8");
      assertSameWhereItMatters(text, f.startsWith("de-") ? "de" : "en");
    }
  });

  it("skips sentences with neither figure nor name, keeping only the tokens their neighbours look at", () => {
    const text = "Officials said the border was closed. More than 300 men waited. Anna Zuyeva left.";
    const t = tag(text, getLexicon("en"), "figures");
    expect(
      t.sentences.map((s) =>
        t.tokens
          .slice(s.first, s.last)
          .map((x) => x.text)
          .join(" "),
      ),
    ).toEqual([".", "More than 300 men waited .", "Anna Zuyeva left ."]);
  });
});

describe("compound number words", () => {
  it("are split with work linear in the word's length, whatever the word", () => {
    const lexicon = getLexicon("de");
    const longest = Math.max(...[...lexicon.numberMorphemes.keys()].map((k) => k.length));
    const original = lexicon.numberMorphemes.has.bind(lexicon.numberMorphemes);
    let lookups = 0;
    lexicon.numberMorphemes.has = (k: string): boolean => {
      lookups++;
      return original(k);
    };
    try {
      const word = "dreihundert".repeat(320);
      const t = tag(`Es kamen ${word} Menschen.`, lexicon);
      expect(t.tokens.filter((x) => x.key === "drei").length).toBe(320);
      expect(lookups).toBeLessThanOrEqual(word.length * longest);
    } finally {
      lexicon.numberMorphemes.has = original;
    }
  });

  it("still split into their morphemes", () => {
    const t = tag("dreihunderttausend Reservisten", getLexicon("de"));
    expect(t.tokens.map((x) => x.key)).toEqual(["drei", "hundert", "tausend", "reservisten"]);
  });
});

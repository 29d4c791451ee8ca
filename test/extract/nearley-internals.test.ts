// src/extract/nearley-internals.ts against nearley's public API: from every place a phrase can
// start, one parser rewound to its narrowed first column and fed token by token gives, after
// every token, the parses a new public Parser fed the same tokens gives, and stops where the
// public one throws. On every spec-table input and on random runs of lexicon words.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import nearley from "nearley";
import { describe, expect, it } from "vitest";
import { NEARLEY_VERSION, RewindableParser } from "../../src/extract/nearley-internals.js";
import { canStartAt, grammar, MAX_PHRASE_TOKENS } from "../../src/extract/parse-phrases.js";
import { tag, type Token } from "../../src/extract/tagger.js";
import type { Matcher, PhraseNode } from "../../src/extract/grammar-support.js";
import { availableLanguages, getLexicon } from "../../src/language/lexicon.js";
import { rows, SPEC_ROOT } from "../spec-rows.js";

const rewindable = new RewindableParser<Token, Matcher, PhraseNode>(grammar);

/** After each token from `i`: the parses so far, until the parser takes no more. */
function throughInternals(tokens: readonly Token[], i: number, end: number): PhraseNode[][] {
  const first = tokens[i]!;
  rewindable.start(first.cats.join(" "), (m) => first.cats.includes(m.cat));
  const out: PhraseNode[][] = [];
  for (let j = i; j < end && j - i < MAX_PHRASE_TOKENS && rewindable.accepts(tokens[j]!); j++)
    out.push([...rewindable.feed(tokens[j]!)]);
  return out;
}

/** The same through a new public Parser for the phrase. */
function throughPublicApi(tokens: readonly Token[], i: number, end: number): PhraseNode[][] {
  const parser = new nearley.Parser(grammar);
  const out: PhraseNode[][] = [];
  for (let j = i; j < end && j - i < MAX_PHRASE_TOKENS; j++) {
    try {
      parser.feed([tokens[j]!] as unknown as string);
    } catch {
      break;
    }
    out.push([...(parser.results as PhraseNode[])]);
  }
  return out;
}

/** Compares the two at every start of a phrase in the text; how many starts were compared. */
function compareOn(text: string, lang: string): number {
  const tagged = tag(text, getLexicon(lang));
  let starts = 0;
  for (const s of tagged.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (!canStartAt(tagged.tokens, i, s.last)) continue;
      starts++;
      expect(throughInternals(tagged.tokens, i, s.last), `${lang}: ${text} @${i}`).toEqual(
        throughPublicApi(tagged.tokens, i, s.last),
      );
    }
  }
  return starts;
}

const specInputs = (lang: string): string[] =>
  readdirSync(join(SPEC_ROOT, lang))
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((f) => rows(lang, f).flatMap((r) => r.inputs ?? (r.input === undefined ? [] : [r.input])));

/** Lexicon words of the number, unit and qualifier categories, with figures and signs. */
function wordRuns(lang: string): fc.Arbitrary<string> {
  const words: string[] = [];
  const walk = (node: { entry?: unknown; next?: Map<string, unknown> }, path: string[]): void => {
    if (node.entry && path.length > 0) words.push(path.join(" "));
    for (const [k, child] of node.next ?? []) walk(child as typeof node, [...path, k]);
  };
  walk(getLexicon(lang).trie, []);
  const word = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom("12", "1,500", "3.5", "2022", "(35)", "%", "$", "-", ",", "."),
  );
  return fc
    .array(fc.tuple(word, fc.constantFrom(" ", " ", "", "-")), { maxLength: 20 })
    .map((ps) => ps.map(([w, sep]) => w + sep).join(""));
}

describe("nearley's internals, reached in one module", () => {
  it("are those of the nearley version installed", async () => {
    const { version } = (await import("nearley/package.json", { with: { type: "json" } })).default as {
      version: string;
    };
    expect(version).toBe(NEARLEY_VERSION);
  });

  it.each(availableLanguages())("parse as nearley's public Parser on every spec input (%s)", (lang) => {
    let starts = 0;
    for (const text of specInputs(lang)) starts += compareOn(text, lang);
    expect(starts).toBeGreaterThan(300);
  });

  it.each(availableLanguages())("parse as nearley's public Parser on random runs of lexicon words (%s)", (lang) => {
    fc.assert(
      fc.property(wordRuns(lang), (text) => void compareOn(text, lang)),
      { numRuns: 300, seed: 17 },
    );
  });
});

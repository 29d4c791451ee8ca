// Runs the grammar's spec tables: test/spec/<lang>/<topic>.yaml, each row an input sentence and
// every claim extract must find in it (docs/claims.md is the contract). A row passes when the
// claim count matches exactly, every listed field matches, and the grammar found exactly one
// parse for every phrase (an ambiguous grammar is a bug). A row marked `gap:` (a known gap, and
// why) must still fail: when it passes, the mark is to be removed.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rows, SPEC_ROOT as root } from "./spec-rows.js";
import { extract } from "../src/extract/extract.js";
import { getLexicon } from "../src/language/lexicon.js";
import { hasFigure, phrasesInSentence } from "../src/extract/parse-phrases.js";
import { tag } from "../src/extract/tagger.js";
import type { Claim } from "../src/model/claim.js";

function same(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}

/**
 * A claim's field as a row names it. Besides the Claim's own fields, rows may name the frame's
 * parts: `places` ("in:munich, from:country:RU"), `within` (the same, of a part's whole, or null),
 * `population`, `period` ("2024-01-21",
 * "2024-01-19..2024-01-21", or what stays unresolved: "weekday:7", "weekend"), and `inferred`
 * ("measure, scope"), each as one string.
 */
function fieldOf(c: Claim, field: string): unknown {
  switch (field) {
    case "places":
      return (c.scope?.places ?? []).map((p) => `${p.role}:${p.key}`).join(", ");
    case "population":
      return c.scope?.population ?? null;
    case "within":
      return c.scope?.within?.map((p) => `${p.role}:${p.key}`).join(", ") ?? null;
    case "period":
      return c.period === null
        ? null
        : c.period.start === null
          ? c.period.unresolved
          : c.period.start === c.period.end
            ? c.period.start
            : `${c.period.start}..${c.period.end}`;
    case "inferred":
      return c.inferred.join(", ");
    default:
      return (c as unknown as Record<string, unknown>)[field];
  }
}

const FRAME = ["places", "within", "population", "period", "inferred"];
const show = (cs: Claim[]): string =>
  cs
    .map((c) =>
      JSON.stringify({
        text: c.text,
        kind: c.kind,
        value: c.value,
        min: c.min,
        max: c.max,
        qualifier: c.qualifier,
        unit: c.unit,
        noun: c.noun,
        measure: c.measure,
        ...Object.fromEntries(FRAME.map((f) => [f, fieldOf(c, f)])),
        entity: c.entity,
        source: c.source,
        date: c.date,
      }),
    )
    .join("\n");

for (const lang of readdirSync(root).sort()) {
  for (const file of readdirSync(join(root, lang))
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    describe(`${lang}/${file}`, () => {
      for (const row of rows(lang, file)) {
        for (const input of row.inputs ?? [row.input!]) {
          (row.gap ? it.fails : it)(row.gap ? `${input} [gap: ${row.gap}]` : input, () => {
            const claims = extract({ path: "spec", text: input, lang, date: row.date ?? null });
            const got = show(claims);
            expect(claims.length, `claims found:\n${got}`).toBe(row.claims.length);
            row.claims.forEach((want, k) => {
              for (const [field, value] of Object.entries(want)) {
                if (row.inputs && field === "text") continue;
                const actual = fieldOf(claims[k]!, field);
                expect(
                  same(actual, value),
                  `claim ${k + 1}, ${field}: got ${JSON.stringify(actual)}, want ${JSON.stringify(value)}\n${got}`,
                ).toBe(true);
              }
            });
            const tagged = tag(input, getLexicon(lang));
            for (const s of tagged.sentences) {
              if (!hasFigure(tagged.tokens, s)) continue;
              for (const m of phrasesInSentence(tagged, s)) {
                if (m.deliberate) continue; // "1.5m": settled by the next word, see parse-phrases.ts
                expect(
                  m.parses,
                  `ambiguous: "${input.slice(tagged.tokens[m.first]!.start, tagged.tokens[m.last - 1]!.end)}"`,
                ).toBe(1);
              }
            }
          });
        }
      }
    });
  }
}

// Every language has the same spec tables (test/spec/<lang>/<topic>.yaml): a topic covered in one
// language is covered in all. Where they differ today, the difference is listed below, so the
// list can only shrink: a topic added to one language alone fails here.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { availableLanguages } from "../src/language/lexicon.js";
import { SPEC_ROOT } from "./spec-rows.js";

/** Spec files one language has and another lacks, found when this test was written. */
const KNOWN_GAPS: ReadonlyArray<string> = [
  "en lacks capitalised-nouns.yaml", // German capitalises every noun: no English counterpart is written yet
];

const specFiles = (lang: string): string[] =>
  readdirSync(join(SPEC_ROOT, lang))
    .filter((f) => f.endsWith(".yaml"))
    .sort();

describe("the spec tables", () => {
  it("exist for every language with a lexicon, and no other", () => {
    expect(
      readdirSync(SPEC_ROOT, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort(),
    ).toEqual(availableLanguages());
  });

  it("have the same files in every language (but the gaps listed)", () => {
    const all = [...new Set(availableLanguages().flatMap(specFiles))].sort();
    const gaps = availableLanguages().flatMap((lang) =>
      all.filter((f) => !specFiles(lang).includes(f)).map((f) => `${lang} lacks ${f}`),
    );
    expect(gaps).toEqual([...KNOWN_GAPS].sort());
  });
});

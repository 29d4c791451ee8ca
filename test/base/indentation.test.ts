// The indentation reader names the misplaced line of a file yaml could not read, and finds
// nothing wrong in well-formed YAML: every YAML file the project ships, and the layouts a
// hand-written claims file uses (a list at its key's column, flow lists over lines, block text).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indentationProblems } from "../../src/base/indentation.js";

const root = join(import.meta.dirname, "..", "..");
const shipped = [
  ...readdirSync(join(root, "grammar/lexicon"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => join(root, "grammar/lexicon", f)),
  ...readdirSync(join(root, "claims"))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => join(root, "claims", f)),
];

describe("indentationProblems", () => {
  it.each(shipped)("finds nothing wrong in %s", (file) => {
    expect(indentationProblems(readFileSync(file, "utf8"))).toEqual([]);
  });

  it.each([
    ["a list at its key's column", "claims:\n- id: a\n  value: 3\n- id: b\n  value: 4\nsource:\n  name: x\n"],
    ["a flow list over lines, with a comment", "nouns:\n  person: [a, b,\n    # more\n    c]\n  city: [d]\n"],
    [
      "block text and a quoted value over lines",
      'claims:\n  - id: a\n    note: |\n      free text\n        indented more\n    quote: "a long\n      quote"\n    value: 3\n',
    ],
  ])("finds nothing wrong in %s", (_what, text) => {
    expect(indentationProblems(text)).toEqual([]);
  });

  it.each([
    ["one space too far", "claims:\n  - id: a\n    value: 3\n     unit: km\n", 4, 6],
    ["one space short", "claims:\n  - id: a\n    value: 3\n   unit: km\n", 4, 4],
    ["a key at the list's column", "claims:\n  - id: a\n    value: 3\n  unit: km\n", 4, 3],
    ["under a key with a value", "source:\n  name: x\n    date: 2024-01-01\n", 3, 5],
  ])("names the line: %s", (_what, text, line, column) => {
    expect(indentationProblems(text).map((p) => [p.line, p.column])).toEqual([[line, column]]);
  });
});

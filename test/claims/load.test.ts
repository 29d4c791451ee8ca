// Claims files: each error class with its message and exact line:column, and what still loads.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadClaims, loadClaimsText } from "../../src/claims/load.js";
import { applyCorrections } from "../../src/claims/corrections.js";
import { extract } from "../../src/extract/extract.js";

/** Errors as `line:column message` strings, the way a reader sees them. */
const errorsOf = (yaml: string): string[] => loadClaimsText("f.yaml", yaml).errors.map((e) => `${e.line}:${e.column} ${e.message}`);

const HEADER = "source:\n  name: Test desk\n  date: 2022-09-30\nclaims:\n";

describe("claims files: valid input", () => {
  it("normalises quantities and units the way the grammar does", () => {
    const r = loadClaimsText(
      "f.yaml",
      HEADER +
        "  - id: fled\n    quantity: more than 200,000\n    unit: people\n    subject: emigration\n" +
        "  - id: distance\n    value: 4,000\n    unit: miles\n" +
        "  - id: called\n    value: 300000\n    unit: reservists\n    subject: mobilization\n    qualifier: approximate\n" +
        "  - id: de\n    quantity: 6.500 Kilometer\n",
    );
    expect(r.errors).toEqual([]);
    const [fled, distance, called, de] = r.claims;
    expect(fled).toMatchObject({ kind: "count", value: 200000, min: 200000, max: null, qualifier: "more-than", unit: "person", source: "Test desk", asOf: "2022-09-30" });
    expect(distance).toMatchObject({ kind: "measure", value: 6437.376, unit: "km", dimension: "length" });
    expect(called).toMatchObject({ kind: "count", value: 300000, min: 270000, max: 330000, qualifier: "approximate", unit: "person" });
    // "6.500 Kilometer" is German only with lang: de; in English it is 6.5 km.
    expect(de).toMatchObject({ value: 6.5, unit: "km" });
  });

  it("reads German quantities when the file says lang: de", () => {
    const r = loadClaimsText("f.yaml", "source:\n  name: X\nlang: de\nclaims:\n  - id: a\n    quantity: etwa 6.500 Kilometer\n");
    expect(r.errors).toEqual([]);
    expect(r.claims[0]).toMatchObject({ value: 6500, min: 5850, max: 7150, unit: "km", qualifier: "approximate" });
  });

  it("gives a hand-added claim the same comparison fields as the extracted one", () => {
    const manual = loadClaimsText("f.yaml", HEADER + "  - id: km\n    value: 6500\n    unit: km\n").claims[0]!;
    const extracted = extract({ path: "a.md", text: "They drove 6,500 kilometres.", lang: "en" })[0]!;
    expect([manual.kind, manual.value, manual.unit, manual.dimension]).toEqual([extracted.kind, extracted.value, extracted.unit, extracted.dimension]);
  });
});

describe("claims files: errors name file:line:column", () => {
  it.each([
    ["unknown key, with did-you-mean", HEADER + "  - id: a\n    valu: 3\n", "6:5 unknown key \"valu\" (did you mean \"value\"?)"],
    ["unknown unit, listing units", HEADER + "  - id: a\n    value: 3\n    unit: furlongs\n", "7:11 unknown unit \"furlongs\"; units are written like km, miles"],
    ["value that is not a number", HEADER + "  - id: a\n    value: lots\n", "6:12 \"lots\" is not a number"],
    ["min greater than max", HEADER + "  - id: a\n    min: 20\n    max: 5\n", "6:10 min (20) is greater than max (5)"],
    ["date that does not exist", HEADER + "  - id: a\n    kind: date\n    date: 2022-02-30\n", "7:11 \"2022-02-30\" is not a date that exists"],
    ["date that is not a date", HEADER + "  - id: a\n    value: 1\n    asOf: last week\n", "7:11 \"last week\" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"],
    ["unit that does not fit the kind", HEADER + "  - id: a\n    kind: money\n    value: 5\n    unit: km\n", "8:11 unit \"km\" is a length and does not fit kind \"money\""],
    ["kind not in the list", HEADER + "  - id: a\n    kind: amount\n    value: 5\n", "6:11 \"amount\" is not one of: count, measure, percent, age, date, duration, money, number"],
    ["claim without a figure", HEADER + "  - id: a\n    noun: men\n", "5:5 a claim needs its figure: quantity, value, min or max"],
    ["missing source", "claims:\n  - id: a\n    value: 1\n", "1:1 missing key \"source\""],
    ["YAML syntax error", HEADER + "  - id: a\n    value: [1, 2\n", "7:1 YAML:"],
    ["duplicate key", HEADER + "  - id: a\n    value: 1\n    value: 2\n", "7:5 YAML: duplicate key"],
    ["custom tag", HEADER + "  - id: a\n    value: !!js/function 'return 1'\n", "6:12 YAML: custom tags are not allowed"],
    ["quantity the grammar cannot read", HEADER + "  - id: a\n    quantity: a great many\n", "6:15 cannot read \"a great many\" as a quantity"],
  ])("%s", (_what, yaml, expected) => {
    const errors = errorsOf(yaml);
    expect(errors.some((e) => e.startsWith(expected)), `errors: ${JSON.stringify(errors)}`).toBe(true);
  });

  it("refuses an alias bomb instead of expanding it", () => {
    const bomb = ["source: {name: x}", "a: &a [1,1,1,1,1,1,1,1,1,1]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(",")}]`)].join("\n");
    const errors = errorsOf(bomb);
    expect(errors.some((e) => /alias/i.test(e))).toBe(true);
  });

  it("refuses YAML nested ten thousand deep with a located error, without crashing", () => {
    const deep = `source: {name: x}\nclaims: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`;
    const r = loadClaimsText("deep.yaml", deep);
    expect(r.claims).toEqual([]);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]!.line).toBeGreaterThan(0);
  });

  it("loads a 5 MB file of 40,000 claims", () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `  - id: c${i}\n    value: ${i}\n    unit: km\n    note: "${"x".repeat(60)}"`);
    const r = loadClaimsText("huge.yaml", `${HEADER}${rows.join("\n")}\n`);
    expect(r.errors).toEqual([]);
    expect(r.claims).toHaveLength(40_000);
  });

  it("reports every error of a file at once and still loads its valid claims", () => {
    const r = loadClaimsText("f.yaml", HEADER + "  - id: good\n    value: 5\n  - id: bad\n    value: 5\n    unit: furlongs\n  - id: worse\n    colour: red\n    value: 1\n");
    expect(r.claims.map((c) => c.id)).toEqual(["good"]);
    expect(r.errors.map((e) => e.line)).toEqual([9, 11]);
  });
});

describe("claims folders", () => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-claims-"));
  writeFileSync(join(dir, "a.yaml"), HEADER + "  - id: same\n    value: 1\n  - id: only-a\n    value: 2\n");
  writeFileSync(join(dir, "b.yaml"), HEADER + "  - id: same\n    value: 3\n");
  writeFileSync(join(dir, "c.yaml"), "source: [unclosed\n");

  it("reports duplicate ids across files with both places, and one bad file stops nothing", () => {
    const r = loadClaims([dir]);
    expect(r.claims.map((c) => c.id).sort()).toEqual(["only-a", "same"]);
    const messages = r.errors.map((e) => `${e.file.split("/").pop()}:${e.line}:${e.column} ${e.message}`);
    expect(messages).toContain(`b.yaml:5:5 duplicate claim id "same" (first defined at ${join(dir, "a.yaml")}:5:5)`);
    expect(messages.some((m) => m.startsWith("c.yaml:"))).toBe(true);
  });
});

describe("corrections", () => {
  const claims = extract({ path: "articles/x.md", text: "Some 24 Instant News readers and 300 men fled.", lang: "en" });

  it("ignores or fixes a claim by article and text, keeping its provenance", () => {
    const r = loadClaimsText(
      "fix.yaml",
      "source:\n  name: desk\ncorrections:\n  - article: articles/x.md\n    text: \"300\"\n    set: {subject: mobilization}\n    reason: they were called up\n",
    );
    expect(r.errors).toEqual([]);
    const fixed = applyCorrections(claims, r.corrections);
    expect(fixed.errors).toEqual([]);
    const c = fixed.claims.find((x) => x.text === "300")!;
    expect(c.subject).toBe("mobilization");
    expect(c.correction).toMatchObject({ file: "fix.yaml", line: 4, column: 5, ignored: false, fields: ["subject"] });
    expect(c.id).toBe(claims.find((x) => x.text === "300")!.id);
  });

  it("says where a correction that matches nothing was written", () => {
    const r = loadClaimsText("fix.yaml", "source:\n  name: desk\ncorrections:\n  - article: articles/x.md\n    text: \"301\"\n    ignore: true\n    reason: typo\n");
    const { errors } = applyCorrections(claims, r.corrections);
    expect(errors).toEqual([{ file: "fix.yaml", line: 4, column: 5, message: 'correction matches no extracted claim: "301" in articles/x.md (claims there include "300")' }]);
  });
});

// Claims files: each error class with its message and exact line:column, and what still loads.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadClaims, loadClaimsText } from "../../src/claims/load.js";
import { applyCorrections } from "../../src/claims/corrections.js";
import { extract } from "../../src/extract/extract.js";

/** Errors as `line:column message` strings, the way a reader sees them. */
const errorsOf = (yaml: string): string[] =>
  loadClaimsText("f.yaml", yaml).errors.map((e) => `${e.line}:${e.column} ${e.message}`);

const HEADER = "source:\n  name: Test desk\n  date: 2022-09-30\nclaims:\n";

describe("claims files: valid input", () => {
  it("normalises quantities and units the way the grammar does", () => {
    const r = loadClaimsText(
      "f.yaml",
      HEADER +
        "  - id: fled\n    quantity: more than 200,000\n    unit: people\n    measure: departures\n" +
        "  - id: distance\n    value: 4,000\n    unit: miles\n" +
        "  - id: called\n    value: 300000\n    unit: reservists\n    measure: conscripted\n    qualifier: approximate\n" +
        "  - id: de\n    quantity: 6.500 Kilometer\n",
    );
    expect(r.errors).toEqual([]);
    const [fled, distance, called, de] = r.claims;
    expect(fled).toMatchObject({
      kind: "count",
      value: 200000,
      min: 200000,
      max: null,
      qualifier: "more-than",
      unit: "person",
      source: "Test desk",
      asOf: "2022-09-30",
    });
    expect(distance).toMatchObject({ kind: "measure", value: 6437.376, unit: "km", dimension: "length" });
    expect(called).toMatchObject({
      kind: "count",
      value: 300000,
      min: 270000,
      max: 330000,
      qualifier: "approximate",
      unit: "person",
    });
    // "6.500 Kilometer" is German only with lang: de; in English it is 6.5 km.
    expect(de).toMatchObject({ value: 6.5, unit: "km" });
  });

  it("reads German quantities when the file says lang: de", () => {
    const r = loadClaimsText(
      "f.yaml",
      "source:\n  name: X\nlang: de\nclaims:\n  - id: a\n    quantity: etwa 6.500 Kilometer\n",
    );
    expect(r.errors).toEqual([]);
    expect(r.claims[0]).toMatchObject({ value: 6500, min: 5850, max: 7150, unit: "km", qualifier: "approximate" });
  });

  it("gives a hand-added claim the same comparison fields as the extracted one", () => {
    const manual = loadClaimsText("f.yaml", `${HEADER}  - id: km\n    value: 6500\n    unit: km\n`).claims[0]!;
    const extracted = extract({ path: "a.md", text: "They drove 6,500 kilometres.", lang: "en" })[0]!;
    expect([manual.kind, manual.value, manual.unit, manual.dimension]).toEqual([
      extracted.kind,
      extracted.value,
      extracted.unit,
      extracted.dimension,
    ]);
  });
});

describe("claims files: a percent's measure (docs/claims.md, \"A percent's measure\")", () => {
  it("takes a share of a measure and a rate, as extract writes them, and refuses a share of no measure", () => {
    const ok = loadClaimsText(
      "f.yaml",
      `${HEADER}  - id: share\n    quantity: 34.5 percent\n    measure: "share:votes"\n` +
        `  - id: turnout\n    quantity: 61.9 percent\n    measure: turnout\n`,
    );
    expect(ok.errors).toEqual([]);
    expect(ok.claims.map((c) => [c.kind, c.measure])).toEqual([
      ["percent", "share:votes"],
      ["percent", "turnout"],
    ]);
    expect(errorsOf(`${HEADER}  - id: a\n    quantity: 3 percent\n    measure: "share:vote"\n`)[0]).toMatch(
      /^7:14 unknown measure "share:vote"/u,
    );
  });

  it("refuses a share of a rate that is a share by nature, with a did-you-mean", () => {
    expect(errorsOf(`${HEADER}  - id: a\n    quantity: 61 percent\n    measure: "share:turnout"\n`)[0]).toBe(
      '7:14 measure "share:turnout" is no measure: turnout is a share by nature (did you mean "turnout"?)',
    );
    expect(
      errorsOf(`${HEADER}  - id: a\n    quantity: 61 percent\n    measure: "expected:share:turnout"\n`)[0],
    ).toMatch(/did you mean "expected:turnout"\?/u);
  });
});

describe("claims files: errors name file:line:column", () => {
  it.each([
    [
      "unknown key, with did-you-mean",
      `${HEADER}  - id: a\n    valu: 3\n`,
      '6:5 unknown key "valu" (did you mean "value"?)',
    ],
    [
      "unknown unit, listing units",
      `${HEADER}  - id: a\n    value: 3\n    unit: furlongs\n`,
      '7:11 unknown unit "furlongs"; units are written like km, miles',
    ],
    [
      "a fallback measure without its language (docs/claims.md: predicate:<lang>:<noun>:<stem>)",
      `${HEADER}  - id: a\n    value: 3\n    measure: "predicate:flight:cancel"\n`,
      '7:14 unknown measure "predicate:flight:cancel"',
    ],
    ["value that is not a number", `${HEADER}  - id: a\n    value: lots\n`, '6:12 "lots" is not a number'],
    ["min greater than max", `${HEADER}  - id: a\n    min: 20\n    max: 5\n`, "6:10 min (20) is greater than max (5)"],
    [
      "date that does not exist",
      `${HEADER}  - id: a\n    kind: date\n    date: 2022-02-30\n`,
      '7:11 "2022-02-30" is not a date that exists',
    ],
    [
      "source date written as a bare year (a number to YAML)",
      "source:\n  name: X\n  date: 2022\nclaims:\n  - id: a\n    value: 1\n",
      '3:9 2022 is read as a number: write a year in quotes ("2022"), or a date as YYYY-MM-DD',
    ],
    [
      "date that is not a date",
      `${HEADER}  - id: a\n    value: 1\n    asOf: last week\n`,
      '7:11 "last week" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)',
    ],
    [
      "unit that does not fit the kind",
      `${HEADER}  - id: a\n    kind: money\n    value: 5\n    unit: km\n`,
      '8:11 unit "km" is a length and does not fit kind "money"',
    ],
    [
      "kind not in the list",
      `${HEADER}  - id: a\n    kind: amount\n    value: 5\n`,
      '6:11 "amount" is not one of: count, measure, percent, age, date, duration, money, number',
    ],
    [
      "claim without a figure",
      `${HEADER}  - id: a\n    noun: men\n`,
      "5:5 a claim needs its figure: quantity, value, min or max",
    ],
    ["missing source", "claims:\n  - id: a\n    value: 1\n", '1:1 missing key "source"'],
    ["YAML syntax error", `${HEADER}  - id: a\n    value: [1, 2\n`, "7:1 YAML:"],
    ["duplicate key", `${HEADER}  - id: a\n    value: 1\n    value: 2\n`, "7:5 YAML: duplicate key"],
    [
      "custom tag",
      `${HEADER}  - id: a\n    value: !!js/function 'return 1'\n`,
      "6:12 YAML: custom tags are not allowed",
    ],
    [
      "quantity the grammar cannot read",
      `${HEADER}  - id: a\n    quantity: a great many\n`,
      '6:15 cannot read "a great many" as a quantity',
    ],
  ])("%s", (_what, yaml, expected) => {
    const errors = errorsOf(yaml);
    expect(
      errors.some((e) => e.startsWith(expected)),
      `errors: ${JSON.stringify(errors)}`,
    ).toBe(true);
  });

  it("refuses an alias bomb instead of expanding it", () => {
    const bomb = [
      "source: {name: x}",
      "a: &a [1,1,1,1,1,1,1,1,1,1]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(",")}]`,
      ),
    ].join("\n");
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

  // 10,000 claims: a file far larger than a desk writes by hand. Depth is held elsewhere: the
  // hostile-input suite loads 20,000 claims on a tenth of Node's stack (as 200,000 on the default).
  it("loads a 1.2 MB file of 10,000 claims", () => {
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `  - id: c${i}\n    value: ${i}\n    unit: km\n    note: "${"x".repeat(60)}"`,
    );
    const r = loadClaimsText("huge.yaml", `${HEADER}${rows.join("\n")}\n`);
    expect(r.errors).toEqual([]);
    expect(r.claims).toHaveLength(10_000);
  });

  it("reports every error of a file at once and still loads its valid claims", () => {
    const r = loadClaimsText(
      "f.yaml",
      HEADER +
        "  - id: good\n    value: 5\n  - id: bad\n    value: 5\n    unit: furlongs\n  - id: worse\n    colour: red\n    value: 1\n",
    );
    expect(r.claims.map((c) => c.id)).toEqual(["good"]);
    expect(r.errors.map((e) => e.line)).toEqual([9, 11]);
  });
});

describe("claims folders", () => {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-claims-"));
  writeFileSync(join(dir, "a.yaml"), `${HEADER}  - id: same\n    value: 1\n  - id: only-a\n    value: 2\n`);
  writeFileSync(join(dir, "b.yaml"), `${HEADER}  - id: same\n    value: 3\n`);
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
      'source:\n  name: desk\ncorrections:\n  - article: articles/x.md\n    text: "300"\n    set: {measure: conscripted}\n    reason: they were called up\n',
    );
    expect(r.errors).toEqual([]);
    const fixed = applyCorrections(claims, r.corrections);
    expect(fixed.errors).toEqual([]);
    const c = fixed.claims.find((x) => x.text === "300")!;
    expect(c.measure).toBe("conscripted");
    expect(c.correction).toMatchObject({ file: "fix.yaml", line: 4, column: 5, ignored: false, fields: ["measure"] });
    // `subject`, the measure's old name, still sets it.
    const old = loadClaimsText(
      "fix.yaml",
      'source:\n  name: desk\ncorrections:\n  - article: articles/x.md\n    text: "300"\n    set: {subject: detained}\n    reason: arrested\n',
    );
    expect(applyCorrections(claims, old.corrections).claims.find((x) => x.text === "300")!.measure).toBe("detained");
    expect(c.id).toBe(claims.find((x) => x.text === "300")!.id);
  });

  it("says where a correction that matches nothing was written", () => {
    const r = loadClaimsText(
      "fix.yaml",
      'source:\n  name: desk\ncorrections:\n  - article: articles/x.md\n    text: "301"\n    ignore: true\n    reason: typo\n',
    );
    const { errors } = applyCorrections(claims, r.corrections);
    expect(errors).toEqual([
      {
        file: "fix.yaml",
        line: 4,
        column: 5,
        message: 'correction matches no extracted claim: "301" in articles/x.md (claims there include "300")',
      },
    ]);
  });
});

describe("claims files: error quality", () => {
  const messages = (yaml: string): string[] =>
    loadClaimsText("f.yaml", yaml).errors.map((e) => `${e.line}:${e.column} ${e.message}`);

  it.each([
    [
      "a close misspelling gets a suggestion",
      `${HEADER}  - id: a\n    value: 1\n    quantiy: 3 km\n`,
      "7:5",
      "quantiy",
      ' (did you mean "quantity"?)',
    ],
    [
      "a case slip gets a suggestion",
      `${HEADER}  - id: a\n    value: 1\n    asof: 2022\n`,
      "7:5",
      "asof",
      ' (did you mean "asOf"?)',
    ],
    ["a word three edits away gets none", "source:\n  name: X\nbase: 1\n", "3:1", "base", ""],
    ["a short unrelated key gets none", 'source:\n  name: X\n"<‹": 1\n', "3:1", "<‹", ""],
  ])("%s", (_what, yaml, at, key, hint) => {
    const e = messages(yaml).find((m) => m.includes(`unknown key "${key}"`));
    expect(e).toBeDefined();
    expect(e!.startsWith(`${at} unknown key "${key}"${hint}; allowed: `), e).toBe(true);
  });

  it("sorts one file's errors by line and column, YAML errors included", () => {
    // The custom tag (a YAML warning) comes after the syntax error in yaml's own lists.
    const r = loadClaimsText("f.yaml", `${HEADER}  - id: a\n    value: !!js/function x\n  - id: b\n    value: [1, 2\n`);
    const places = r.errors.map((e) => [e.line, e.column]);
    expect(places).toEqual([...places].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(r.errors.map((e) => `${e.line}:${e.column} ${e.message.slice(0, 30)}`)).toEqual([
      "6:12 YAML: custom tags are not allo",
      "9:1 YAML: Flow sequence in block c",
    ]);
  });

  it("sorts schema and normalisation errors of one file together", () => {
    const r = loadClaimsText(
      "f.yaml",
      HEADER +
        "  - id: a\n    value: 3\n    unit: furlongs\n  - id: b\n    colour: red\n    value: 1\n  - id: c\n    value: lots\n",
    );
    expect(r.errors.map((e) => `${e.line}:${e.column}`)).toEqual(["7:11", "9:5", "12:12"]);
  });

  it("says that schema checks were skipped for a file whose YAML is broken", () => {
    const r = loadClaimsText("f.yaml", `${HEADER}  - id: a\n    valu: 3\n  - id: b\n    value: [1, 2\n`);
    expect(r.claims).toEqual([]);
    expect(r.errors.map((e) => `${e.line}:${e.column} ${e.message.slice(0, 5)}`)).toEqual(["9:1 YAML:"]);
    expect(r.warnings).toEqual([
      {
        file: "f.yaml",
        line: 9,
        column: 1,
        message:
          "schema checks were skipped for this file and none of its claims or corrections were loaded: fix the YAML error(s) first",
      },
    ]);
  });

  describe("files that are not text", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-claims-bytes-"));
    it.each([
      [
        "binary.yaml",
        Buffer.from([0x73, 0x6f, 0x75, 0x00, 0x01, 0xff, 0x00]),
        "not a text file (binary): a claims file is YAML text",
      ],
      [
        "latin1.yaml",
        Buffer.from("source:\n  name: M\xfcller\n", "latin1"),
        "not UTF-8 or UTF-16 text: save the file as UTF-8",
      ],
    ])("%s", (name, bytes, message) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      expect(loadClaims([path]).errors).toEqual([{ file: path, line: 0, column: 0, message }]);
    });

    it("reads UTF-16 with a byte-order mark", () => {
      const path = join(dir, "utf16.yaml");
      writeFileSync(
        path,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}  - id: a\n    value: 1\n`, "utf16le")]),
      );
      const r = loadClaims([path]);
      expect(r.errors).toEqual([]);
      expect(r.claims.map((c) => c.id)).toEqual(["a"]);
    });
  });

  describe("a quote that states another interval than the claim", () => {
    const warningsOf = (claim: string): string[] => {
      const r = loadClaimsText("f.yaml", HEADER + claim);
      expect(r.errors).toEqual([]);
      expect(r.claims).toHaveLength(1); // a warning never stops the claim loading
      return r.warnings.map((w) => `${w.line}:${w.column} ${w.message}`);
    };

    it.each([
      [
        "an upper bound quoted as an exact value",
        '  - id: a\n    value: 300000\n    unit: reservists\n    quote: "up to 300,000 reservists are to be called up"\n',
        [
          '8:12 the quote says "up to 300,000", at most 300,000, but the claim says exactly 300,000; to claim what the quote says, write quantity: "up to 300,000"',
        ],
      ],
      [
        "another figure",
        '  - id: a\n    value: 30000\n    quote: "300,000 men were called up on September 21"\n',
        [
          '7:12 the quote says "300,000", exactly 300,000, but the claim says exactly 30,000; to claim what the quote says, write quantity: "300,000"',
        ],
      ],
      [
        "an approximation quoted as a lower bound",
        '  - id: a\n    quantity: about 200,000\n    quote: "more than 200,000 people left"\n',
        [
          '7:12 the quote says "more than 200,000", more than 200,000, but the claim says about 200,000 (180,000 to 220,000); to claim what the quote says, write quantity: "more than 200,000"',
        ],
      ],
    ])("warns: %s", (_what, claim, expected) => {
      expect(warningsOf(claim)).toEqual(expected);
    });

    it.each([
      [
        "the same interval in other words",
        '  - id: a\n    quantity: more than 200,000\n    quote: "over 200,000 people"\n',
      ],
      [
        "the same distance in another unit",
        '  - id: a\n    value: 4000\n    unit: miles\n    qualifier: approximate\n    quote: "some 6,437.376 km"\n',
      ],
      [
        "a quote without a comparable figure",
        '  - id: a\n    value: 200\n    unit: percent\n    quote: "demand had tripled since September 21"\n',
      ],
      [
        "one of several figures matches",
        '  - id: a\n    quantity: up to 300,000\n    quote: "up to 300,000 of 25 million reservists"\n',
      ],
    ])("stays quiet: %s", (_what, claim) => {
      expect(warningsOf(claim)).toEqual([]);
    });
  });
});

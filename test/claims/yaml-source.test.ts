// The fast YAML reader (js-yaml) against the reference (yaml alone): for every input, the same
// data, the same errors, and the same place for every mapping and sequence. Each row says which
// reader the input is meant to take: `fast` (read by js-yaml) or `yaml` (left to yaml).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locate, parseYamlSource, type YamlSource } from "../../src/claims/yaml-source.js";

type Reader = "fast" | "yaml";

const ROWS: Array<[name: string, text: string, reader: Reader]> = [
  ["block sequence of mappings", "source:\n  name: Desk\nclaims:\n  - id: a\n    value: 1\n  - id: b\n    quantity: more than 200,000\n", "fast"],
  ["sequence not indented under its key", "claims:\n- id: a\n  value: 1\n- id: b\n  value: 2\n", "fast"],
  ["item content on the line after the dash", "claims:\n  -\n    id: a\n    value: 1\n", "fast"],
  ["comments and blank lines between items", "claims: # the list\n\n  # first\n  - id: a # trailing\n\n    value: 1\n  #   - id: commented\n  - id: b\n    value: 2\n", "fast"],
  ["flow sequence of flow mappings", "claims: [{id: a, value: 1}, {id: b, value: 2}]\n", "fast"],
  ["flow collections over several lines", "claims: [\n  {id: a,\n   value: 1},\n  { id: b, value: 2 }\n  ]\n", "fast"],
  ["nested empty collections", "a: []\nb: {}\nc:\n  - []\n  - {}\n", "fast"],
  ["explicit keys", "? id\n: a\n? value\n: 1\n", "fast"],
  ["literal and folded block scalars", "quote: |\n  More than 200,000\n  men fled.\nnote: >-\n  folded\n  text\nafter:\n  - x\n", "fast"],
  ["quoted strings with escapes", "a: \"tab\\there \\u00e9\"\nb: 'it''s'\nc:\n  - \"multi\n    line\"\n", "fast"],
  ["non-ASCII text before a collection", "name: Weschewatowa 🙂 Ölfeld\nlist:\n  - {a: 1}\n", "fast"],
  ["Windows line ends", "claims:\r\n  - id: a\r\n    value: 1\r\n  - id: b\r\n    value: 2\r\n", "fast"],
  ["document markers and a directive", "%YAML 1.2\n---\nclaims:\n  - id: a\n...\n", "fast"],
  ["an empty document", "", "fast"],
  ["only comments", "# nothing here\n", "fast"],
  ["a scalar document", "just text\n", "fast"],
  ["empty values and null keys", "a:\nb: ~\nc: null\n", "fast"],
  ["core-schema scalars", "ints: [12, -3, +4, 0o14, 0x1F, 007]\nfloats: [1.5, 1e3, 6.5e+3, .5, +.5, 1., .inf, -.Inf, .NaN]\nnot: [0b101, 1_000, '12', yes, no, on, 2022-10-01, 12:30]\nthousand: 1,000\nbools: [true, True, TRUE, false, FALSE]\nnulls: [~, Null, NULL]\n", "fast"],
  ["numbers as keys", "1: one\n2.5: two\n", "fast"],
  ["standard tags on scalars", "a: !!str 12\nb: !!int '7'\nc: !!float 1.5\n", "fast"],
  ["a tagged collection", "a: !!map {b: 1}\nc: !!seq\n  - d\n", "fast"],
  ["tabs after values", "a: 1\t\nb:\t2\n", "fast"],
  // Left to yaml: it bounds alias expansion, keeps the byte-order mark's place, and words the errors.
  ["anchors and aliases", "base: &b {unit: km}\nclaims:\n  - *b\n  - *b\n", "yaml"],
  ["a byte-order mark", "\uFEFFclaims:\n  - id: a\n", "yaml"],
  ["lone carriage returns", "claims:\r  - id: a\r", "yaml"],
  ["a duplicate key", "source:\n  name: A\n  name: B\n", "yaml"],
  ["a syntax error", "claims:\n  - id: a\n   value: 1\n", "yaml"],
  ["an unclosed flow sequence", "claims: [a, b\n", "yaml"],
  ["a custom tag", "claims:\n  - !shell rm -rf /\n", "yaml"],
  ["a timestamp tag", "a: !!timestamp 2022-10-01\n", "yaml"],
  ["two documents", "a: 1\n---\nb: 2\n", "yaml"],
  ["a tab as indentation", "claims:\n\t- id: a\n", "yaml"],
  // js-yaml warns where yaml does not: yaml reads these, and its reading is the one kept.
  ["a flow sequence closed at column 1", "claims: [\n  {id: a, value: 1}\n]\n", "yaml"],
  ["an integer under the float tag", "c: !!float 1\n", "yaml"],
];

/** Every path to a mapping or a sequence in plain data, the root excepted. */
function collectionPaths(data: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof data !== "object" || data === null) return [];
  const out = path.length ? [path] : [];
  const entries: Array<[string | number, unknown]> = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  for (const [k, v] of entries) out.push(...collectionPaths(v, [...path, k]));
  return out;
}

const readerOf = (src: YamlSource): Reader => (src.starts ? "fast" : "yaml");

describe("the fast YAML reader gives what yaml gives", () => {
  it.each(ROWS)("%s", (_name, text, reader) => {
    const fast = parseYamlSource("f.yaml", text);
    const reference = parseYamlSource("f.yaml", text, { fast: false });
    expect(readerOf(fast)).toBe(reader);
    expect(fast.errors).toEqual(reference.errors);
    // yaml reads an empty document as null, js-yaml as undefined: both mean "no data".
    expect(fast.data ?? null).toEqual(reference.data ?? null);
    for (const path of collectionPaths(reference.data)) {
      expect(locate(fast, path), JSON.stringify(path)).toEqual(locate(reference, path));
    }
  });

  it("reads the scalars the way YAML 1.2's core schema does", () => {
    const data = parseYamlSource("f.yaml", ROWS.find((r) => r[0] === "core-schema scalars")![1]).data;
    expect(data).toEqual({
      ints: [12, -3, 4, 12, 31, 7],
      floats: [1.5, 1000, 6500, 0.5, 0.5, 1, Infinity, -Infinity, NaN],
      not: ["0b101", "1_000", "12", "yes", "no", "on", "2022-10-01", "12:30"],
      thousand: "1,000",
      bools: [true, true, true, false, false],
      nulls: [null, null, null],
    });
  });

  it("locates the demo claims files' items the same way", () => {
    const dir = join(import.meta.dirname, "../../claims");
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), "utf8");
      const fast = parseYamlSource(f, text);
      const reference = parseYamlSource(f, text, { fast: false });
      expect(readerOf(fast), f).toBe("fast");
      expect(fast.data).toEqual(reference.data);
      for (const path of collectionPaths(reference.data)) expect(locate(fast, path), `${f} ${JSON.stringify(path)}`).toEqual(locate(reference, path));
    }
  });

  it("locates keys and scalars with yaml, parsed only when first asked", () => {
    const text = "claims:\n  - id: a\n    unit: parsecs\n";
    const src = parseYamlSource("f.yaml", text);
    expect(src.yaml).toBeUndefined();
    expect(locate(src, ["claims", 0])).toEqual({ line: 2, column: 5 });
    expect(src.yaml).toBeUndefined();
    expect(locate(src, ["claims", 0, "unit"])).toEqual({ line: 3, column: 11 });
    expect(locate(src, ["claims", 0], "unit")).toEqual({ line: 3, column: 5 });
    expect(src.yaml).toBeDefined();
  });
});

// The fast YAML reader (js-yaml) against the reference (yaml alone): for every input, the same
// data, the same errors, and the same place for every mapping and sequence. Each row says which
// reader the input is meant to take: `fast` (read by js-yaml) or `yaml` (left to yaml).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locate, parseYamlSource, type YamlSource } from "../../src/base/yaml-source.js";
import { loadClaimsText } from "../../src/claims/load.js";

type Reader = "fast" | "yaml";

const ROWS: Array<[name: string, text: string, reader: Reader]> = [
  ["block sequence of mappings", "source:\n  name: Desk\nclaims:\n  - id: a\n    value: 1\n  - id: b\n    quantity: more than 200,000\n", "fast"],
  ["sequence not indented under its key", "claims:\n- id: a\n  value: 1\n- id: b\n  value: 2\n", "fast"],
  ["item content on the line after the dash", "claims:\n  -\n    id: a\n    value: 1\n", "yaml"],
  ["comments and blank lines between items", "claims: # the list\n\n  # first\n  - id: a # trailing\n\n    value: 1\n  #   - id: commented\n  - id: b\n    value: 2\n", "fast"],
  ["flow sequence of flow mappings", "claims: [{id: a, value: 1}, {id: b, value: 2}]\n", "fast"],
  ["flow collections over several lines", "claims: [\n  {id: a,\n   value: 1},\n  { id: b, value: 2 }\n  ]\n", "fast"],
  ["nested empty collections", "a: []\nb: {}\nc:\n  - []\n  - {}\n", "fast"],
  ["explicit keys", "? id\n: a\n? value\n: 1\n", "yaml"],
  ["literal and folded block scalars", "quote: |\n  More than 200,000\n  men fled.\nnote: >-\n  folded\n  text\nafter:\n  - x\n", "fast"],
  ["quoted strings with escapes", "a: \"tab\\there \\u00e9\"\nb: 'it''s'\nc:\n  - \"multi\n    line\"\n", "fast"],
  ["non-ASCII text before a collection", "name: Weschewatowa 🙂 Ölfeld\nlist:\n  - {a: 1}\n", "fast"],
  ["Windows line ends", "claims:\r\n  - id: a\r\n    value: 1\r\n  - id: b\r\n    value: 2\r\n", "fast"],
  ["document markers", "---\nclaims:\n  - id: a\n...\n", "fast"],
  ["a directive", "%YAML 1.2\n---\nclaims:\n  - id: a\n", "yaml"],
  ["an empty document", "", "fast"],
  ["only comments", "# nothing here\n", "fast"],
  ["a scalar document", "just text\n", "fast"],
  ["empty values and null keys", "a:\nb: ~\nc: null\n", "fast"],
  ["core-schema scalars", "ints: [12, -3, +4, 0o14, 0x1F, 007]\nfloats: [1.5, 1e3, 6.5e+3, .5, +.5, 1., .inf, -.Inf, .NaN]\nnot: [0b101, 1_000, '12', yes, no, on, 2022-10-01, 12:30]\nthousand: 1,000\nbools: [true, True, TRUE, false, FALSE]\nnulls: [~, Null, NULL]\n", "fast"],
  ["numbers as keys", "1: one\n2.5: two\n0x1F: three\ntrue: four\n", "fast"],
  ["a null key (\"null\" in js-yaml, \"\" in yaml)", "a: {: 1, b: 2}\n", "yaml"],
  ["a collection as a key", "? [1, 2]\n: x\n", "yaml"],
  ["a key that only looks like a collection's", "'a, b': 1\n'null': 2\n", "fast"],
  ["a plain null key in a block mapping", "null: 0\n", "yaml"],
  ["a collection as a key in a flow mapping", "claims: {a: 1, [x]: 2}\n", "yaml"],
  ["a collection as an entry of a flow mapping", "claims: {a: 1, b: , [x]}\n", "yaml"],
  ["collections as values of a flow mapping", "claims: {a: [x], b: {c: 1}}\n", "fast"],
  ["an empty item among nested ones", "- - - -\n    - 1\n  - 2\n", "yaml"],
  ["the non-specific tag on an empty value", "a: !\n", "yaml"],
  ["standard tags on scalars", "a: !!str 12\nb: !!int '7'\nc: !!float 1.5\n", "yaml"],
  ["a tagged collection", "a: !!map {b: 1}\nc: !!seq\n  - d\n", "yaml"],
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
  ["a tab before a scalar document (js-yaml reads it)", "\t ''\n", "yaml"],
  ["an empty item before a less indented one (js-yaml nests it)", "- - x\n  -\n- y\n", "yaml"],
  ["an empty item with a comment", "a:\n  - x\n  - # nothing\nb: 1\n", "yaml"],
  // Found by a review's fuzzing: js-yaml accepts what yaml refuses, or reads it otherwise.
  ["a comment glued to a quoted value", "quote: \"up to 300,000\"# from the agency\n", "yaml"],
  ["a comment glued to a flow collection", "accept: []#none yet\n", "yaml"],
  ["a comment glued after a flow mapping's opening brace (yaml refuses it)", "a: {#c\n b: 1}\n", "yaml"],
  ["a comment glued after a flow sequence's opening bracket", "a: [#c\n 1]\n", "yaml"],
  ["a comment glued to a document marker", "---#c\na: 1\n", "yaml"],
  ["a comment after a document marker and a space", "--- #c\na: 1\n", "fast"],
  ["a YAML 1.1 directive (yes is true there)", "%YAML 1.1\n---\na: yes\n", "yaml"],
  ["a bare null entry of a flow mapping", "a: {b, ~}\n", "yaml"],
  ["a collection entry of a flow mapping after a comment", "a: {b: 1, # c\n  {c: 1}}\n", "yaml"],
  ["text glued to a document marker", "---x: 1\n", "yaml"],
  ["content on the document marker's line", "--- a: 1\n", "yaml"],
  ["a block scalar with an indentation indicator", "|2\n   two\n", "yaml"],
  ["keep chomping at the end of the file", "a: |+\n  x\n ", "yaml"],
  ["an escaped line break before a blank line", "a: \"x\\\n\n  y\"\n", "yaml"],
  ["strip chomping, read fast", "quote: |-\n  some 6,500 km\nnext: 1\n", "fast"],
  ["a tab inside a literal block's lines", "quote: |\n  \tindented with a tab\n", "yaml"],
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

  // A lexicon that the fast reader leaves to yaml holds something the two read apart: "null: 0"
  // was read as the key "" (YAML's null), and the German word for zero was lost.
  it.each(["claims", "grammar/lexicon"])("reads every YAML file in %s the fast way, as yaml does", (folder) => {
    const dir = join(import.meta.dirname, "../..", folder);
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

// Hand-written YAML of every layout, then broken at random places: whatever the fast reader
// accepts, it must read as yaml does; whatever it refuses goes to yaml, whose errors are kept.
type Node = { scalar: string } | { map: Array<[string, Node]> } | { seq: Node[] };
const SCALARS = ["a", "more than 200,000", "'quoted: x'", '"dq \\u00e9"', "12", "1.5", "~", "true", "Ölfeld 🙂", "x # comment", "''", "-3", "0x1F", ".5", "'it''s'", "2022-10-01", "[1, 2]", "{a: 1, b: [x]}", "[]", "{}"];
const KEYS = ["id", "value", "quantity", "unit", "note", "'quoted key'"];
const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...SCALARS).map((scalar) => ({ scalar })),
    fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie("node")), { minLength: 1, maxLength: 3, selector: ([k]) => k }).map((map) => ({ map })),
    fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((seq) => ({ seq })),
  ),
})).node;

/** Block YAML for a node, with an extra indent and a comment now and then. */
function render(n: Node, indent: number, extra: number, comment: boolean): string[] {
  const pad = " ".repeat(indent);
  const inner = indent + 2 + extra;
  if ("scalar" in n) return [pad + n.scalar];
  if ("seq" in n) {
    return n.seq.flatMap((item) => {
      if ("scalar" in item) return [`${pad}- ${item.scalar}`];
      const sub = render(item, inner, 0, comment);
      return [`${pad}- ${sub[0]!.trimStart()}${comment ? " # item" : ""}`, ...sub.slice(1)];
    });
  }
  return n.map.flatMap(([k, v]) => ("scalar" in v ? [`${pad}${k}: ${v.scalar}`] : [`${pad}${k}:${comment ? " # key" : ""}`, ...render(v, "seq" in v && extra === 0 ? indent : inner, 0, comment)]));
}

const edit = fc.record({ at: fc.nat(), op: fc.constantFrom("insert", "delete", "replace"), ch: fc.constantFrom(" ", ":", "-", "\t", "#", '"', "'", "[", "]", "{", "}", ",", "?", "|", ">", "%", "&", "*", "!", "\n", "  ") });

describe("the fast YAML reader on generated files", () => {
  const mutated = (text: string, edits: Array<{ at: number; op: string; ch: string }>, crlf: boolean): string => {
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      text = e.op === "insert" ? text.slice(0, at) + e.ch + text.slice(at) : e.op === "delete" ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + e.ch + text.slice(at + 1);
    }
    return crlf ? text.replace(/\r?\n/g, "\r\n") : text;
  };

  it("reads every file yaml accepts as yaml does, and leaves what it refuses to yaml", () => {
    let lenient = 0;
    let readFast = 0;
    fc.assert(
      fc.property(node, fc.nat(2), fc.boolean(), fc.boolean(), fc.array(edit, { maxLength: 3 }), (n, extra, comment, crlf, edits) => {
        const text = mutated(render({ map: [["claims", n]] }, 0, extra, comment).join("\n") + "\n", edits, crlf);
        const fast = parseYamlSource("f.yaml", text);
        const reference = parseYamlSource("f.yaml", text, { fast: false });
        if (reference.errors.length > 0) {
          // Refused by yaml: the fast reader refuses it too (and yaml's errors are kept), or it is
          // one of the few layouts js-yaml lets pass, which loadClaimsText reads again (below).
          if (fast.starts) lenient++;
          else expect(fast.errors).toEqual(reference.errors);
          return;
        }
        if (fast.starts) readFast++;
        expect(fast.errors).toEqual([]);
        expect(fast.data ?? null).toEqual(reference.data ?? null);
        for (const path of collectionPaths(reference.data)) expect(locate(fast, path)).toEqual(locate(reference, path));
      }),
      { numRuns: 1500, seed: 20261202 },
    );
    expect(lenient).toBeLessThan(15); // 1% of runs: rare layouts, not a class of common mistakes
    expect(readFast).toBeGreaterThan(500); // the property is about the fast reader: most runs take it
  });

  const claimItem = fc.record({
    id: fc.constantFrom("a", "b1", "c.2"),
    figure: fc.constantFrom("quantity: more than 200,000", "value: 4,000\n    unit: miles", "value: 300000", "min: 5\n    max: 3", "value: 12\n    unit: parsecs"),
    quote: fc.option(fc.constantFrom("quote: \"up to 300,000\"", "quote: |\n      some 6,500 km", "note: 'it''s'"), { nil: undefined }),
  });

  it("loads every claims file as yaml alone would, errors and all", () => {
    fc.assert(
      fc.property(fc.array(claimItem, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.array(edit, { maxLength: 3 }), (items, crlf, edits) => {
        const body = items.map((c) => `  - id: ${c.id}\n    ${c.figure}${c.quote ? `\n    ${c.quote}` : ""}`).join("\n");
        const text = mutated(`source:\n  name: Desk\nclaims:\n${body}\n`, edits, crlf);
        expect(loadClaimsText("f.yaml", text)).toEqual(loadClaimsText("f.yaml", text, { fast: false }));
      }),
      { numRuns: 600, seed: 20261202 },
    );
  });
});

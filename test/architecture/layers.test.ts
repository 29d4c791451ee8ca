// The import graph of src/: no cycles, and no arrow running back up the layers. Imports are read
// with the TypeScript compiler's own pre-processor (type-only imports and re-exports count: they
// tie the modules together as much as a value does).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The layers, lowest first: a module may import from its own layer and the layers before it,
 * never from a later one. Layers in one row are siblings that must not import each other.
 * Every folder of src/ (and src/cli.ts) is in exactly one row.
 */
const LAYERS: ReadonlyArray<readonly string[]> = [
  ["base"], // diagnostics, decoding, the YAML reader, schema checks, paths
  ["model"], // the claim and its kinds
  ["language"], // the lexicons, units and measures, the lexer, name keys
  ["corpus", "extract"], // reading articles; extracting claims from them
  ["claims"], // hand-added claims, corrections, the store, the caches
  ["rules"],
  ["report"],
  ["commands"],
  ["cli"],
];

/**
 * Upward arrows still in the code, each with the step that removes it. The test fails when one
 * is gone, so that this list only shrinks.
 */
const KNOWN_UPWARD: ReadonlyArray<string> = [];

const SRC = resolve(import.meta.dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The src/ files a module imports (relative specifiers only; packages are no layer). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((s) => s.startsWith("."))
    .map((s) => resolve(dirname(file), s).replace(/\.js$/, ".ts"));
}

const layerOf = (file: string): string => {
  const rel = relative(SRC, file).split("/");
  return rel.length === 1 ? rel[0]!.replace(/\.ts$/, "") : rel[0]!;
};
const rankOf = (layer: string): number => LAYERS.findIndex((row) => row.includes(layer));

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const name = (f: string): string => relative(SRC, f);

/** Strongly connected components of more than one module, or a module importing itself (Tarjan). */
function cycles(g: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      scc.push(w);
      if (w === v) break;
    }
    if (scc.length > 1 || (g.get(v) ?? []).includes(v)) found.push(scc.map(name).sort());
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Every import that runs to a later layer, or across to a sibling: "from -> to". */
function arrowsAgainstTheLayers(g: ReadonlyMap<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, tos] of g) {
    for (const to of tos) {
      const [a, b] = [layerOf(from), layerOf(to)];
      if (a !== b && rankOf(b) >= rankOf(a)) out.push(`${name(from)} -> ${name(to)}`);
    }
  }
  return [...new Set(out)].sort();
}

describe("the import graph of src/", () => {
  it("is read: every module's imports resolve to a file of src/", () => {
    expect(files.length).toBeGreaterThan(50);
    const missing = [...graph].flatMap(([f, tos]) =>
      tos.filter((t) => !graph.has(t) && !t.includes("/generated/")).map((t) => `${name(f)} -> ${name(t)}`),
    );
    expect(missing).toEqual([]);
  });

  it("puts every folder of src/ in one layer", () => {
    const unplaced = [...new Set(files.map(layerOf))].filter((l) => rankOf(l) < 0);
    expect(unplaced).toEqual([]);
  });

  it("has no cycles", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no import from a lower layer to a higher one, nor between siblings", () => {
    const against = arrowsAgainstTheLayers(graph);
    expect(against.filter((a) => !KNOWN_UPWARD.includes(a))).toEqual([]);
    // A known arrow that is gone leaves the list.
    expect(KNOWN_UPWARD.filter((a) => !against.includes(a))).toEqual([]);
  });

  it("finds a cycle and an upward arrow when there is one", () => {
    const a = join(SRC, "base", "a.ts");
    const b = join(SRC, "base", "b.ts");
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([["base/a.ts", "base/b.ts"]]);
    const [word, lexicon, article, extract] = [
      join(SRC, "report", "words.ts"),
      join(SRC, "language", "lexicon.ts"),
      join(SRC, "corpus", "article.ts"),
      join(SRC, "extract", "extract.ts"),
    ];
    const g = new Map([
      [lexicon, [word]],
      [word, [lexicon]],
      [article, [extract]],
      [extract, []],
    ]);
    expect(arrowsAgainstTheLayers(g)).toEqual([
      "corpus/article.ts -> extract/extract.ts",
      "language/lexicon.ts -> report/words.ts",
    ]);
  });
});

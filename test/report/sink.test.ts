// The streamed JSON writer gives the bytes JSON.stringify(value, null, 2) gives, at any depth
// of streaming; a folder sink writes only inside its folder; SARIF results keep at most
// MAX_RELATED_LOCATIONS related locations and every claim id.
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FolderSink, LazyArray, MemorySink, Piece, writeJson, writePiece } from "../../src/report/sink.js";
import { MAX_RELATED_LOCATIONS, sarifReport } from "../../src/report/sarif.js";
import type { CheckResult } from "../../src/report/result.js";
import type { Claim } from "../../src/model/claim.js";
import type { Finding } from "../../src/rules/types.js";
import { ruleInfo } from "../../src/rules/index.js";

const stream = (value: unknown, depth: number): string => {
  const sink = new MemorySink();
  const w = sink.open("x");
  writeJson(w, value, depth);
  w.close();
  return sink.files.get("x")!;
};

describe("writeJson", () => {
  it("writes what JSON.stringify(value, null, 2) writes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (v, depth) => {
        expect(stream(v, depth)).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves out undefined properties and writes undefined array items as null, as JSON.stringify does", () => {
    const v = { a: undefined, b: [undefined, 1, { c: undefined, d: "x\ny" }], e: {}, f: [] };
    for (let d = 0; d < 5; d++) expect(stream(v, d)).toBe(JSON.stringify(v, null, 2));
  });

  it("writes values below the depth on one line each when asked", () => {
    const sink = new MemorySink();
    const w = sink.open("x");
    writeJson(w, { a: [{ b: [1, 2] }, "s"], c: 3 }, 2, "", true);
    w.close();
    expect(sink.files.get("x")).toBe('{\n  "a": [\n    {"b":[1,2]},\n    "s"\n  ],\n  "c": 3\n}');
    expect(JSON.parse(sink.files.get("x")!)).toEqual({ a: [{ b: [1, 2] }, "s"], c: 3 });
  });

  it("writes a LazyArray's pieces as the elements they hold, an empty piece as none", () => {
    const x = new LazyArray([new Piece("k", [1, 2], (n) => ({ n: n * 10 })), new Piece("e", [], (n) => n), "s"]);
    expect(stream({ x, y: new LazyArray([new Piece(undefined, [], (n) => n)]) }, 2)).toBe(
      JSON.stringify({ x: [{ n: 10 }, { n: 20 }, "s"], y: [] }, null, 2),
    );
  });

  it("streams a LazyArray like the array it yields", () => {
    const items = [{ a: 1 }, [2, 3], "s"];
    expect(stream({ x: new LazyArray(items.values()), y: new LazyArray([].values()) }, 3)).toBe(
      JSON.stringify({ x: items, y: [] }, null, 2),
    );
  });
});

describe("FolderSink", () => {
  it("writes whole and streamed files, and refuses names that leave the folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-sink-"));
    const sink = new FolderSink(dir);
    sink.file("a/b.md", "page");
    const w = sink.open("big.json");
    for (let i = 0; i < 3000; i++) w.write("x".repeat(1000));
    w.close();
    expect(readFileSync(join(dir, "a/b.md"), "utf8")).toBe("page");
    expect(readFileSync(join(dir, "big.json"), "utf8")).toBe("x".repeat(3_000_000));
    expect(() => sink.file("../escape.md", "x")).toThrow(/outside the output folder/);
  });
});

describe("FolderSink with a worker writing the whole files", () => {
  const PAGES = Array.from(
    { length: 40 },
    (_, i) => [`articles/p${i}.md`, `# Page ${i} é “${"x".repeat(i * 97)}” \ud800`] as const,
  );

  it("writes the same bytes, and the same manifest, as when it writes them itself", async () => {
    const own = new FolderSink(mkdtempSync(join(tmpdir(), "crosscheck-sync-")));
    const byWorker = new FolderSink(mkdtempSync(join(tmpdir(), "crosscheck-worker-")), null, new Map(), true, 5);
    for (const sink of [own, byWorker]) {
      for (const [name, text] of PAGES) sink.file(name, text, `key of ${name}`);
      await sink.finish();
    }
    for (const [name] of PAGES) {
      const file = join(byWorker.dir, name);
      expect(readFileSync(file)).toEqual(readFileSync(join(own.dir, name)));
      const st = statSync(file);
      const rec = byWorker.manifest.get(name)!;
      const { ino: _ino, mtimeMs: _mtime, ...same } = own.manifest.get(name)!;
      expect(rec).toEqual({ ...same, ino: st.ino, mtimeMs: st.mtimeMs });
    }
    expect([...byWorker.manifest.keys()]).toEqual([...own.manifest.keys()]);
  });

  it("fails as writing here would: the file system's error, with its code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-worker-"));
    const sink = new FolderSink(dir, null, new Map(), false, 0);
    mkdirSync(join(dir, "taken.md"));
    sink.file("taken.md", "a folder is in the way");
    sink.file("after.md", "not written once one failed");
    await expect(sink.finish()).rejects.toMatchObject({ code: "EISDIR" });
  });
});

describe("FolderSink with the previous reports", () => {
  it("links a file that came out the same, writes one that changed", () => {
    const prev = mkdtempSync(join(tmpdir(), "crosscheck-prev-"));
    writeFileSync(join(prev, "same.md"), "unchanged");
    writeFileSync(join(prev, "edited.md"), "before");
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-next-"));
    const sink = new FolderSink(dir, prev);
    sink.file("same.md", "unchanged");
    sink.file("edited.md", "after");
    sink.file("new.md", "new");
    expect(sink.linked).toBe(1);
    expect(statSync(join(dir, "same.md")).ino).toBe(statSync(join(prev, "same.md")).ino);
    expect(statSync(join(dir, "edited.md")).ino).not.toBe(statSync(join(prev, "edited.md")).ino);
    expect(readFileSync(join(dir, "edited.md"), "utf8")).toBe("after");
    expect(readFileSync(join(prev, "edited.md"), "utf8")).toBe("before");
    expect(readFileSync(join(dir, "new.md"), "utf8")).toBe("new");
  });
});

describe("FolderSink with a manifest of the previous files", () => {
  it("trusts a record only while the old file is the one recorded", () => {
    const prev = mkdtempSync(join(tmpdir(), "crosscheck-prev-"));
    const first = new FolderSink(prev);
    first.file("p.md", "same size A");
    const manifest = first.manifest;
    // edited in place after it was recorded: the record no longer describes it
    writeFileSync(join(prev, "p.md"), "same size B");
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-next-"));
    const sink = new FolderSink(dir, prev, manifest);
    sink.file("p.md", "same size A");
    expect(sink.linked).toBe(0);
    expect(readFileSync(join(dir, "p.md"), "utf8")).toBe("same size A");
    // untouched since recorded: linked on the record's word
    const again = mkdtempSync(join(tmpdir(), "crosscheck-next-"));
    const s2 = new FolderSink(again, dir, sink.manifest);
    s2.file("p.md", "same size A");
    expect(s2.linked).toBe(1);
    expect(statSync(join(again, "p.md")).ino).toBe(statSync(join(dir, "p.md")).ino);
  });
});

describe("FolderSink streams in pieces", () => {
  /** Writes "head", the pieces, "tail"; `made` collects the keys whose piece was made, not kept. */
  const write = (sink: FolderSink, pieces: Array<[string, string]>, made: string[]): void => {
    const w = sink.open("f.json");
    w.write("head ");
    for (const [key, text] of pieces)
      writePiece(w, key, () => {
        made.push(key);
        w.write(text);
      });
    w.write(" tail é");
    w.close();
  };

  it("keeps the previous run's bytes of a piece made from the same key, while the old file is the one recorded", () => {
    const prev = mkdtempSync(join(tmpdir(), "crosscheck-prev-"));
    const first = new FolderSink(prev);
    const made: string[] = [];
    write(
      first,
      [
        ["k1", "one ü "],
        ["k2", "two "],
      ],
      made,
    );
    expect(made).toEqual(["k1", "k2"]);
    expect(readFileSync(join(prev, "f.json"), "utf8")).toBe("head one ü two  tail é");
    // k1 kept (its old bytes, not what the maker would write now), k3 made, k2 no longer there
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-next-"));
    const next = new FolderSink(dir, prev, first.manifest);
    const made2: string[] = [];
    write(
      next,
      [
        ["k3", "three "],
        ["k1", "ONE "],
      ],
      made2,
    );
    expect(made2).toEqual(["k3"]);
    expect(readFileSync(join(dir, "f.json"), "utf8")).toBe("head three one ü  tail é");
    expect(next.manifest.get("f.json")?.pieces).toEqual({ k3: [5, 11], k1: [11, 18] });
    // the old file changed after it was recorded: every piece is made again
    writeFileSync(join(dir, "f.json"), "head three one ü  tail e");
    const again = mkdtempSync(join(tmpdir(), "crosscheck-next-"));
    const made3: string[] = [];
    write(new FolderSink(again, dir, next.manifest), [["k1", "ONE "]], made3);
    expect(made3).toEqual(["k1"]);
    expect(readFileSync(join(again, "f.json"), "utf8")).toBe("head ONE  tail é");
  });

  it("keeps pieces in any order, from anywhere in the previous file, whatever their size", () => {
    const prev = mkdtempSync(join(tmpdir(), "crosscheck-prev-"));
    const first = new FolderSink(prev);
    // Pieces far apart and larger than one read of the previous file (1 MB).
    const pieces: Array<[string, string]> = [
      ["a", "α".repeat(10)],
      ["b", "b".repeat(1_500_000)],
      ["c", "c ".repeat(400_000)],
      ["d", "d"],
    ];
    write(first, pieces, []);
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-next-"));
    const made: string[] = [];
    const order = [pieces[3]!, pieces[0]!, pieces[2]!, ["e", "new"] as [string, string], pieces[1]!, pieces[3]!];
    write(new FolderSink(dir, prev, first.manifest), order, made);
    expect(made).toEqual(["e"]);
    expect(readFileSync(join(dir, "f.json"), "utf8")).toBe(`head ${order.map(([, t]) => t).join("")} tail é`);
  });

  it("makes every piece when no manifest is kept", () => {
    const prev = mkdtempSync(join(tmpdir(), "crosscheck-prev-"));
    const first = new FolderSink(prev);
    write(first, [["k1", "one "]], []);
    const made: string[] = [];
    write(
      new FolderSink(mkdtempSync(join(tmpdir(), "crosscheck-next-")), prev, first.manifest, false),
      [["k1", "x "]],
      made,
    );
    expect(made).toEqual(["k1"]);
  });
});

describe("SARIF related locations", () => {
  it(`keeps at most ${MAX_RELATED_LOCATIONS} related locations a result, and every claim id`, () => {
    const claims: Claim[] = Array.from({ length: MAX_RELATED_LOCATIONS + 500 }, (_, i) => ({
      id: `a${i}.md@1:1`,
      article: `a${i}.md`,
      kind: "count",
      value: 5,
      min: 5,
      max: 5,
      qualifier: "exact",
      unit: "person",
      unitText: null,
      dimension: "count:person",
      noun: "men",
      measure: "departures",
      scope: null,
      period: null,
      entity: null,
      source: null,
      inferred: [],
      revision: false,
      asOf: null,
      date: null,
      text: "5",
      span: { start: 0, end: 1, line: 1, column: 1 },
      sentence: "5 men.",
      lang: "en",
    }));
    const finding: Finding = {
      rule: "duplicate-claim",
      severity: "info",
      messageId: "repeated",
      message: "m",
      data: {},
      claims: claims.map((c) => c.id),
      places: [],
      articles: claims.map((c) => c.article!),
      location: { article: "a0.md", file: "a0.md", line: 1, column: 1, text: "5" },
      fingerprint: "f",
      advice: null,
      accepted: null,
    };
    const r: CheckResult = {
      articles: [],
      claims,
      findings: [finding],
      clusters: [],
      clusterPairs: [],
      inputErrors: [],
      claimFiles: [],
      rules: ruleInfo(),
    };
    const log = JSON.parse(sarifReport(r, { reportDir: "reports" }));
    const result = log.runs[0].results[0];
    expect(result.relatedLocations).toHaveLength(MAX_RELATED_LOCATIONS);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("a0.md");
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe("a1.md");
    expect(result.properties.claims).toHaveLength(claims.length);
  });
});

// The extraction cache: one file of sealed records (record-log.ts). An entry is found again only
// under the same content hash, path, language, date and grammar version, and only when it reads
// back as claims; anything else is a miss, so check parses the article again and never trusts a
// record it did not write. A damaged record is counted, and the file is rewritten without it.
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractCache, grammarVersion, type CacheKey } from "../../src/claims/cache.js";
import { analyse } from "../../src/extract/extract.js";

const text = "About 300,000 reservists were called up, said Ilya Sorokin. Up to 1,000,000 could follow.\n";
const key: CacheKey = { path: "articles/a.md", hash: "h1", lang: "en", date: "2022-09-21" };
const analysis = analyse({ path: key.path, text, lang: "en", date: key.date });
const other = analyse({ path: "articles/b.md", text: "Some 40 people fled.\n", lang: "en", date: null });
const keyB: CacheKey = { path: "articles/b.md", hash: "hb", lang: "en", date: null };
const fresh = (): string => mkdtempSync(join(tmpdir(), "crosscheck-xcache-"));

/** A cache of `version` in `dir` holding what `fill` sets, saved. */
function saved(dir: string, version: string, fill: (c: ExtractCache) => void): ExtractCache {
  const c = new ExtractCache(dir, version);
  fill(c);
  c.save();
  return c;
}

/** The file's record lines (after its header), as the cache wrote them: `SEAL KEY GROUP PAYLOAD`. */
const records = (file: string): string[] => readFileSync(file, "utf8").split("\n").slice(1, -1);
/** A record line with its payload replaced and sealed again, as one who knows the format would. */
function resealed(line: string, payload: string): string {
  const body = `${line.slice(65, 65 + 32 + 1 + 16)} ${payload}`;
  return `${createHash("sha256").update(body).digest("hex")} ${body}`;
}
const header = (file: string): string => readFileSync(file, "utf8").split("\n")[0]!;

describe("ExtractCache", () => {
  it("keeps the article's word signature with its claims", () => {
    const dir = fresh();
    const words = Uint32Array.from({ length: 129 }, (_, i) => i * 2654435761);
    saved(dir, "v", (c) => c.setAnalysis(key, { ...analysis, words }));
    expect(new ExtractCache(dir, "v").getAnalysis(key)?.words).toEqual(words);
  });

  it("gives back what was stored, claims and names, for the same key, from one file for every article", () => {
    expect(analysis.claims.length).toBeGreaterThan(1);
    expect(analysis.names.length).toBeGreaterThan(0);
    const dir = fresh();
    saved(dir, "v", (c) => {
      c.setAnalysis(key, analysis);
      c.setAnalysis(keyB, other);
    });
    expect(readdirSync(dir)).toEqual(["analyses-v.log"]);
    const again = new ExtractCache(dir, "v");
    expect(again.getAnalysis(key)).toEqual(analysis);
    expect(again.getAnalysis(keyB)).toEqual(other);
    expect([again.hits, again.misses, again.damaged]).toEqual([2, 0, 0]);
  });

  it("is keyed by content hash, path, language, date and grammar version", () => {
    const dir = fresh();
    saved(dir, "grammar-1", (c) => c.setAnalysis(key, analysis));
    const same = new ExtractCache(dir, "grammar-1");
    expect(same.getAnalysis(key)).toEqual(analysis);
    for (const o of [
      { ...key, hash: "h2" },
      { ...key, path: "articles/b.md" },
      { ...key, lang: "de" },
      { ...key, date: null },
    ])
      expect(same.getAnalysis(o), JSON.stringify(o)).toBeUndefined();
    const changed = new ExtractCache(dir, "grammar-2");
    expect(changed.getAnalysis(key)).toBeUndefined();
    expect(changed.misses).toBe(1);
    expect(new ExtractCache(dir).getAnalysis(key)).toBeUndefined(); // the real grammar's version is neither
    expect(grammarVersion()).toMatch(/^[0-9a-f]{16}$/);
  });

  it("misses the records of another grammar version copied under this version's name", () => {
    const dir = fresh();
    const old = saved(dir, "grammar-1", (c) => c.setAnalysis(key, analysis));
    const now = new ExtractCache(dir, "grammar-2");
    writeFileSync(now.file, readFileSync(old.file));
    expect(now.getAnalysis(key)).toBeUndefined();
    // Its own header, the other version's records: still keyed by version, so still a miss.
    writeFileSync(now.file, [header(now.file).replace("grammar-1", "grammar-2"), ...records(old.file), ""].join("\n"));
    expect(new ExtractCache(dir, "grammar-2").getAnalysis(key)).toBeUndefined();
  });

  it("gives the last record of a key: a later one supersedes it", () => {
    const dir = fresh();
    saved(dir, "v", (c) => c.setAnalysis(key, other));
    saved(dir, "v", (c) => c.setAnalysis(key, analysis));
    expect(new ExtractCache(dir, "v").getAnalysis(key)).toEqual(analysis);
  });

  it.each([
    ["a claim missing most of its fields", (r: Rec) => ({ ...r, claims: [{ kind: "count", value: 1 }] })],
    ["claims that are a string", (r: Rec) => ({ ...r, claims: "300,000" })],
    ["a value that is a string", (r: Rec) => ({ ...r, claims: [put(r.claims[0]!, 2, "300000")] })],
    ["a name mention without its place", (r: Rec) => ({ ...r, names: [{ article: key.path, text: "Ilya Sorokin" }] })],
    ["an unknown kind", (r: Rec) => ({ ...r, claims: [put(r.claims[0]!, 1, "rumour")] })],
    ["a sentence index past its table", (r: Rec) => ({ ...r, claims: [put(r.claims[0]!, 24, 99)] })],
    [
      "a claim of another article",
      (r: Rec) => ({ ...r, claims: [{ ...analysis.claims[0], article: "articles/o.md" }] }),
    ],
    ["the record of another key", (r: Rec) => ({ ...r, key: [...r.key.slice(0, 2), "h2", ...r.key.slice(3)] })],
    ["null", () => null],
    ["an array", () => []],
  ])("treats a record of the wrong shape as damaged, sealed again or not: %s", (_what, change) => {
    const dir = fresh();
    const { file } = saved(dir, "v", (c) => c.setAnalysis(key, analysis));
    const [line] = records(file);
    const payload = JSON.stringify(change(JSON.parse(line!.slice(65 + 32 + 1 + 16 + 1)) as Rec));
    writeFileSync(file, `${header(file)}\n${resealed(line!, payload)}\n`);
    const cache = new ExtractCache(dir, "v");
    expect(cache.getAnalysis(key)).toBeUndefined();
    expect([cache.misses, cache.damaged]).toEqual([1, 1]);
    // Rewritten without it once saved; set again, it is read again.
    cache.setAnalysis(key, analysis);
    cache.save();
    expect(records(file)).toHaveLength(1);
    expect(new ExtractCache(dir, "v").getAnalysis(key)).toEqual(analysis);
  });

  it("drops a record edited by hand (its seal no longer matches), whatever the edit, and keeps the others", () => {
    const dir = fresh();
    const { file } = saved(dir, "v", (c) => {
      c.setAnalysis(key, analysis);
      c.setAnalysis(keyB, other);
    });
    const whole = readFileSync(file, "utf8");
    for (const edit of [
      whole.replace("300000", "300001"),
      whole.replace("Ilya", "Ilja"),
      whole.replace(/(\n[0-9a-f]{64}) /, "$1  "),
    ]) {
      expect(edit).not.toBe(whole);
      writeFileSync(file, edit);
      const cache = new ExtractCache(dir, "v");
      expect(cache.getAnalysis(key)).toBeUndefined();
      expect(cache.getAnalysis(keyB)).toEqual(other);
      expect(cache.damaged).toBe(1);
    }
  });

  it("treats a torn last record (a crash mid-write) as damaged, keeps the records before it, and appends after it on a line of its own", () => {
    const dir = fresh();
    const { file } = saved(dir, "v", (c) => c.setAnalysis(keyB, other));
    const full = readFileSync(file, "utf8");
    saved(dir, "v", (c) => c.setAnalysis(key, analysis));
    const torn = readFileSync(file, "utf8");
    for (const cut of [torn.length - 1, full.length + 100, full.length + 1]) {
      writeFileSync(file, torn.slice(0, cut));
      const cache = new ExtractCache(dir, "v");
      expect(cache.getAnalysis(keyB)).toEqual(other);
      expect(cache.getAnalysis(key)).toBeUndefined();
      expect(cache.damaged).toBe(1);
      cache.setAnalysis(key, analysis);
      cache.save();
      const again = new ExtractCache(dir, "v");
      expect([again.getAnalysis(keyB), again.getAnalysis(key)]).toEqual([other, analysis]);
      expect(again.damaged).toBe(0);
    }
  });

  it("ignores a file that is empty, has no header, or is not its format, and writes a new one", () => {
    for (const content of ["", "garbage\n", "crosscheck analyses 0 v\n"]) {
      const dir = fresh();
      const file = join(dir, "analyses-v.log");
      writeFileSync(file, content);
      const cache = new ExtractCache(dir, "v");
      expect(cache.getAnalysis(key)).toBeUndefined();
      cache.setAnalysis(key, analysis);
      cache.save();
      expect(new ExtractCache(dir, "v").getAnalysis(key)).toEqual(analysis);
    }
  });

  it("compacts the file once most of it is records no run uses: an edited article's old record goes, another input's stays", () => {
    const dir = fresh();
    const c: CacheKey = { path: "articles/c.md", hash: "hc", lang: "en", date: null };
    const save = (fill: (x: ExtractCache) => void): ExtractCache => {
      const x = new ExtractCache(dir, "v", { minDropBytes: 0 });
      fill(x);
      x.save();
      return x;
    };
    // a.md's analysis outweighs b.md's and c.md's together.
    const big = analyse({ path: key.path, text: text.repeat(4), lang: "en", date: key.date });
    const small = analyse({ path: c.path, text: "Some 40 people fled.\n", lang: "en", date: null });
    const { file } = save((x) => {
      for (const k of [key, keyB, c]) x.setAnalysis(k, k === key ? big : k === c ? small : other);
    });
    // Each run reads a.md and b.md only; a.md is edited before each (a new hash); c.md is not among their inputs.
    const run = (hash: string): void =>
      void save((x) => {
        expect(x.getAnalysis(keyB)).toEqual(other);
        expect(x.getAnalysis({ ...key, hash })).toBeUndefined();
        x.setAnalysis({ ...key, hash }, big);
      });
    run("h8");
    // Appended: a.md's first record is no longer used, but the file is still mostly records in use.
    expect(records(file)).toHaveLength(4);
    run("h9");
    // Now most of it is a.md's two old records: compacted to b.md's, c.md's and a.md's last.
    expect(records(file)).toHaveLength(3);
    const edited = { ...key, hash: "h9" };
    const after = new ExtractCache(dir, "v");
    expect(after.getAnalysis(key)).toBeUndefined();
    expect(after.getAnalysis(c)).toEqual(small);
    expect(after.getAnalysis(edited)).toEqual(big);
  });

  it("adds the records of two runs writing at once", () => {
    const dir = fresh();
    const a = new ExtractCache(dir, "v");
    const b = new ExtractCache(dir, "v");
    saved(dir, "v", (x) => x.setAnalysis({ ...key, hash: "h0" }, analysis)); // the file both open
    expect(a.getAnalysis(key)).toBeUndefined();
    expect(b.getAnalysis(keyB)).toBeUndefined();
    a.setAnalysis(key, analysis);
    b.setAnalysis(keyB, other);
    a.flush();
    b.flush();
    a.save();
    b.save();
    const again = new ExtractCache(dir, "v");
    expect([again.getAnalysis(key), again.getAnalysis(keyB)]).toEqual([analysis, other]);
  });

  it("removes what older versions left when it makes its file: one file per article, another grammar's file", () => {
    const dir = fresh();
    mkdirSync(join(dir, "ab"));
    writeFileSync(join(dir, "ab", `${"ab".padEnd(64, "0")}.json`), "{}");
    writeFileSync(join(dir, "analyses-old.log"), "crosscheck analyses 1 old\n");
    mkdirSync(join(dir, "claims"));
    writeFileSync(join(dir, "articles-v.json"), "{}");
    saved(dir, "v", (x) => x.setAnalysis(key, analysis));
    expect(readdirSync(dir).sort()).toEqual(["analyses-v.log", "articles-v.json", "claims"]);
  });

  it("writes through a temporary file or by appending: no temporary file is left", () => {
    const dir = fresh();
    saved(dir, "v", (x) => x.setAnalysis(key, analysis));
    saved(dir, "v", (x) => x.setAnalysis(keyB, other));
    appendFileSync(join(dir, "analyses-v.log"), "not a record\n");
    saved(dir, "v", (x) => expect(x.getAnalysis(key)).toEqual(analysis)); // rewritten without the damage
    expect(readdirSync(dir)).toEqual(["analyses-v.log"]);
    expect(records(join(dir, "analyses-v.log"))).toHaveLength(2);
  });
});

/** `row` with `row[i]` set to `v`. */
function put(row: unknown[], i: number, v: unknown): unknown[] {
  const out = [...row];
  out[i] = v;
  return out;
}

type Rec = { key: unknown[]; claims: unknown[][]; names: unknown[] } & Record<string, unknown>;

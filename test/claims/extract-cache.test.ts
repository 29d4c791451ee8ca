// The extraction cache: an entry is found again only under the same content hash, path,
// language, date and grammar version, and only when it reads back as claims; anything else is a
// miss, so check parses the article again and never trusts a file it did not write.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractCache, grammarVersion, type CacheKey } from "../../src/claims/cache.js";
import { analyse } from "../../src/extract/extract.js";

/** A cache file is its JSON's sha256, a line break, and the JSON (cache.ts writeSealed). */
const unseal = (file: string): string => file.slice(file.indexOf("\n") + 1);
const seal = (json: string): string => `${createHash("sha256").update(json).digest("hex")}\n${json}`;

const text = "About 300,000 reservists were called up, said Ilya Sorokin. Up to 1,000,000 could follow.\n";
const key: CacheKey = { path: "articles/a.md", hash: "h1", lang: "en", date: "2022-09-21" };
const analysis = analyse({ path: key.path, text, lang: "en", date: key.date });
const fresh = (): string => mkdtempSync(join(tmpdir(), "crosscheck-xcache-"));

describe("ExtractCache", () => {
  it("keeps the article's word signature with its claims", () => {
    const dir = fresh();
    const words = Uint32Array.from({ length: 129 }, (_, i) => i * 2654435761);
    new ExtractCache(dir).setAnalysis(key, { ...analysis, words });
    expect(new ExtractCache(dir).getAnalysis(key)?.words).toEqual(words);
  });

  it("gives back what was stored, claims and names, for the same key", () => {
    expect(analysis.claims.length).toBeGreaterThan(1);
    expect(analysis.names.length).toBeGreaterThan(0);
    const dir = fresh();
    new ExtractCache(dir).setAnalysis(key, analysis);
    const again = new ExtractCache(dir);
    expect(again.getAnalysis(key)).toEqual(analysis);
    expect([again.hits, again.misses]).toEqual([1, 0]);
  });

  it("is keyed by content hash, path, language, date and grammar version", () => {
    const dir = fresh();
    new ExtractCache(dir, "grammar-1").setAnalysis(key, analysis);
    const same = new ExtractCache(dir, "grammar-1");
    expect(same.getAnalysis(key)).toEqual(analysis);
    for (const other of [
      { ...key, hash: "h2" },
      { ...key, path: "articles/b.md" },
      { ...key, lang: "de" },
      { ...key, date: null },
    ]) {
      expect(same.getAnalysis(other), JSON.stringify(other)).toBeUndefined();
    }
    const changed = new ExtractCache(dir, "grammar-2");
    expect(changed.getAnalysis(key)).toBeUndefined();
    expect(changed.misses).toBe(1);
    expect(new ExtractCache(dir).getAnalysis(key)).toBeUndefined(); // the real grammar's version is neither
    expect(grammarVersion()).toMatch(/^[0-9a-f]{16}$/);
  });

  it("misses an entry of another grammar version copied under this version's name", () => {
    const dir = fresh();
    const old = new ExtractCache(dir, "grammar-1");
    const now = new ExtractCache(dir, "grammar-2");
    old.setAnalysis(key, analysis);
    mkdirSync(dirname(now.file(key)), { recursive: true });
    writeFileSync(now.file(key), readFileSync(old.file(key)));
    expect(now.getAnalysis(key)).toBeUndefined();
  });

  it.each([
    ["a claim missing most of its fields", { claims: [{ kind: "count", value: 1 }], names: [] }],
    ["claims that are a string", { claims: "300,000", names: [] }],
    ["a value that is a string", "claim-value"],
    ["a name mention without its place", { names: [{ article: "articles/a.md", text: "Ilya Sorokin" }] }],
    ["an unknown kind", "kind"],
    ["a claim of another article", "article"],
    ["null", null],
    ["an array", []],
  ])("treats an entry of the wrong shape as missing: %s", (_what, shape) => {
    const dir = fresh();
    const cache = new ExtractCache(dir, "v");
    cache.setAnalysis(key, analysis);
    const stored = JSON.parse(unseal(readFileSync(cache.file(key), "utf8"))) as Record<string, unknown> & {
      claims: Array<Record<string, unknown>>;
    };
    let entry: unknown;
    if (shape === "claim-value") entry = { ...stored, claims: [{ ...stored.claims[0], value: "300000" }] };
    else if (shape === "kind") entry = { ...stored, claims: [{ ...stored.claims[0], kind: "rumour" }] };
    else if (shape === "article")
      entry = { ...stored, claims: [{ ...stored.claims[0], article: "articles/other.md" }] };
    else if (shape !== null && typeof shape === "object" && !Array.isArray(shape)) entry = { ...stored, ...shape };
    else entry = shape;
    // Sealed again, as one who knows the format would: the shape check still refuses it.
    writeFileSync(cache.file(key), seal(JSON.stringify(entry)));
    expect(cache.getAnalysis(key)).toBeUndefined();
    expect(cache.misses).toBe(1);
  });

  it("drops an entry edited by hand (its seal no longer matches), whatever the edit, and uses it again once rewritten", () => {
    const dir = fresh();
    const cache = new ExtractCache(dir, "v");
    cache.setAnalysis(key, analysis);
    const whole = readFileSync(cache.file(key), "utf8");
    for (const edit of [
      whole.replace("300000", "300001"),
      whole.replace("Ilya", "Ilja"),
      whole.replace(/\n/, "\n "),
      `${whole} `,
    ]) {
      expect(edit).not.toBe(whole);
      writeFileSync(cache.file(key), edit);
      expect(cache.getAnalysis(key)).toBeUndefined();
    }
    cache.setAnalysis(key, analysis);
    expect(cache.getAnalysis(key)).toEqual(analysis);
  });

  it("treats a truncated or empty entry as missing, and a new write replaces it", () => {
    const dir = fresh();
    const cache = new ExtractCache(dir, "v");
    cache.setAnalysis(key, analysis);
    const whole = readFileSync(cache.file(key), "utf8");
    for (const torn of [whole.slice(0, whole.length - 1), whole.slice(0, whole.length >> 1), ""]) {
      writeFileSync(cache.file(key), torn);
      expect(cache.getAnalysis(key)).toBeUndefined();
    }
    cache.setAnalysis(key, analysis);
    expect(cache.getAnalysis(key)).toEqual(analysis);
  });

  it("writes through a temporary file: no temporary file is left, and only whole entries are in the folder", () => {
    const dir = fresh();
    const cache = new ExtractCache(dir, "v");
    cache.setAnalysis(key, analysis);
    cache.setAnalysis({ ...key, hash: "h2" }, analysis);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
    expect(files).toHaveLength(2);
    for (const f of files) expect(f).toMatch(/^[0-9a-f]{64}\.json$/);
  });
});

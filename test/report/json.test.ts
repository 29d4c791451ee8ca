// findings.json's lean shape (src/report/json.ts, src/report/sentences.ts): each sentence once,
// in its article's table; a claim names it by offsets, which hold in the article's text.
import { cpSync, mkdtempSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCheck } from "../../src/commands/check.js";
import { jsonReport } from "../../src/report/json.js";
import { schemaValidator } from "../../src/base/schema-check.js";

const root = join(import.meta.dirname, "..", "..");
const sink = (): Writable => new Writable({ write: (_c, _e, cb) => cb() });
let dir: string;
const cwd = process.cwd();
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "crosscheck-json-")));
  cpSync(join(root, "articles"), join(dir, "articles"), { recursive: true });
  cpSync(join(root, "claims"), join(dir, "claims"), { recursive: true });
  process.chdir(dir);
});
afterEach(() => process.chdir(cwd));

interface Doc {
  articles: Array<{ path: string; sentences: Array<{ start: number; end: number; text: string }> }>;
  claims: Array<{
    id: string;
    article: string | null;
    text: string;
    span: { start: number; end: number } | null;
    sentence: { start: number; end: number } | string | null;
  }>;
}

async function run(
  chunk?: number,
  cache = false,
): Promise<{ file: string; doc: Doc; result: Awaited<ReturnType<typeof runCheck>>["result"] }> {
  const r = await runCheck({
    paths: ["articles"],
    claims: "claims",
    out: "reports",
    formats: ["json"],
    failOn: "never",
    quiet: true,
    cache,
    cacheDir: join(dir, "cache"),
    stdout: sink(),
    stderr: sink(),
    chunk,
  });
  const file = readFileSync(join(dir, "reports", "findings.json"), "utf8");
  return { file, doc: JSON.parse(file) as Doc, result: r.result };
}

describe("findings.json", () => {
  it("writes each sentence once, in its article's table, and claims name it by offsets that hold in the text", async () => {
    const { doc } = await run();
    expect(schemaValidator("findings")(doc)).toBe(true);
    let placed = 0;
    for (const a of doc.articles) {
      const text = readFileSync(a.path, "utf8");
      expect(new Set(a.sentences.map((s) => s.start)).size).toBe(a.sentences.length);
      for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    const tables = new Map(doc.articles.map((a) => [a.path, new Map(a.sentences.map((s) => [s.start, s]))]));
    const used = new Set<string>();
    for (const c of doc.claims) {
      if (c.article === null || c.span === null) {
        expect(typeof c.sentence === "string" || c.sentence === null).toBe(true);
        continue;
      }
      expect(typeof c.sentence).toBe("object");
      const s = c.sentence as { start: number; end: number };
      const row = tables.get(c.article)!.get(s.start)!;
      expect(row.end).toBe(s.end);
      expect(s.start <= c.span.start && c.span.end <= s.end).toBe(true);
      used.add(`${c.article}@${s.start}`);
      placed++;
    }
    expect(placed).toBeGreaterThan(40);
    // Every row is some claim's sentence, and some sentence holds more than one claim.
    expect(used.size).toBe(doc.articles.reduce((n, a) => n + a.sentences.length, 0));
    expect(used.size).toBeLessThan(placed);
  });

  it("is the same whether the texts were kept (planned here) or let go after extraction (planned while read)", async () => {
    const chunked = await run(1);
    const whole = await run();
    expect(chunked.file).toBe(whole.file);
    // jsonReport, with the texts at hand, finds the same places.
    const texts = whole.result.articles.map((a) => ({ ...a, text: readFileSync(a.path, "utf8") }));
    expect(jsonReport({ ...whole.result, articles: texts })).toBe(whole.file);
  });

  it("is the same written in pieces a re-check may keep (with the cache) as without them", async () => {
    const plain = await run();
    const pieces = await run(undefined, true);
    expect(pieces.file).toBe(plain.file);
  });
});

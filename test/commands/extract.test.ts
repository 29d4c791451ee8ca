// `crosscheck extract`: the worker pool, a large file cut into pieces, and the streamed output
// print byte for byte what one thread prints. The pool needs the built worker, so the command is
// run from dist (built by `npm test` before vitest starts).
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { analyse } from "../../src/extract/extract.js";
import { articleFromText } from "../../src/corpus/article.js";
import { generateArticles } from "../../bench/generate.js";

const root = join(import.meta.dirname, "..", "..");
const built = join(root, "dist", "src", "commands", "extract.js");
type RunExtract = typeof import("../../src/commands/extract.js").runExtract;
let runExtract: RunExtract;

beforeAll(async () => {
  ({ runExtract } = (await import(built)) as { runExtract: RunExtract });
});

function capture(): Writable & { text: string } {
  const w = new Writable({
    write(chunk, _e, cb) {
      w.text += String(chunk);
      cb();
    },
  }) as Writable & { text: string };
  w.text = "";
  return w;
}

async function extract(paths: string[], o: Parameters<RunExtract>[1]): Promise<string> {
  const out = capture();
  const err = capture();
  const code = await runExtract(paths, o, out, err);
  expect(err.text).toBe("");
  expect(code).toBe(0);
  return out.text;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-extract-"));
  mkdirSync(join(dir, "many"));
  const bodies: string[] = [];
  // Sixty articles as files and, as one large file, the English bodies of 150 (over 90,000
  // characters): enough for many pieces, with a third of the text of 150 files as well.
  let made = 0;
  for (const a of generateArticles(150, 5)) {
    if (made++ < 60) writeFileSync(join(dir, "many", a.name), a.text);
    if (a.name.endsWith("-en.md")) bodies.push(a.text.replace(/^---[\s\S]*?---\n/u, ""));
  }
  writeFileSync(
    join(dir, "large.md"),
    `---\ntitle: All of them\nlang: en\ndate: 2024-05-01\n---\n${bodies.join("\n\n")}`,
  );
  // A scraped page: megabytes of one run of letters, then spaces, on one line (a worker's stack is smaller than the main thread's).
  writeFileSync(
    join(dir, "scraped.md"),
    `---\nlang: en\n---\nHello. ${"x".repeat(3_000_000)} ${" ".repeat(3_000_000)} 300 men left.\n`,
  );
});

describe("crosscheck extract", () => {
  const paths = (): string[] => [join(root, "articles"), join(dir, "many"), join(dir, "large.md")];

  for (const format of ["json", "yaml"] as const) {
    it(`prints the same ${format} from the worker pool, with a large file in pieces, as from one thread`, async () => {
      const one = await extract(paths(), { format, threads: 1 });
      expect(readFileSync(join(dir, "large.md"), "utf8").length).toBeGreaterThan(90_000);
      const pool = await extract(paths(), {
        format,
        threads: 2,
        splitChars: 50_000,
        pieceChars: 20_000,
        windowPerThread: 1,
        minCharsForWorkers: 0,
      });
      expect(pool).toBe(one);
    });
  }

  it("reads a file with runs of megabytes in a worker", async () => {
    const doc = JSON.parse(
      await extract([join(dir, "scraped.md")], {
        format: "json",
        threads: 2,
        splitChars: 100_000,
        minCharsForWorkers: 0,
      }),
    ) as Array<{ claims: Array<{ text: string; noun: string }> }>;
    expect(doc[0]!.claims.map((c) => `${c.text} ${c.noun}`)).toEqual(["300 men"]);
  });

  it("writes each article's sentences once, claims naming them by offsets, in the order the files were given", async () => {
    const doc = JSON.parse(
      await extract(paths(), { format: "json", threads: 2, splitChars: 100_000, minCharsForWorkers: 0 }),
    ) as Array<{
      article: string;
      sentences: Array<{ start: number; end: number; text: string }>;
      claims: Array<{ sentence: { start: number; end: number } | null; span: { start: number; end: number } }>;
    }>;
    expect(doc[doc.length - 1]!.article).toBe(join(dir, "large.md"));
    expect(doc[0]!.article).toBe(join(root, "articles", "de-alpenblatt-reise.md"));
    for (const a of doc) {
      const text = readFileSync(a.article, "utf8");
      const { article } = articleFromText(a.article, text);
      // The claims are those of analysing the article, with the sentence as offsets.
      const expected = analyse({
        path: article.path,
        text,
        lang: article.lang,
        date: article.date,
        bodyStart: article.bodyStart,
      }).claims;
      expect(a.claims.length).toBe(expected.length);
      const rows = new Map(a.sentences.map((s) => [s.start, s]));
      expect(rows.size).toBe(a.sentences.length);
      a.claims.forEach((c, i) => {
        const row = rows.get(c.sentence!.start)!;
        expect(row.text).toBe(expected[i]!.sentence);
        expect(text.slice(row.start, row.end)).toBe(row.text);
        expect({ ...c, sentence: row.text }).toEqual(expected[i]);
      });
    }
  });
});

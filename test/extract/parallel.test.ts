// The parallel, split and streamed paths of extraction (src/extract/parallel.ts, worker.ts) give
// byte for byte the claims and names of analysing each file whole in one thread: on the demo
// corpus, on generated news text and on random text. The pool itself runs from the built files
// (test/commands/extract.test.ts); here the pieces run in this thread through the same tasks.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../src/corpus/article.js";
import { analyse, type ExtractInput } from "../../src/extract/extract.js";
import {
  analyseInOrder,
  analysePieces,
  piecesOf,
  type Analysis,
  type PieceRunner,
} from "../../src/extract/parallel.js";
import { analysePiece } from "../../src/extract/worker.js";
import { generateArticles } from "../../bench/generate.js";
import { paragraphs } from "./paragraphs.js";

const root = join(import.meta.dirname, "..", "..");
const inThread: PieceRunner = { analyse: async (t) => analysePiece(t) };
const same = (a: Analysis, b: Analysis): void => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

/** The demo corpus's articles, one after another in one file of each language, front matter first. */
function demoFile(lang: "en" | "de"): ExtractInput {
  const files = readdirSync(join(root, "articles"))
    .filter((f) => f.startsWith(`${lang}-`))
    .sort();
  const texts = files.map((f) => readFileSync(join(root, "articles", f), "utf8"));
  const { article } = articleFromText(
    `all-${lang}.md`,
    texts[0]! +
      "\n" +
      texts
        .slice(1)
        .map((t) => t.replace(/^---[\s\S]*?---\n/u, ""))
        .join("\n\n"),
  );
  return {
    path: article.path,
    text: article.text,
    lang: article.lang,
    date: article.date,
    bodyStart: article.bodyStart,
  };
}

function generatedFile(lang: "en" | "de", count: number): ExtractInput {
  const bodies: string[] = [];
  for (const a of generateArticles(count, 11))
    if (a.name.endsWith(`-${lang}.md`)) bodies.push(a.text.replace(/^---[\s\S]*?---\n/u, ""));
  return { path: `generated-${lang}.md`, text: bodies.join("\n\n"), lang };
}

describe("a large file cut into pieces", () => {
  it("cuts at paragraph boundaries, every piece but the last ending where a paragraph starts", () => {
    const text = ["One.", "", "Two two.", "", "", "Three.", "Four.", "", "Five."].join("\n");
    const pieces = piecesOf(text, 10, 1);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual([
      "One.\n\nTwo two.\n\n\n",
      "Three.\nFour.\n\n",
      "Five.",
    ]);
    // Each piece's context takes in one line with words on either side.
    expect(pieces.map((p) => text.slice(p.contextStart, p.contextEnd))).toEqual([
      "One.\n\nTwo two.\n\n\nThree.\n",
      "Two two.\n\n\nThree.\nFour.\n\nFive.",
      "Four.\n\nFive.",
    ]);
    expect(pieces.map((p) => p.breaksBeforeStart)).toEqual([0, 5, 8]);
  });

  it("cuts at a line break where no paragraph ends, and leaves a text of one line whole", () => {
    const lines = Array.from({ length: 40 }, (_, k) => `Line ${k} has 3 words.`).join("\r\n");
    const pieces = piecesOf(lines, 100);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces.slice(1)) expect(lines.slice(p.start - 2, p.start)).toBe("\r\n");
    expect(piecesOf("x ".repeat(5000), 100)).toHaveLength(1);
  });

  for (const lang of ["en", "de"] as const) {
    it(`gives the claims and names of the whole file: the demo corpus as one file (${lang})`, async () => {
      const input = demoFile(lang);
      for (const pieceChars of [300, 1000, 4000])
        same(await analysePieces(input, inThread, pieceChars), analyse(input));
    });

    it(`gives the claims and names of the whole file: generated news (${lang})`, async () => {
      const input = generatedFile(lang, 300);
      expect(input.text.length).toBeGreaterThan(150_000);
      const whole = analyse(input);
      expect(whole.claims.length).toBeGreaterThan(500);
      same(await analysePieces(input, inThread, 20_000), whole);
    });
  }

  it("widens a one-word name to the full name given in an earlier piece, and only when it is the only one", async () => {
    const filler = (k: number): string => `Nothing happened in paragraph ${k} of this report.`;
    const text = [
      "Ivan Petrov left the town at dawn.",
      ...Array.from({ length: 12 }, (_, k) => filler(k)),
      "Petrov (42) said the road was closed.",
      ...Array.from({ length: 12 }, (_, k) => filler(k + 20)),
      "Anna Petrova and Anna Sidorova waited.",
      ...Array.from({ length: 12 }, (_, k) => filler(k + 40)),
      "Anna (35) stayed in the car.",
    ].join("\n\n");
    const input: ExtractInput = { path: "w.md", text, lang: "en" };
    const whole = analyse(input);
    expect(whole.claims.filter((c) => c.kind === "age").map((c) => c.entity)).toEqual(["Ivan Petrov", "Anna"]);
    // Pieces whose one-word name would widen otherwise with the file's other names are analysed again.
    let runs = 0;
    const split = await analysePieces(
      input,
      {
        analyse: async (t) => {
          runs++;
          return analysePiece(t);
        },
      },
      200,
    );
    const pieces = piecesOf(text, 200).length;
    expect(pieces).toBeGreaterThan(5);
    expect(runs).toBeGreaterThan(pieces);
    expect(runs).toBeLessThan(2 * pieces);
    same(split, whole);
  });

  // Found by the property below with a random seed (FC_SEED=489486636): German keeps, of a run of
  // three capitalised words ("Manche Reisende More"), the two whose last is a surname the article
  // gives elsewhere; given only beyond the piece's context, the piece is read again with it.
  it("gives a definite age the same name whole and in pieces where a German run of three names is cut by a surname given far after", async () => {
    const paras = [
      "Manche Reisende More than",
      "Der 28-Jährige",
      "10",
      "0",
      "More than",
      "0",
      "More than",
      "Manche Reisende",
    ];
    const input: ExtractInput = { path: "r.md", text: paras.join("\n\n"), lang: "de" };
    const whole = analyse(input);
    expect(whole.claims.filter((c) => c.kind === "age").map((c) => c.entity)).toEqual(["Manche Reisende"]);
    same(await analysePieces(input, inThread, 20), whole);
  });

  it("gives the claims and names of the whole file on random text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(paragraphs, { minLength: 2, maxLength: 30 }),
        fc.constantFrom("en", "de"),
        fc.integer({ min: 20, max: 400 }),
        async (paras, lang, pieceChars) => {
          const input: ExtractInput = { path: "r.md", text: paras.join("\n\n"), lang };
          same(await analysePieces(input, inThread, pieceChars), analyse(input));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a stream of files", () => {
  it("hands on every file's analysis in input order (in this thread when run from sources)", async () => {
    const inputs = [demoFile("en"), demoFile("de"), generatedFile("en", 40)];
    const got: string[] = [];
    await analyseInOrder(inputs, (input, a) => void got.push(input.path + JSON.stringify(a)));
    expect(got).toEqual(inputs.map((i) => i.path + JSON.stringify(analyse(i))));
  });
});

describe("text with runs of megabytes", () => {
  it("extracts the figures around a 12 MB run of letters or of spaces (the lexer's expressions ran out of stack on them)", () => {
    for (const run of ["a".repeat(12_000_000), " ".repeat(12_000_000), "7".repeat(12_000_000)]) {
      const text = `Hello. ${run} 300 men left.\nAbout 40 people stayed.\n`;
      const claims = analyse({ path: "run.md", text, lang: "en" }).claims.map((c) =>
        `${c.text} ${c.noun ?? ""}`.trim(),
      );
      expect(claims.slice(-2)).toEqual(["300 men", "About 40 people"]);
    }
  });
});

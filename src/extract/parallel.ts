// Extraction across all cores: batches of articles go to a piscina worker pool (a well-kept
// pool, rather than a hand-made one), and a large file is cut into pieces at paragraph
// boundaries that workers analyse side by side. Small corpora, and runs from TypeScript sources
// (tests), stay in this thread, where starting workers would cost more than it saves.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Piscina } from "piscina";
import {
  analyse,
  type ExtractInput,
  type NameMention,
  type NameSpan,
  type PieceAnalysis,
  type PieceInput,
} from "./extract.js";
import { getLexicon } from "../language/lexicon.js";
import type { Claim } from "../model/claim.js";
import type { PieceTask } from "./worker.js";

export const MIN_ARTICLES_FOR_WORKERS = 64;
const BATCH_BYTES = 256 * 1024;
/** A file longer than this (in characters) is cut into pieces for the workers. */
export const SPLIT_CHARS = 1024 * 1024;
/** The size a piece aims at: it ends at the first paragraph boundary after it. */
export const PIECE_CHARS = 512 * 1024;
/**
 * Lines of text on either side of a piece that its worker reads too (and keeps nothing from):
 * what a figure looks at around it (the two sentences before, for whose age it is; the tokens
 * next to it) lies within them, since no sentence runs across a line break.
 */
export const CONTEXT_LINES = 4;
/** `extract` starts workers only for more text than this. */
export const MIN_CHARS_FOR_WORKERS = 1024 * 1024;

/**
 * Extraction makes many short-lived objects (a token per word, a parser state per step): with
 * V8's default young generation a fifth of its time went to scavenges. A larger young
 * generation per worker cut that (the measurement is in bench/README.md).
 */
export const EXTRACTION_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 96 };

export type Analysis = { claims: Claim[]; names: NameMention[] };

const workerFile = (): string | null => {
  const file = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(file) ? file : null;
};

/** Analyses every input, in worker threads when it pays; results in input order. */
export async function analyseAll(
  inputs: ExtractInput[],
  onProgress?: (done: number) => void,
  threads = availableParallelism(),
): Promise<Analysis[]> {
  const file = workerFile();
  if (!file || inputs.length < MIN_ARTICLES_FOR_WORKERS || threads < 2) {
    return inputs.map((input, i) => {
      const a = analyse(input);
      onProgress?.(i + 1);
      return a;
    });
  }
  const pool = await newPool(file, threads);
  try {
    const batches: ExtractInput[][] = [];
    let current: ExtractInput[] = [];
    let bytes = 0;
    for (const input of inputs) {
      current.push(input);
      bytes += input.text.length;
      if (bytes >= BATCH_BYTES) {
        batches.push(current);
        current = [];
        bytes = 0;
      }
    }
    if (current.length) batches.push(current);
    let done = 0;
    const results = await Promise.all(
      batches.map(async (b) => {
        const r = (await pool.run(b)) as Analysis[];
        done += b.length;
        onProgress?.(done);
        return r;
      }),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

/** A pool of `threads` workers; piscina is loaded only by runs that start one. */
async function newPool(file: string, threads: number): Promise<Piscina> {
  const { Piscina } = await import("piscina");
  return new Piscina({
    filename: file,
    maxThreads: threads,
    minThreads: threads,
    resourceLimits: EXTRACTION_RESOURCE_LIMITS,
  });
}

// ------------------------------------------------------------------ pieces of a large file

/** A piece of a file: [start, end) is analysed, [contextStart, contextEnd) read. */
export interface Piece {
  start: number;
  end: number;
  contextStart: number;
  contextEnd: number;
  /** Line breaks before start and before contextStart, as the lexer counts them. */
  breaksBeforeStart: number;
  breaksBeforeContext: number;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/gu;

/**
 * Cuts a text into pieces of about `pieceChars`, each ending at a paragraph boundary (the start
 * of a line after a blank line), or at a line break where no paragraph ends; a text of one line
 * stays whole. Every cut is at the start of a line, where no sentence, name or phrase runs across.
 */
export function piecesOf(text: string, pieceChars = PIECE_CHARS, contextLines = CONTEXT_LINES): Piece[] {
  // lineStarts[k] is where line k + 1 starts: lineStarts[0] = 0, then after each break.
  const lineStarts = [0];
  for (const m of text.matchAll(LINE_BREAK)) lineStarts.push(m.index + m[0].length);
  const blank = (k: number): boolean => {
    const end = k + 1 < lineStarts.length ? lineStarts[k + 1]! : text.length;
    return text.slice(lineStarts[k]!, end).trim() === "";
  };
  // The cuts, as line numbers (0-based) where a piece starts.
  const cuts = [0];
  let k = 0;
  while (k < lineStarts.length) {
    let target = k;
    while (target < lineStarts.length && lineStarts[target]! < lineStarts[cuts[cuts.length - 1]!]! + pieceChars)
      target++;
    if (target >= lineStarts.length) break;
    let cut = target;
    while (
      cut < lineStarts.length &&
      lineStarts[cut]! - lineStarts[target]! <= pieceChars &&
      !(blank(cut - 1) && !blank(cut))
    )
      cut++;
    if (cut >= lineStarts.length || lineStarts[cut]! - lineStarts[target]! > pieceChars) cut = target; // no paragraph near: a line
    if (text.length - lineStarts[cut]! < pieceChars / 4) break; // the rest is too little to be a piece
    cuts.push(cut);
    k = cut + 1;
  }
  const back = (line: number): number => {
    let seen = 0;
    let j = line;
    while (j > 0 && seen < contextLines) if (!blank(--j)) seen++;
    return j;
  };
  const ahead = (line: number): number => {
    let seen = 0;
    let j = line;
    while (j < lineStarts.length && seen < contextLines) if (!blank(j++)) seen++;
    return j;
  };
  return cuts.map((line, i) => {
    const endLine = i + 1 < cuts.length ? cuts[i + 1]! : lineStarts.length;
    const contextLine = back(line);
    const contextEndLine = ahead(endLine);
    return {
      start: lineStarts[line]!,
      end: endLine < lineStarts.length ? lineStarts[endLine]! : text.length,
      contextStart: lineStarts[contextLine]!,
      contextEnd: contextEndLine < lineStarts.length ? lineStarts[contextEndLine]! : text.length,
      breaksBeforeStart: line,
      breaksBeforeContext: contextLine,
    };
  });
}

/** The words of the full names `keep` keeps, each full name once, in order of first mention. */
function distinctNames(spans: readonly NameSpan[], keep: (s: NameSpan) => boolean): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const s of spans) {
    if (!keep(s)) continue;
    const key = s.words.join(" ");
    if (!seen.has(key)) {
      seen.add(key);
      out.push(s.words);
    }
  }
  return out;
}

/** What runs a piece task: a pool of workers, or this thread (tests, one core). */
export interface PieceRunner {
  analyse(task: PieceTask): Promise<PieceAnalysis>;
}

/**
 * What a one-word name widens to among `runs` (as frame.ts's widen decides): the one full name
 * before `at` that holds it, else nothing where a lone capital is a noun unless some full name
 * holds it (German), else the word itself.
 */
function widenedAmong(runs: readonly NameSpan[], word: string, at: number, capitalisedNouns: boolean): string {
  let only: string | null = null;
  let many = false;
  let any = false;
  for (const r of runs) {
    if (!r.words.includes(word)) continue;
    any = true;
    if (r.end > at) continue;
    const full = r.words.join(" ");
    if (only === null) only = full;
    else if (only !== full) many = true;
  }
  if (only !== null && !many) return `=${only}`;
  return capitalisedNouns && !any ? "null" : "word";
}

/**
 * Analyses a large file in pieces, with the same claims and names as analysing it whole. Each
 * piece is read with lines of context around it and keeps what starts in it; it sees only the
 * full names in what it reads. Where a one-word name in it would widen to another full name
 * given the file's names outside (a "Petrov (42)" whose "Ivan Petrov" is in an earlier piece),
 * the piece is analysed again with those names; only one-word names of ages are widened, so
 * that is rare.
 */
export async function analysePieces(
  input: ExtractInput,
  run: PieceRunner,
  pieceChars = PIECE_CHARS,
): Promise<Analysis> {
  // Front matter is blanked here once, as analyse blanks it, so that the pieces' lines are those it counts.
  const bodyStart = input.bodyStart ?? 0;
  const text =
    bodyStart > 0 ? input.text.slice(0, bodyStart).replace(/[^\r\n]/gu, " ") + input.text.slice(bodyStart) : input.text;
  const pieces = piecesOf(text, pieceChars);
  const task = (p: Piece, outside?: Pick<PieceInput, "namesBefore" | "namesAfter" | "surnames">): PieceTask => ({
    path: input.path,
    lang: input.lang,
    date: input.date ?? null,
    slice: text.slice(p.contextStart, p.contextEnd),
    sliceStart: p.contextStart,
    breaks: p.breaksBeforeContext,
    piece: {
      start: p.start,
      end: p.end,
      namesBefore: outside?.namesBefore ?? [],
      namesAfter: outside?.namesAfter ?? [],
      surnames: outside?.surnames ?? [],
    },
  });
  const parts = await Promise.all(pieces.map((p) => run.analyse(task(p))));
  const names = parts.flatMap((a) => a.spans);
  const capitalisedNouns = getLexicon(input.lang).capitalisedNouns;
  const surnames = new Map<string, number[]>();
  for (const a of parts)
    for (const s of a.surnames) (surnames.get(s.key) ?? surnames.set(s.key, []).get(s.key)!).push(s.at);
  await Promise.all(
    pieces.map(async (p, i) => {
      const seen = names.filter((n) => n.start >= p.contextStart && n.end <= p.contextEnd);
      // German long runs keep the two words whose last is a surname the article gives elsewhere:
      // one given only outside the piece's text changes them.
      const inside = (at: number): boolean => at >= p.contextStart && at < p.contextEnd;
      const onlyOutside = (k: string): boolean => !(surnames.get(k) ?? [p.contextStart]).some(inside);
      const outside = [...new Set(parts[i]!.longRuns.flatMap((r) => r.keys).filter(onlyOutside))];
      const differs =
        outside.length > 0 ||
        parts[i]!.widened.some(
          (q) =>
            widenedAmong(seen, q.word, q.at, capitalisedNouns) !== widenedAmong(names, q.word, q.at, capitalisedNouns),
        );
      if (!differs) return;
      parts[i] = await run.analyse(
        task(p, {
          namesBefore: distinctNames(names, (n) => n.end <= p.contextStart),
          namesAfter: distinctNames(names, (n) => n.start >= p.contextEnd),
          surnames: outside,
        }),
      );
    }),
  );
  return { claims: parts.flatMap((a) => a.claims), names: parts.flatMap((a) => a.names) };
}

// ------------------------------------------------------------------ a stream of files, in order

export interface StreamOptions {
  threads?: number;
  /** Files longer than this are cut into pieces (with workers only). */
  splitChars?: number;
  pieceChars?: number;
  /** Batches and pieces in flight at once, per thread: bounds the memory a run holds. */
  windowPerThread?: number;
  /** Less text than this (in characters, all inputs) is analysed in this thread. */
  minCharsForWorkers?: number;
}

/**
 * Analyses inputs as they come and hands each result to `emit` in input order, as soon as it
 * and every one before it are done, so that output can stream: at most a few batches per
 * thread are held at once, however many files there are. With two or more threads and the
 * built worker, batches of files go to the pool and a large file is cut into pieces; otherwise
 * everything runs in this thread. Either way the results are the same.
 */
/**
 * The inputs, when all of them hold less than `minChars` of text (`all`); else all of them again,
 * the first few read ahead to tell (`rest`).
 */
function smallRun(
  inputs: Iterable<ExtractInput>,
  minChars: number,
): { all: ExtractInput[]; rest?: never } | { all?: never; rest: Iterable<ExtractInput> } {
  const iterator = inputs[Symbol.iterator]();
  const held: ExtractInput[] = [];
  let heldChars = 0;
  while (heldChars < minChars) {
    const next = iterator.next();
    if (next.done) return { all: held };
    held.push(next.value);
    heldChars += next.value.text.length;
  }
  return {
    rest: (function* () {
      yield* held;
      for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
    })(),
  };
}

export async function analyseInOrder(
  inputs: Iterable<ExtractInput>,
  emit: (input: ExtractInput, analysis: Analysis) => void | Promise<void>,
  o: StreamOptions = {},
): Promise<void> {
  const threads = o.threads ?? availableParallelism();
  const file = workerFile();
  if (!file || threads < 2) {
    for (const input of inputs) await emit(input, analyse(input));
    return;
  }
  // Workers pay for loading the grammar and warming up (about a second of CPU each): a run of
  // less text than that is done here.
  const small = smallRun(inputs, o.minCharsForWorkers ?? MIN_CHARS_FOR_WORKERS);
  if (small.all) {
    for (const input of small.all) await emit(input, analyse(input));
    return;
  }
  inputs = small.rest;
  const pool = await newPool(file, threads);
  const runner: PieceRunner = { analyse: (t) => pool.run(t, { name: "analysePiece" }) as Promise<PieceAnalysis> };
  const window = threads * (o.windowPerThread ?? 3);
  const pending: Array<{ inputs: ExtractInput[]; result: Promise<Analysis[]> }> = [];
  const flushOne = async (): Promise<void> => {
    const job = pending.shift()!;
    const results = await job.result;
    for (let i = 0; i < job.inputs.length; i++) await emit(job.inputs[i]!, results[i]!);
  };
  try {
    let batch: ExtractInput[] = [];
    let bytes = 0;
    const send = async (job: { inputs: ExtractInput[]; result: Promise<Analysis[]> }): Promise<void> => {
      // A failed job must not go unhandled while older ones are awaited; it throws when its turn comes.
      job.result.catch(() => undefined);
      pending.push(job);
      while (pending.length > window) await flushOne();
    };
    const sendBatch = async (): Promise<void> => {
      if (batch.length === 0) return;
      const b = batch;
      batch = [];
      bytes = 0;
      await send({ inputs: b, result: pool.run(b) as Promise<Analysis[]> });
    };
    for (const input of inputs) {
      if (input.text.length > (o.splitChars ?? SPLIT_CHARS)) {
        await sendBatch();
        await send({ inputs: [input], result: analysePieces(input, runner, o.pieceChars).then((a) => [a]) });
        continue;
      }
      batch.push(input);
      bytes += input.text.length;
      if (bytes >= BATCH_BYTES) await sendBatch();
    }
    await sendBatch();
    while (pending.length > 0) await flushOne();
  } finally {
    await pool.destroy();
  }
}

// `crosscheck check [PATH…]`: read the articles, extract, load claims/, run the rules, write
// the reports, print a linter-style summary, and exit 0 (clean), 1 (findings at --fail-on) or
// 2 (usage or input errors, after checking everything else).
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Article, InputError } from "../corpus/article.js";
import { readArticle } from "../corpus/article.js";
import { expandPaths } from "../corpus/files.js";
import type { NameMention } from "../extract/extract.js";
import { analyseAll, type Analysis } from "../extract/parallel.js";
import type { Claim } from "../claims/claim.js";
import { ArticleIndex, ExtractCache, ReportManifest } from "../claims/cache.js";
import { loadClaims } from "../claims/load.js";
import { applyCorrections } from "../claims/corrections.js";
import { ClaimStore } from "../claims/store.js";
import { DEFAULT_CLUSTER_OPTIONS, findClusters } from "../rules/clusters.js";
import { DEFAULT_CONFIG_FILE, loadConfig } from "../rules/config.js";
import { runRules, SEVERITY_ORDER } from "../rules/engine.js";
import type { Severity } from "../rules/types.js";
import type { CheckResult } from "../report/result.js";
import { writeJsonReport } from "../report/json.js";
import { writeMarkdownReport } from "../report/markdown.js";
import { writeSarifReport } from "../report/sarif.js";
import { FolderSink, inside } from "../report/sink.js";
import { planQuotes, type QuotePlan } from "../report/quote.js";
import { formatFinding, formatInputError, summaryLine } from "../report/terminal.js";
import { createProgress } from "./progress.js";

export const FORMATS = ["markdown", "json", "sarif"] as const;
/** Articles read and extracted at a time (each chunk starts its own worker pool). */
const READ_CHUNK = 20_000;
const REPORT_ORDER = ["index.md", "findings.md", "findings.json", "crosscheck.sarif"];
export type Format = (typeof FORMATS)[number];

export interface CheckOptions {
  paths: string[];
  claims: string;
  out: string;
  config?: string;
  formats: Format[];
  failOn: Severity | "never";
  quiet: boolean;
  cache: boolean;
  /** Worker threads for extraction (default: all cores). */
  threads?: number;
  /** Cache folder (default .crosscheck-cache). */
  cacheDir?: string;
  /** Articles read and extracted at a time (default READ_CHUNK). */
  chunk?: number;
  /** Where progress and the summary go. */
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface StageTimes {
  read: number;
  extract: number;
  claims: number;
  rules: number;
  reports: number;
}

export interface CheckRun {
  result: CheckResult;
  exitCode: number;
  times: StageTimes;
}

/** Extracts every article, from the cache where it can, the rest across all cores. */
export async function extractAll(articles: readonly Article[], cache: ExtractCache | null, onProgress?: (n: number) => void, threads?: number): Promise<{ claims: Claim[]; names: NameMention[] }> {
  const keys = articles.map((a) => ({ path: a.path, hash: a.hash, lang: a.lang, date: a.date }));
  const got: Array<Analysis | undefined> = keys.map((k) => cache?.getAnalysis(k));
  const missing = articles.flatMap((a, i) => (got[i] ? [] : [i]));
  const hits = articles.length - missing.length;
  const fresh = await analyseAll(
    missing.map((i) => ({ path: articles[i]!.path, text: articles[i]!.text, lang: articles[i]!.lang, date: articles[i]!.date, bodyStart: articles[i]!.bodyStart })),
    (n) => onProgress?.(hits + n),
    threads,
  );
  missing.forEach((i, k) => {
    got[i] = fresh[k]!;
    cache?.setAnalysis(keys[i]!, fresh[k]!);
  });
  const claims: Claim[] = [];
  const names: NameMention[] = [];
  // Claims come from worker threads or cache files, each with its own copy of every string: the
  // article's path and a sentence stating several figures are stored once (a sixth of the claims'
  // memory at 10,000 articles).
  got.forEach((g, i) => {
    const path = articles[i]!.path;
    const sentences = new Map<string, string>();
    for (const c of g!.claims) {
      if (c.article === path) c.article = path;
      if (c.sentence !== null) {
        const s = sentences.get(c.sentence);
        if (s === undefined) sentences.set(c.sentence, c.sentence);
        else c.sentence = s;
      }
      claims.push(c);
    }
    for (const n of g!.names) {
      if (n.article === path) n.article = path;
      names.push(n);
    }
    got[i] = undefined;
  });
  return { claims, names };
}

/**
 * Writes every report into a fresh folder as it is made, then swaps the folder in: a failure
 * leaves the old reports whole. Returns the error message when the reports could not be written.
 */
function writeReports(out: string, write: (sink: FolderSink) => void, manifest: ReportManifest | null): string | null {
  const target = resolve(out);
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    // Files that come out the same as in the previous reports are linked, not written again.
    const sink = new FolderSink(tmp, existsSync(target) ? target : null, manifest?.load());
    write(sink);
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    manifest?.save(sink.manifest);
    rmSync(old, { recursive: true, force: true });
    return null;
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    // A reporter's own bug is a bug, not a folder that cannot be written.
    if ((e as NodeJS.ErrnoException).code === undefined && !(e as Error).message.startsWith("refusing to write")) throw e;
    return (e as Error).message;
  }
}

export async function runCheck(o: CheckOptions): Promise<CheckRun> {
  const t0 = performance.now();
  const progress = createProgress(o.stderr, o.quiet);
  const inputErrors: InputError[] = [];

  for (const p of [...o.paths, o.claims]) {
    if (inside(o.out, p) || inside(p, o.out)) {
      const msg = `the output folder ${o.out} overlaps the input ${p}; crosscheck never writes into articles or claims`;
      o.stderr.write(`crosscheck: ${msg}\n`);
      progress.stop();
      return { result: emptyResult([{ file: o.out, line: 0, column: 0, message: msg }]), exitCode: 2, times: { read: 0, extract: 0, claims: 0, rules: 0, reports: 0 } };
    }
  }

  progress.start("Reading articles");
  const { files, errors } = expandPaths(o.paths);
  inputErrors.push(...errors);
  const cacheDir = o.cacheDir ?? ".crosscheck-cache";
  // Front matter and language of a text read before, and its wording's signature, come from one file.
  const index = o.cache ? new ArticleIndex(cacheDir) : null;
  const cache = o.cache ? new ExtractCache(cacheDir) : null;
  // Articles are read and extracted a chunk at a time, and each chunk's texts are let go once its
  // claims are out and its quotes planned: at 100,000 articles the texts alone are ~1 GB in memory.
  const articles: Article[] = [];
  const extracted: { claims: Claim[]; names: NameMention[] } = { claims: [], names: [] };
  // What the reports quote, by claim id (a hand correction makes a new claim with the same id).
  const quotes = new Map<string, QuotePlan>();
  let readMs = 0;
  let extractMs = 0;
  const chunkSize = Math.max(1, o.chunk ?? READ_CHUNK);
  // A corpus of one chunk keeps its texts until copies are found (no article is read twice).
  const multiChunk = files.length > chunkSize;
  for (let from = 0; from < files.length; from += chunkSize) {
    const tr = performance.now();
    const chunk: Article[] = [];
    for (const f of files.slice(from, from + chunkSize)) {
      const r = readArticle(f, undefined, index ?? undefined);
      inputErrors.push(...r.errors);
      if (r.article) chunk.push(r.article);
      progress.update(`Reading articles: ${articles.length + chunk.length} of ${files.length}`);
    }
    const te = performance.now();
    readMs += te - tr;
    const done = articles.length;
    const got = await extractAll(chunk, cache, (n) => progress.update(`Extracting claims: ${done + n} of ${files.length} articles`), o.threads);
    planQuotes(new Map(chunk.map((a) => [a.path, a])), got.claims, quotes);
    for (const a of chunk) {
      if (multiChunk) a.text = "";
      articles.push(a);
    }
    for (const c of got.claims) extracted.claims.push(c);
    for (const n of got.names) extracted.names.push(n);
    extractMs += performance.now() - te;
  }
  progress.update(`Extracted ${extracted.claims.length} claims from ${articles.length} articles`);
  const t2 = performance.now();

  const loaded = existsSync(o.claims) ? loadClaims([o.claims]) : { claims: [], corrections: [], errors: [], files: [] };
  inputErrors.push(...loaded.errors);
  const corrected = applyCorrections(extracted.claims, loaded.corrections);
  inputErrors.push(...corrected.errors);
  const allClaims = [...corrected.claims, ...loaded.claims];
  const configFile = o.config ?? DEFAULT_CONFIG_FILE;
  const { config, errors: configErrors } = loadConfig(configFile, o.config !== undefined);
  inputErrors.push(...configErrors);
  const t3 = performance.now();

  const byPath = new Map(articles.map((a) => [a.path, a]));
  const store = new ClaimStore(allClaims, extracted.names);
  progress.update("Finding copies and translations");
  // When the texts are gone, a candidate copy whose wording's signature is not in the index is read again.
  const textOf = multiChunk ? (a: Article): string => readArticle(a.path).article?.text ?? "" : (a: Article): string => a.text;
  const clusters = findClusters(articles, store, extracted.names, DEFAULT_CLUSTER_OPTIONS, index ?? undefined, textOf);
  index?.save();
  for (const a of articles) a.text = "";
  const findings = runRules({ store, articles: byPath, clusters, config, onRule: (id) => progress.update(`Running rule ${id}`) });
  const t4 = performance.now();

  const result: CheckResult = {
    articles, claims: allClaims, names: extracted.names, findings, clusters: clusters.clusters, clusterPairs: clusters.pairs,
    inputErrors, claimFiles: loaded.files.map((f) => ({ ...f, source: f.source?.name ?? null })),
  };
  progress.update("Writing reports");
  const written = new Set<string>();
  const writeError = writeReports(o.out, (sink) => {
    if (o.formats.includes("markdown")) writeMarkdownReport(result, { reportDir: o.out, quotes }, sink);
    if (o.formats.includes("json")) {
      const w = sink.open("findings.json");
      writeJsonReport(result, w);
      w.close();
    }
    if (o.formats.includes("sarif")) {
      const w = sink.open("crosscheck.sarif");
      writeSarifReport(result, { reportDir: o.out }, w);
      w.close();
    }
    for (const n of sink.names) written.add(n);
  }, o.cache ? new ReportManifest(cacheDir, resolve(o.out)) : null);
  const t5 = performance.now();
  progress.stop();

  for (const e of inputErrors) o.stdout.write(formatInputError(e) + "\n");
  for (const f of findings) o.stdout.write(formatFinding(f) + "\n");
  o.stdout.write(`\n${summaryLine(findings, inputErrors.length)}\n`);
  if (!o.quiet) {
    o.stdout.write(writeError ? `Could not write the reports: ${writeError}\n` : `Reports: ${REPORT_ORDER.filter((k) => written.has(k)).map((k) => join(o.out, k)).join(", ")}\n`);
  }
  const failing = o.failOn !== "never" && findings.some((f) => !f.accepted && SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[o.failOn as Severity]);
  const exitCode = inputErrors.length > 0 || writeError ? 2 : failing ? 1 : 0;
  return { result, exitCode, times: { read: readMs, extract: extractMs, claims: t3 - t2, rules: t4 - t3, reports: t5 - t4 } };
}

function emptyResult(inputErrors: InputError[]): CheckResult {
  return { articles: [], claims: [], names: [], findings: [], clusters: [], clusterPairs: [], inputErrors, claimFiles: [] };
}

// `crosscheck check [PATH…]`: read the articles, extract, load claims/, run the rules, write
// the reports, print a linter-style summary, and exit 0 (clean), 1 (findings at --fail-on) or
// 2 (usage or input errors, after checking everything else).
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Article, InputError } from "../corpus/article.js";
import { readArticle } from "../corpus/article.js";
import { expandPaths, type Expanded } from "../corpus/files.js";
import type { NameMention } from "../extract/extract.js";
import { analyseAll, type Analysis } from "../extract/parallel.js";
import type { Claim } from "../claims/claim.js";
import { ArticleIndex, ExtractCache, ReportManifest } from "../claims/cache.js";
import { CLAIMS_EXTENSIONS, loadClaims } from "../claims/load.js";
import { applyCorrections } from "../claims/corrections.js";
import { ClaimStore } from "../claims/store.js";
import { findClusters } from "../rules/clusters.js";
import { clusterOptionsOf } from "../rules/rules/duplicate-article.js";
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
import { FORMATS, type Format } from "./formats.js";
export { FORMATS, type Format };

/**
 * The file that marks a folder as crosscheck's reports folder: check replaces a folder that has
 * it (or an empty one), and refuses any other, so that `--out` pointed at someone's work wipes nothing.
 */
export const REPORTS_MARKER = ".crosscheck-reports";
const MARKER_TEXT = "This folder holds the reports of `crosscheck check`. Every run replaces the whole folder:\nkeep nothing else in it.\n";

/** Articles read and extracted at a time (each chunk starts its own worker pool). */
const READ_CHUNK = 20_000;
const REPORT_ORDER = ["index.md", "findings.md", "findings.json", "crosscheck.sarif"];

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
 * The real path of `p` (symbolic links resolved); for a path that does not exist yet, the real
 * path of its nearest existing parent with the rest of `p` after it.
 */
export function realPath(p: string): string {
  let head = resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...rest);
    } catch {
      const up = dirname(head);
      if (up === head) return resolve(p);
      rest.unshift(head.slice(up.length).replace(/^[\\/]+/, ""));
      head = up;
    }
  }
}

/** Why the reports may not replace `out`, or null when they may (it is new, empty, or a reports folder). */
export function outFolderProblem(out: string): string | null {
  let st;
  try {
    st = statSync(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    return `cannot use ${out} as the output folder: ${(e as Error).message}`;
  }
  if (!st.isDirectory()) return `the output folder ${out} is a file, not a folder; choose another --out`;
  if (lstatSync(join(out, REPORTS_MARKER), { throwIfNoEntry: false })?.isFile()) return null;
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch (e) {
    return `cannot use ${out} as the output folder: ${(e as Error).message}`;
  }
  if (entries.length === 0) return null;
  return `refusing to replace ${out}: it is not empty and not a crosscheck reports folder (it has no ${REPORTS_MARKER} file); choose a new or empty folder with --out, or remove ${out} yourself`;
}

/**
 * The input `out` overlaps, compared by real paths: an input as given, or a folder walked or a
 * file listed below one (a link inside the articles folder leads to an input too); or null.
 */
function overlappingInput(out: string, inputs: ReadonlyArray<{ paths: readonly string[]; walked: Expanded["real"] }>): string | null {
  const o = realPath(out);
  for (const { paths, walked } of inputs) {
    for (const p of paths) {
      const r = realPath(p);
      if (inside(o, r) || inside(r, o)) return p;
    }
    if (walked.folders.some((f) => inside(o, f)) || walked.files.some((f) => inside(f, o))) return paths.join(", ");
  }
  return null;
}

/**
 * Writes every report into a fresh folder as it is made, then swaps the folder in: a failure
 * leaves the old reports whole. Returns the error message when the reports could not be written.
 */
function writeReports(out: string, write: (sink: FolderSink) => void, manifest: ReportManifest | null): string | null {
  // Through a link to the folder, the folder is replaced, not the link.
  const target = realPath(out);
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, REPORTS_MARKER), MARKER_TEXT);
    // Files that come out the same as in the previous reports are linked, not written again.
    const sink = new FolderSink(tmp, existsSync(target) ? target : null, manifest?.load());
    write(sink);
    const old = `${target}.old-${process.pid}`;
    const problem = outFolderProblem(target);
    if (problem) throw new Error(`refusing to write: ${problem}`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    manifest?.save(sink.manifest);
    rmSync(old, { recursive: true, force: true });
    return null;
  } catch (e) {
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      // the temporary folder could not be made either: nothing to remove
    }
    // A reporter's own bug is a bug, not a folder that cannot be written.
    if ((e as NodeJS.ErrnoException).code === undefined && !(e as Error).message.startsWith("refusing to write")) throw e;
    return (e as Error).message;
  }
}

export async function runCheck(o: CheckOptions): Promise<CheckRun> {
  const t0 = performance.now();
  const progress = createProgress(o.stderr, o.quiet);
  const inputErrors: InputError[] = [];

  const refuse = (msg: string): CheckRun => {
    o.stderr.write(`crosscheck: ${msg}\n`);
    progress.stop();
    return { result: emptyResult([{ file: o.out, line: 0, column: 0, message: msg }]), exitCode: 2, times: { read: 0, extract: 0, claims: 0, rules: 0, reports: 0 } };
  };
  progress.start("Reading articles");
  const { files, errors, real } = expandPaths(o.paths);
  const overlap = overlappingInput(o.out, [{ paths: o.paths, walked: real }, { paths: [o.claims], walked: expandPaths([o.claims], CLAIMS_EXTENSIONS).real }]);
  if (overlap !== null) return refuse(`the output folder ${o.out} overlaps the input ${overlap}; crosscheck never writes into articles or claims`);
  const outProblem = outFolderProblem(o.out);
  if (outProblem) return refuse(outProblem);
  inputErrors.push(...errors);
  let unreadable = errors.length;
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
      else unreadable++;
      progress.update(`Reading articles: ${count(articles.length + chunk.length)} of ${count(files.length)}`);
    }
    const last = from + chunkSize >= files.length;
    const readSoFar = Math.min(files.length, from + chunkSize);
    progress.done(last ? `Read ${plural(articles.length + chunk.length, "article")}${unreadable ? `; ${plural(unreadable, "file")} could not be read` : ""}` : `Read ${count(readSoFar)} of ${count(files.length)} files`);
    const te = performance.now();
    readMs += te - tr;
    const done = articles.length;
    progress.start("Extracting claims");
    const got = await extractAll(chunk, cache, (n) => progress.update(`Extracting claims: ${count(done + n)} of ${count(files.length)} articles`), o.threads);
    planQuotes(new Map(chunk.map((a) => [a.path, a])), got.claims, quotes);
    for (const a of chunk) {
      if (multiChunk) a.text = "";
      articles.push(a);
    }
    for (const c of got.claims) extracted.claims.push(c);
    for (const n of got.names) extracted.names.push(n);
    extractMs += performance.now() - te;
    if (!last) progress.done(`Extracted ${plural(extracted.claims.length, "claim")} from ${plural(articles.length, "article")} so far`);
  }
  if (files.length === 0) progress.done(`Read 0 articles${unreadable ? `; ${plural(unreadable, "file")} could not be read` : ""}`);
  progress.done(`Extracted ${plural(extracted.claims.length, "claim")} from ${plural(articles.length, "article")}`);
  const t2 = performance.now();

  progress.start("Loading hand-added claims");
  const loaded = existsSync(o.claims) ? loadClaims([o.claims]) : { claims: [], corrections: [], errors: [], warnings: [], files: [] };
  inputErrors.push(...loaded.errors);
  const corrected = applyCorrections(extracted.claims, loaded.corrections);
  inputErrors.push(...corrected.errors);
  const allClaims = [...corrected.claims, ...loaded.claims];
  const configFile = o.config ?? DEFAULT_CONFIG_FILE;
  const { config, errors: configErrors } = loadConfig(configFile, o.config !== undefined);
  inputErrors.push(...configErrors);
  progress.done(
    loaded.files.length || existsSync(o.claims)
      ? `Loaded ${plural(loaded.claims.length, "hand-added claim")} and ${plural(loaded.corrections.length, "correction")} from ${plural(loaded.files.length, "file")}`
      : `No hand-added claims (no folder ${o.claims})`,
  );
  const t3 = performance.now();

  const byPath = new Map(articles.map((a) => [a.path, a]));
  const store = new ClaimStore(allClaims, extracted.names);
  progress.start("Finding copies and translations");
  // When the texts are gone, a candidate copy whose wording's signature is not in the index is read again.
  const textOf = multiChunk ? (a: Article): string => readArticle(a.path).article?.text ?? "" : (a: Article): string => a.text;
  const clusters = findClusters(articles, store, extracted.names, clusterOptionsOf(config), index ?? undefined, textOf);
  index?.save();
  for (const a of articles) a.text = "";
  progress.done(`Found ${plural(clusters.clusters.length, "group")} of copies and translations`);
  let rulesRun = 0;
  const findings = runRules({ store, articles: byPath, clusters, config, onRule: (id) => (rulesRun++, progress.update(`Running rule ${id}`)) });
  progress.done(`Ran ${plural(rulesRun, "rule")}: ${plural(findings.length, "finding")}`);
  // An accepted fingerprint no finding has: the finding was fixed, or changed and is no longer accepted.
  const fingerprints = new Set(findings.map((f) => f.fingerprint));
  const staleAccepts: InputError[] = [...config.accept.keys()].filter((fp) => !fingerprints.has(fp)).map((fp) => ({
    file: config.file ?? configFile, line: 0, column: 0,
    message: `accepted fingerprint ${fp} matches no finding of this run (fixed, or changed so that it has a new fingerprint); remove it from accept:`,
  }));
  const t4 = performance.now();

  const result: CheckResult = {
    articles, claims: allClaims, names: extracted.names, findings, clusters: clusters.clusters, clusterPairs: clusters.pairs,
    inputErrors, claimFiles: loaded.files.map((f) => ({ ...f, source: f.source?.name ?? null })),
  };
  progress.start("Writing reports");
  const written = new Set<string>();
  const writeError = writeReports(o.out, (sink) => {
    if (o.formats.includes("markdown")) writeMarkdownReport(result, { reportDir: o.out, quotes }, sink);
    if (o.formats.includes("json")) {
      const w = sink.open("findings.json");
      writeJsonReport(result, w, quotes);
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
  progress.done(writeError ? "Could not write the reports" : `Wrote reports to ${o.out.replace(/[\\/]+$/, "")}/`);
  progress.stop();

  for (const e of inputErrors) o.stdout.write(formatInputError(e) + "\n");
  // What looks wrong in a claims file but does not stop its claims loading; the exit code is not changed.
  for (const w of [...loaded.warnings, ...staleAccepts]) o.stdout.write(formatWarning(w) + "\n");
  for (const f of findings) o.stdout.write(formatFinding(f) + "\n");
  o.stdout.write(`\n${summaryLine(findings, inputErrors.length)}\n`);
  if (!o.quiet) {
    o.stdout.write(writeError ? `Could not write the reports: ${writeError}\n` : `Reports: ${REPORT_ORDER.filter((k) => written.has(k)).map((k) => join(o.out, k)).join(", ")}\n`);
  }
  const failing = o.failOn !== "never" && findings.some((f) => !f.accepted && SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[o.failOn as Severity]);
  const exitCode = inputErrors.length > 0 || writeError ? 2 : failing ? 1 : 0;
  return { result, exitCode, times: { read: readMs, extract: extractMs, claims: t3 - t2, rules: t4 - t3, reports: t5 - t4 } };
}

const count = (n: number): string => n.toLocaleString("en-US");
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 ? "" : "s"}`;

/** `file:line:column  warning  message`, as input errors are printed but not an error. */
export function formatWarning(w: InputError): string {
  return w.line > 0 ? `${w.file}:${w.line}:${w.column}  warning  ${w.message}` : `${w.file}: warning: ${w.message}`;
}

function emptyResult(inputErrors: InputError[]): CheckResult {
  return { articles: [], claims: [], names: [], findings: [], clusters: [], clusterPairs: [], inputErrors, claimFiles: [] };
}

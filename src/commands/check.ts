// `crosscheck check [PATH…]`: read the articles, extract, load claims/, run the rules, write
// the reports, print a linter-style summary, and exit 0 (clean), 1 (findings at --fail-on) or
// 2 (usage or input errors, after checking everything else).
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Article } from "../corpus/article.js";
import type { InputError } from "../base/diagnostic.js";
import { articleFromText, readArticle } from "../corpus/article.js";
import { decode } from "../base/decode.js";
import { expandPaths, ignoreFilter, REPORTS_MARKER, type Expanded } from "../corpus/files.js";
import type { NameMention } from "../extract/extract.js";
import { analyseAll, type Analysis } from "../extract/parallel.js";
import type { Claim } from "../model/claim.js";
import { ArticleIndex, ExtractCache, fitsText, ReportManifest } from "../claims/cache.js";
import { CLAIMS_EXTENSIONS, loadClaims } from "../claims/load.js";
import { ClaimsCache } from "../claims/claims-cache.js";
import { applyCorrections } from "../claims/corrections.js";
import { ClaimStore } from "../claims/store.js";
import { clusterOptionsOf, findClusters } from "../rules/clusters.js";
import { emptyConfig, findConfigFile, loadConfig } from "../rules/config.js";
import { runRules, SEVERITY_ORDER } from "../rules/engine.js";
import type { Severity } from "../rules/types.js";
import type { CheckResult } from "../report/result.js";
import { jsonReport, writeJsonReport } from "../report/json.js";
import { writeMarkdownReport } from "../report/markdown.js";
import { sarifReport, writeSarifReport } from "../report/sarif.js";
import { writeRuleDocs } from "../report/rule-docs.js";
import { HTML_FILE, writeHtmlReport } from "../report/html.js";
import { FolderSink, inside } from "../report/sink.js";
import { planQuotes, type QuotePlan } from "../report/quote.js";
import { colourOn, formatWarning, paintFor, terminalReport, terminalSafe } from "../report/terminal.js";
import { compactReport } from "../report/compact.js";
import { githubReport } from "../report/github.js";
import { createProgress } from "./progress.js";
import { FORMATS, type Format, type OutputFormat } from "./formats.js";
import { pushAll } from "../base/arrays.js";
export { FORMATS, type Format, REPORTS_MARKER, formatWarning };
const MARKER_TEXT = "This folder holds the reports of `crosscheck check`. Every run replaces the whole folder:\nkeep nothing else in it.\n";

/** Articles read and extracted at a time (each chunk starts its own worker pool). */
const READ_CHUNK = 20_000;
const REPORT_ORDER = ["index.md", "findings.md", "index.html", "findings.json", "crosscheck.sarif"];

export interface CheckOptions {
  /** Article files and folders, "-" for standard input; none: articles/ beside the config, else the project's folder. */
  paths: string[];
  /** Default: claims/ beside the config file (see projectOf); one given must exist. */
  claims?: string;
  /** Default: reports/ beside the config file. */
  out?: string;
  config?: string;
  formats: Format[];
  failOn: Severity | "never";
  /** Errors only: no progress, no warnings or lesser findings on the terminal (the reports keep them). */
  quiet: boolean;
  /** What is printed to stdout (default human). */
  outputFormat?: OutputFormat;
  /** Standard input's bytes, for "-" (default: read file descriptor 0). */
  stdin?: () => Uint8Array;
  cache: boolean;
  /** Worker threads for extraction (default: all cores). */
  threads?: number;
  /** Cache folder (default: defaultCacheDir()). */
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

/** Where a run's inputs and outputs are, once the defaults are filled in from the project's folder. */
export interface Project {
  paths: string[];
  claims: string;
  claimsGiven: boolean;
  out: string;
  cacheDir: string;
  config: string | null;
  configGiven: boolean;
  /** The folder .crosscheckignore is read from and `ignore:` patterns are relative to. */
  root: string;
}

/** A path as shown to the user: relative to the current folder when it is below it, else absolute. */
const shown = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? p : rel;
};

/**
 * The project a run belongs to, found as ESLint and Prettier find theirs: the config file in the
 * folder of the first path (the current folder when none is given), or the nearest folder above
 * it. Its folder holds claims/, reports/ and the cache. Without a config, the current folder is
 * the project's when the path is inside it, else the path's own folder: a folder of articles
 * checked from elsewhere never takes in the claims of the folder crosscheck was started from.
 */
export function projectOf(o: Pick<CheckOptions, "paths" | "claims" | "out" | "config" | "cacheDir">): Project {
  const first = o.paths.find((p) => p !== "-");
  const start = first === undefined ? process.cwd() : statSync(first, { throwIfNoEntry: false })?.isDirectory() ? resolve(first) : dirname(resolve(first));
  const config = o.config ?? findConfigFile(start);
  const root = config !== null ? dirname(resolve(config)) : inside(start, process.cwd()) ? process.cwd() : start;
  const articlesDir = join(root, "articles");
  const paths = o.paths.length ? o.paths : [shown(statSync(articlesDir, { throwIfNoEntry: false })?.isDirectory() ? articlesDir : root)];
  return {
    paths,
    claims: o.claims ?? shown(join(root, "claims")),
    claimsGiven: o.claims !== undefined,
    out: o.out ?? shown(join(root, "reports")),
    cacheDir: o.cacheDir ?? shown(join(root, ".crosscheck-cache")),
    config: config === null ? null : o.config ?? shown(config),
    configGiven: o.config !== undefined,
    root,
  };
}

/** Extracts every article, from the cache where it can, the rest across all cores. */
export async function extractAll(articles: readonly Article[], cache: ExtractCache | null, onProgress?: (n: number) => void, threads?: number): Promise<{ claims: Claim[]; names: NameMention[] }> {
  const keys = articles.map((a) => ({ path: a.path, hash: a.hash, lang: a.lang, date: a.date }));
  // A cached analysis is used only when it fits its text (spans inside it, holding the claims' words).
  const got: Array<Analysis | undefined> = keys.map((k, i) => {
    const a = cache?.getAnalysis(k);
    return a && fitsText(a, articles[i]!.text) ? a : undefined;
  });
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
 * Why the reports may not go to `out`, compared by real paths, or null. The output folder may lie
 * inside a folder of articles (the walk never enters it), but it may not hold an article given or
 * listed, nor lie inside or hold the claims folder: replacing it would lose them.
 */
function overlapProblem(out: string, articles: { paths: readonly string[]; walked: Expanded["real"] }, claims: { paths: readonly string[]; walked: Expanded["real"] }): string | null {
  const o = realPath(out);
  const fix = "choose another folder with --out";
  for (const p of articles.paths) if (inside(realPath(p), o)) return `the output folder ${out} holds the input ${p}, and every run replaces it whole; ${fix}, one that holds no articles`;
  if (articles.walked.files.some((f) => inside(f, o))) return `the output folder ${out} holds articles of the input ${articles.paths.join(", ")} (reached through a link); ${fix}, one that holds no articles`;
  for (const p of claims.paths) {
    const r = realPath(p);
    if (inside(o, r) || inside(r, o)) return `the output folder ${out} overlaps the claims folder ${p}; crosscheck never writes into claims: ${fix}, outside ${p}`;
  }
  if (claims.walked.folders.some((f) => inside(o, f)) || claims.walked.files.some((f) => inside(f, o))) return `the output folder ${out} overlaps the claims folder ${claims.paths.join(", ")} (reached through a link); ${fix}, outside it`;
  return null;
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

/** The user's cache folder for crosscheck: $XDG_CACHE_HOME/crosscheck, else ~/.cache/crosscheck. */
export function userCacheDir(): string {
  const xdg = process.env["XDG_CACHE_HOME"];
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), ".cache"), "crosscheck");
}

/**
 * Where the cache lives by default: with the output, as `.crosscheck-cache` beside the reports
 * folder (check writes nowhere else), or in the user's cache folder when that place is among the
 * inputs. Never among the articles or claims: `check .` run inside an articles folder writes nothing there.
 */
export function defaultCacheDir(out: string, inputs: ReadonlyArray<{ paths: readonly string[]; walked: Expanded["real"] }>): string {
  const beside = join(dirname(realPath(out)), ".crosscheck-cache");
  return overlappingInput(beside, inputs) === null && !inputs.some((i) => i.walked.files.some((f) => dirname(f) === dirname(beside))) ? beside : userCacheDir();
}

/** Whether a process with this id is running (a signal 0 reaches it, or it exists but is not ours). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes what killed runs left beside `target`: its `.tmp-PID` and `.old-PID` folders whose run
 * is no longer running, and only those that are crosscheck's (they hold the reports marker), so
 * that a folder of the user's that happens to be named so, or a running run's, is never touched.
 */
function removeLeftovers(target: string): void {
  const parent = dirname(target);
  const prefix = `${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^(?:tmp|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !m || Number(m[1]) === process.pid || running(Number(m[1]))) continue;
    const dir = join(parent, name);
    if (!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() || !lstatSync(join(dir, REPORTS_MARKER), { throwIfNoEntry: false })?.isFile()) continue;
    try {
      // A run killed (or failed) between its two renames left the previous reports under .old-PID
      // and no output folder: they are put back, not removed.
      if (name.slice(prefix.length).startsWith("old-") && !existsSync(target)) {
        renameSync(dir, target);
        continue;
      }
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run may be removing it too; what is left is tried again next time
    }
  }
}

/** File-system steps of the swap, replaceable by a test that makes one of them fail. */
export const swapSteps = { rename: renameSync, remove: (dir: string): void => rmSync(dir, { recursive: true, force: true }) };

/**
 * Writes every report into a fresh folder as it is made, then swaps the folder in: a failure
 * leaves the old reports in place, and the message says truthfully which folder is there.
 * Returns the error message when the reports could not be written, or null.
 */
function writeReports(out: string, write: (sink: FolderSink) => void, manifest: ReportManifest | null): string | null {
  // Through a link to the folder, the folder is replaced, not the link.
  const target = realPath(out);
  removeLeftovers(target);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  const removeTmp = (): void => {
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      // the temporary folder could not be made either, or a later run removes it
    }
  };
  const kept = (why: string): string => `${why}; the previous reports in ${out} are unchanged`;
  let sink: FolderSink;
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, REPORTS_MARKER), MARKER_TEXT);
    // Files that come out the same as in the previous reports are linked, not written again.
    sink = new FolderSink(tmp, existsSync(target) ? target : null, manifest?.load());
    write(sink);
    const problem = outFolderProblem(target);
    if (problem) throw new Error(`refusing to write: ${problem}`);
  } catch (e) {
    removeTmp();
    // A reporter's own bug is a bug, not a folder that cannot be written.
    if ((e as NodeJS.ErrnoException).code === undefined && !(e as Error).message.startsWith("refusing to write")) throw e;
    return existsSync(target) ? kept((e as Error).message) : `${(e as Error).message}; no reports were written`;
  }
  let moved = false;
  try {
    if (existsSync(target)) {
      swapSteps.rename(target, old);
      moved = true;
    }
    swapSteps.rename(tmp, target);
  } catch (e) {
    const why = (e as Error).message;
    if (moved) {
      try {
        swapSteps.rename(old, target);
      } catch (e2) {
        // Neither folder could be put in place: say where each one is, and leave both.
        return `${why}; putting the previous reports back failed too (${(e2 as Error).message}): they are in ${old}, the new ones in ${tmp}`;
      }
    }
    removeTmp();
    return existsSync(target) ? kept(why) : `${why}; no reports were written`;
  }
  manifest?.save(sink.manifest);
  // The new reports are in place: the old folder that cannot be removed (read-only) is no failure
  // of this run; a later run removes it.
  try {
    swapSteps.remove(old);
  } catch {
    // left for the next run
  }
  return null;
}

export async function runCheck(options: CheckOptions): Promise<CheckRun> {
  const t0 = performance.now();
  const project = projectOf(options);
  const o = { ...options, paths: project.paths, claims: project.claims, out: project.out };
  const progress = createProgress(o.stderr, o.quiet);
  const inputErrors: InputError[] = [];

  const refuse = (msg: string): CheckRun => {
    o.stderr.write(`${terminalSafe(`crosscheck: ${msg}`)}\n`);
    progress.stop();
    return { result: emptyResult([{ file: o.out, line: 0, column: 0, message: msg }]), exitCode: 2, times: { read: 0, extract: 0, claims: 0, rules: 0, reports: 0 } };
  };
  // The config comes first: its `ignore:` patterns shape the walk for articles.
  const { config, errors: configErrors } = project.config !== null ? loadConfig(project.config, project.configGiven) : { config: undefined, errors: [] };
  const settings = config ?? emptyConfig();
  const ignoring = ignoreFilter(project.root, settings.ignore);
  progress.start("Reading articles");
  const fromStdin = o.paths.includes("-");
  const filePaths = o.paths.filter((p) => p !== "-");
  const { files, errors, real } = expandPaths(filePaths, undefined, { skip: [realPath(o.out), realPath(project.cacheDir)], ignored: ignoring.ignored });
  const claimsInput = { paths: [o.claims], walked: expandPaths([o.claims], CLAIMS_EXTENSIONS).real };
  const overlap = overlapProblem(o.out, { paths: filePaths, walked: real }, claimsInput);
  if (overlap !== null) return refuse(overlap);
  const outProblem = outFolderProblem(o.out);
  if (outProblem) return refuse(outProblem);
  pushAll(inputErrors, configErrors);
  pushAll(inputErrors, ignoring.errors);
  pushAll(inputErrors, errors);
  let unreadable = errors.length;
  // The cache lives with the output, or in the user's cache folder: never among the inputs.
  const cacheDir = o.cacheDir ?? defaultCacheDir(o.out, [{ paths: filePaths, walked: real }, claimsInput]);
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
  // One article from standard input, read before the files (it is the first of them).
  const stdinArticles: Article[] = [];
  if (fromStdin) {
    const r = articleFromText("-", decode((o.stdin ?? (() => readFileSync(0)))()));
    inputErrors.push(...r.errors);
    stdinArticles.push(r.article);
  }
  for (let from = 0; from < files.length; from += chunkSize) {
    const tr = performance.now();
    const chunk: Article[] = [];
    if (from === 0) chunk.push(...stdinArticles.splice(0));
    for (const f of files.slice(from, from + chunkSize)) {
      const r = readArticle(f, undefined, index ?? undefined);
      pushAll(inputErrors, r.errors);
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
  if (stdinArticles.length) {
    const got = await extractAll(stdinArticles, cache, undefined, o.threads);
    planQuotes(new Map(stdinArticles.map((a) => [a.path, a])), got.claims, quotes);
    articles.push(...stdinArticles);
    extracted.claims.push(...got.claims);
    extracted.names.push(...got.names);
  }
  if (files.length === 0) progress.done(`Read ${plural(articles.length, "article")}${unreadable ? `; ${plural(unreadable, "file")} could not be read` : ""}`);
  progress.done(`Extracted ${plural(extracted.claims.length, "claim")} from ${plural(articles.length, "article")}`);
  const t2 = performance.now();

  progress.start("Loading hand-added claims");
  // A --claims folder that does not exist is an input error, as a missing --config is.
  const loaded = project.claimsGiven || existsSync(o.claims) ? loadClaims([o.claims], o.cache ? new ClaimsCache(cacheDir) : null) : { claims: [], corrections: [], errors: [], warnings: [], files: [] };
  pushAll(inputErrors, loaded.errors);
  const corrected = applyCorrections(extracted.claims, loaded.corrections);
  pushAll(inputErrors, corrected.errors);
  const allClaims = [...corrected.claims, ...loaded.claims];
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
  const clusters = findClusters(articles, store, extracted.names, clusterOptionsOf(settings), index ?? undefined, textOf);
  index?.save();
  for (const a of articles) a.text = "";
  progress.done(`Found ${plural(clusters.clusters.length, "group")} of copies and translations`);
  let rulesRun = 0;
  const findings = runRules({ store, articles: byPath, clusters, config: settings, onRule: (id) => (rulesRun++, progress.update(`Running rule ${id}`)) });
  progress.done(`Ran ${plural(rulesRun, "rule")}: ${plural(findings.length, "finding")}`);
  // An accepted fingerprint no finding has: the finding was fixed, or changed and is no longer accepted.
  const fingerprints = new Set(findings.map((f) => f.fingerprint));
  const staleAccepts: InputError[] = [...settings.accept.keys()].filter((fp) => !fingerprints.has(fp)).map((fp) => ({
    file: settings.file ?? project.config ?? "", line: 0, column: 0,
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
    if (o.formats.includes("html")) {
      const w = sink.open(HTML_FILE);
      writeHtmlReport(result, { reportDir: o.out, quotes }, w);
      w.close();
    }
    // Both link every finding's rule to its docs, copied beside them.
    if (o.formats.includes("markdown") || o.formats.includes("html")) writeRuleDocs(sink);
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

  // What looks wrong in a claims file but does not stop its claims loading; the exit code is not changed.
  const warnings = o.quiet ? [] : [...loaded.warnings, ...staleAccepts];
  const shownFindings = o.quiet ? findings.filter((f) => f.severity === "error") : findings;
  const format = o.outputFormat ?? "human";
  const shownResult: CheckResult = { ...result, findings: shownFindings };
  if (format === "human") o.stdout.write(terminalReport(shownFindings, inputErrors, warnings, paintFor(colourOn(o.stdout))));
  else if (format === "compact") o.stdout.write(compactReport(shownFindings, inputErrors, warnings));
  else if (format === "github") o.stdout.write(githubReport(shownFindings, inputErrors, warnings));
  else if (format === "json") o.stdout.write(jsonReport(shownResult));
  else o.stdout.write(sarifReport(shownResult, { reportDir: o.out }));
  // Where the reports are goes with the human formats; the machine ones keep stdout to their format.
  const where = `${terminalSafe(writeError ? `Could not write the reports: ${writeError}` : `Reports: ${REPORT_ORDER.filter((k) => written.has(k)).map((k) => join(o.out, k)).join(", ")}`)}\n`;
  if (format === "human" || format === "compact") {
    if (!o.quiet || writeError) o.stdout.write(where);
  } else if (writeError) o.stderr.write(where);
  const failing = o.failOn !== "never" && findings.some((f) => !f.accepted && SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[o.failOn as Severity]);
  const exitCode = inputErrors.length > 0 || writeError ? 2 : failing ? 1 : 0;
  return { result, exitCode, times: { read: readMs, extract: extractMs, claims: t3 - t2, rules: t4 - t3, reports: t5 - t4 } };
}

const count = (n: number): string => n.toLocaleString("en-US");
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 ? "" : "s"}`;


function emptyResult(inputErrors: InputError[]): CheckResult {
  return { articles: [], claims: [], names: [], findings: [], clusters: [], clusterPairs: [], inputErrors, claimFiles: [] };
}

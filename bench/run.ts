// npm run bench: extraction throughput against the moo lexer's own speed and against
// Microsoft Recognizers-Text, then `check` end to end on generated corpora of growing size,
// then an incremental re-check. A script, never a timed test. Sizes: BENCH_SIZES (default 1000,10000;
// BENCH_SIZES=1000,10000,100000 adds 100,000 articles, which takes minutes and both cores).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { availableParallelism, loadavg } from "node:os";
import { GENERATOR_VERSION, writeCorpus } from "./generate.js";
import { benchDocs, bigFile } from "./extraction.js";
import { corpusStatistics, statisticsLines } from "./statistics.js";
import { articleFromText } from "../src/corpus/article.js";
import { analyseInOrder } from "../src/extract/parallel.js";
import { Worker } from "node:worker_threads";
import { EXTRACTION_RESOURCE_LIMITS } from "../src/extract/parallel.js";
import { runCheck, type CheckRun } from "../src/commands/check.js";
import { execFileSync } from "node:child_process";
import { applyCorrections } from "../src/claims/corrections.js";
import type { Claim } from "../src/model/claim.js";
import type { Correction } from "../src/claims/load.js";
import { fileURLToPath } from "node:url";

const MB = 1024 * 1024;
const out = join(process.cwd(), "bench", "out");
const sink = new Writable({ write: (_c, _e, cb) => cb() });
const line = (s: string): void => void process.stdout.write(`${s}\n`);
const fmt = (x: number, d = 1): string =>
  x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

// ------------------------------------------------------------- extraction, one core
// Timed in a worker thread with the extraction pool's resource limits, the way `check` runs it
// (bench/extraction.ts), and once more here in the main thread with V8's default heap.
// ------------------------------------------------------------- the corpus
function statisticsBench(): void {
  line("## The corpus (bench/generate.ts; bench/README.md has the real sample's figures beside)");
  const { docs } = benchDocs(2 * MB);
  const measured = corpusStatistics(
    docs.map((d, k) => {
      const { article } = articleFromText(`s${k}.md`, d.text);
      return { text: d.text, lang: article.lang, bodyStart: article.bodyStart };
    }),
  );
  for (const l of statisticsLines(measured)) line(l);
  line(
    "real sample (target): per KB: claims 5.06, sentences 10.44, figure sentences 4.19, full names 3.14, phrase starts 17.90, tagged tokens 138.5; tokens tagged 73%; mean sentence 97 characters; de 31%",
  );
  line("");
}

/**
 * The process's CPU time since `since` (every thread: workers, V8's garbage-collector helpers,
 * this one), and MB per CPU second: on a machine shared with other jobs the wall time holds
 * their share, the CPU time does not.
 */
function cpuLine(since: NodeJS.CpuUsage, bytes: number): string {
  const used = process.cpuUsage(since);
  const sec = (used.user + used.system) / 1e6;
  return `process CPU ${fmt(sec, 2)} s (all threads), ${fmt(bytes / MB / sec)} MB per CPU second; load average ${fmt(loadavg()[0]!, 1)}`;
}

// ------------------------------------------------------------- extraction, all cores
// The extraction pool as `crosscheck extract` runs it: batches of articles, and one 10 MB file cut into pieces.
async function allCoresBench(): Promise<void> {
  const threads = availableParallelism();
  line(`## Extraction on all cores (${threads}), wall time`);
  const { docs, bytes } = benchDocs(16 * MB);
  const inputs = docs.map((d, k) => ({ path: `a${k}.md`, text: d.text, lang: d.lang }));
  let claims = 0;
  let cpu = process.cpuUsage();
  let t = performance.now();
  await analyseInOrder(
    inputs,
    (_i, a) => {
      claims += a.claims.length;
    },
    { threads },
  );
  let sec = (performance.now() - t) / 1000;
  line(
    `${fmt(bytes / MB)} MB in ${docs.length} articles: ${fmt(bytes / MB / sec)} MB/s wall, ${Math.round(claims / sec).toLocaleString("en-US")} claims/s (workers started included); ${cpuLine(cpu, bytes)}`,
  );
  const text = bigFile(docs, 10 * MB);
  claims = 0;
  cpu = process.cpuUsage();
  t = performance.now();
  await analyseInOrder(
    [{ path: "big.md", text, lang: "en" }],
    (_i, a) => {
      claims += a.claims.length;
    },
    {
      threads,
    },
  );
  sec = (performance.now() - t) / 1000;
  line(
    `one file of ${fmt(text.length / MB)} MB, cut into pieces: ${fmt(text.length / MB / sec)} MB/s wall, ${claims.toLocaleString("en-US")} claims; ${cpuLine(cpu, text.length)}`,
  );
  line("");
}

async function extractionBench(): Promise<void> {
  line("## Extraction on one core");
  await new Promise<void>((done, fail) => {
    const w = new Worker(new URL("./extraction.js", import.meta.url), { resourceLimits: EXTRACTION_RESOURCE_LIMITS });
    w.on("message", (m: string) => line(m));
    w.on("error", fail);
    w.on("exit", () => done());
  });
  line("");
}

// ------------------------------------------------------------- claims from YAML
// In fresh processes (bench/claims-load.ts), since the first load in a process is what a run
// pays; several of them, since one cold figure on a shared machine says little. Targets: 1,000
// claims cold, and 10,000 unchanged claims from the cache, each under 0.5 s (modules loaded).
function claimsLoadBench(runs = 7): void {
  line("## Loading hand-added claims");
  const script = fileURLToPath(new URL("./claims-load.js", import.meta.url));
  const dir = join(out, "claims-load");
  const run = (mode: string, n: number): ClaimsLoadResult =>
    JSON.parse(
      execFileSync(process.execPath, [script, mode, join(dir, `${mode}-${n}`), String(n)], { encoding: "utf8" }),
    ) as ClaimsLoadResult;
  const report = (what: string, mode: string, n: number): void => {
    if (mode === "cached") run(mode, n); // fills the cache
    const results = Array.from({ length: runs }, () => run(mode, n));
    type K = "load" | "modules" | "loadCpu" | "modulesCpu";
    const median = (k: K): number => results.map((r) => r[k]).sort((a, b) => a - b)[runs >> 1]!;
    const range = (k: K): string => {
      const v = results.map((r) => r[k]);
      return `${fmt(Math.min(...v), 0)}–${fmt(Math.max(...v), 0)}`;
    };
    const r = results[0]!;
    line(
      `${what}: ${n.toLocaleString("en-US")} claims (${fmt(r.bytes / MB, 2)} MB of YAML; ${r.claims} claims, ${r.errors} errors${mode === "cached" ? `, ${r.hits} file from the cache` : ""}), in ${runs} fresh processes:`,
    );
    line(
      `  wall: load ${fmt(median("load"), 0)} ms (median; ${range("load")}), after ${fmt(median("modules"), 0)} ms loading the modules (${range("modules")}); together ${fmt(median("load") + median("modules"), 0)} ms`,
    );
    line(
      `  CPU:  load ${fmt(median("loadCpu"), 0)} ms (${range("loadCpu")}), modules ${fmt(median("modulesCpu"), 0)} ms (${range("modulesCpu")}); together ${fmt(median("loadCpu") + median("modulesCpu"), 0)} ms`,
    );
  };
  rmSync(dir, { recursive: true, force: true });
  line(`load average over the last minute: ${fmt(loadavg()[0]!, 2)} on ${availableParallelism()} cores`);
  report("cold", "cold", 1000);
  report("cold", "cold", 10000);
  report("unchanged, from the cache", "cached", 10000);
  line("");
}

// ------------------------------------------------------------- corrections that match nothing
// Each one is an error with a "did you mean" hint; its cost must not grow with the article's claims.
function correctionsBench(): void {
  line("## Corrections that match nothing");
  const per = (n: number): number => {
    const claims = Array.from({ length: n }, (_, i) => ({
      id: `articles/big.md@${i + 1}:1`,
      article: "articles/big.md",
      text: `Some ${(300 + i).toLocaleString("en-US")} people`,
    })) as unknown as Claim[];
    const corrections: Correction[] = Array.from({ length: 200 }, (_, i) => ({
      ...(i % 2 ? { id: `articles/big.md@${i}:9` } : { article: "articles/big.md", text: `no such figure ${i}` }),
      ignore: true,
      reason: "bench",
      file: "c.yaml",
      line: i + 1,
      column: 1,
    }));
    applyCorrections(claims, corrections.slice(0, 10)); // warm
    const t = performance.now();
    const r = applyCorrections(claims, corrections);
    if (r.errors.length !== corrections.length) throw new Error("a correction matched");
    return (performance.now() - t) / corrections.length;
  };
  const small = per(1000);
  const large = per(10000);
  line(
    `per correction: ${fmt(small, 2)} ms against 1,000 claims, ${fmt(large, 2)} ms against 10,000 (${fmt(large / small, 2)}× for 10× the claims)`,
  );
  line("");
}

interface ClaimsLoadResult {
  bytes: number;
  claims: number;
  errors: number;
  modules: number;
  load: number;
  modulesCpu: number;
  loadCpu: number;
  hits: number;
}

// ------------------------------------------------------------------- check, end to end
async function check(
  dir: string,
  cacheDir: string,
  cache: boolean,
): Promise<{ run: CheckRun; sec: number; cpuSec: number }> {
  // An empty claims folder: a --claims that does not exist is an input error.
  mkdirSync(join(out, "no-claims"), { recursive: true });
  const t = performance.now();
  const cpu = process.cpuUsage();
  const run = await runCheck({
    paths: [dir],
    claims: join(out, "no-claims"),
    out: join(out, "reports"),
    formats: ["markdown", "json", "sarif"],
    failOn: "never",
    quiet: true,
    cache,
    cacheDir,
    stdout: sink,
    stderr: sink,
  });
  // A run that could not check (an input error, a refused output folder) must not pass for a fast one.
  if (run.exitCode === 2) {
    const why = run.result.inputErrors
      .slice(0, 3)
      .map((e) => `${e.file}: ${e.message}`)
      .join("; ");
    throw new Error(`check of ${dir} exited 2${why ? `: ${why}` : ""}`);
  }
  // CPU time of every thread of the process: on a shared machine the wall time holds other jobs' share.
  const used = process.cpuUsage(cpu);
  return { run, sec: (performance.now() - t) / 1000, cpuSec: (used.user + used.system) / 1e6 };
}

async function checkBench(sizes: number[]): Promise<void> {
  line(`## check, end to end (${availableParallelism()} cores; markdown, json and sarif reports)`);
  line(
    "| articles | MB | wall s | CPU s | MB/s | claims/s | ms/article | read s | extract s | claims s | rules s | reports s | findings | peak RSS MB |",
  );
  line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const perArticle: number[] = [];
  const perMB: Array<[number, number]> = [];
  for (const n of sizes) {
    const dir = join(out, `corpus-${n}`);
    let bytes: number;
    // A corpus written before is used again only if the same generator wrote it.
    const stamp = join(out, `corpus-${n}.generator`);
    const same =
      existsSync(dir) &&
      readdirSync(dir).length === n &&
      existsSync(stamp) &&
      readFileSync(stamp, "utf8") === GENERATOR_VERSION;
    if (same) bytes = readdirSync(dir).reduce((s, f) => s + readFileSync(join(dir, f)).length, 0);
    else {
      rmSync(dir, { recursive: true, force: true });
      bytes = writeCorpus(dir, n);
      writeFileSync(stamp, GENERATOR_VERSION);
    }
    const cacheDir = join(out, `cache-${n}`);
    rmSync(cacheDir, { recursive: true, force: true });
    const { run, sec, cpuSec } = await check(dir, cacheDir, false);
    const mb = bytes / MB;
    const t = run.times;
    perArticle.push((sec * 1000) / n);
    perMB.push([n, (sec * 1000) / mb]);
    line(
      `| ${n.toLocaleString("en-US")} | ${fmt(mb)} | ${fmt(sec, 2)} | ${fmt(cpuSec, 1)} | ${fmt(mb / sec)} | ${Math.round(run.result.claims.length / sec).toLocaleString("en-US")} | ${fmt((sec * 1000) / n, 3)} | ` +
        `${fmt(t.read / 1000, 2)} | ${fmt(t.extract / 1000, 2)} | ${fmt(t.claims / 1000, 2)} | ${fmt(t.rules / 1000, 2)} | ${fmt(t.reports / 1000, 2)} | ${run.result.findings.length} | ${fmt(peakRssMB(), 0)} |`,
    );
  }
  if (perArticle.length > 1)
    line(
      `\ntime per article, largest vs smallest corpus: ${fmt(perArticle[perArticle.length - 1]! / perArticle[0]!, 2)}×`,
    );
  line(
    `check, ms per MB: ${perMB.map(([n, ms]) => `${n.toLocaleString("en-US")} articles ${fmt(ms, 0)}`).join(", ")} (flat when nothing grows faster than the corpus)`,
  );
  line("");
}

async function incrementalBench(n: number): Promise<void> {
  line(`## Incremental re-check (${n.toLocaleString("en-US")} articles, one edited)`);
  const dir = join(out, `incremental-${n}`);
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(dir, n, 3);
  const cacheDir = join(out, `cache-incremental-${n}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const first = await check(dir, cacheDir, true);
  const file = join(dir, readdirSync(dir).sort()[Math.floor(n / 2)]!);
  // One figure of its body changes: its first number.
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      /(\n---\n[^\d]*)(\d)/u,
      (_m, head: string, d: string) => head + String((Number(d) + 1) % 10),
    ),
  );
  const again = await check(dir, cacheDir, true);
  const cold = await check(dir, join(out, "cache-none"), false);
  const same = JSON.stringify(again.run.result.findings) === JSON.stringify(cold.run.result.findings);
  line(
    `first run ${fmt(first.sec, 2)} s (CPU ${fmt(first.cpuSec, 1)} s); after editing one article ${fmt(again.sec, 2)} s (${fmt((100 * again.sec) / first.sec, 1)}% of the first; CPU ${fmt(again.cpuSec, 1)} s, ${fmt((100 * again.cpuSec) / first.cpuSec, 1)}%); findings identical to a cold run: ${same ? "yes" : "NO"}`,
  );
  const stages = (r: CheckRun): string =>
    (Object.entries(r.times) as Array<[string, number]>).map(([k, v]) => `${k} ${fmt(v / 1000, 2)}`).join(", ");
  line(`stages, s: first run: ${stages(first.run)}; after the edit: ${stages(again.run)}; cold: ${stages(cold.run)}`);
  line("");
}

// Reports left by an older version carry no marker, and check rightly refuses to replace them.
rmSync(join(out, "reports"), { recursive: true, force: true });
const sizes = (process.env.BENCH_SIZES ?? "1000,10000")
  .split(",")
  .map(Number)
  .filter((x) => x > 0);
// BENCH_ONLY=claims,corrections runs only those parts (default: every part, in this order).
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const part = (name: string): boolean => only === undefined || only.includes(name);
if (part("statistics")) statisticsBench();
if (part("extraction")) await extractionBench();
if (part("cores")) await allCoresBench();
if (part("claims")) claimsLoadBench();
if (part("corrections")) correctionsBench();
if (part("check")) await checkBench(sizes);
if (part("incremental")) await incrementalBench(Math.min(10000, Math.max(...sizes)));

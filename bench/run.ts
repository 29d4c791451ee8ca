// npm run bench: extraction throughput against the moo lexer's own speed and against
// Microsoft Recognizers-Text, then `check` end to end on generated corpora of growing size,
// then an incremental re-check. A script, never a timed test. Sizes: BENCH_SIZES=1000,10000.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { availableParallelism } from "node:os";
import { generateArticles, writeCorpus } from "./generate.js";
import { Worker } from "node:worker_threads";
import { EXTRACTION_RESOURCE_LIMITS } from "../src/extract/parallel.js";
import { runCheck, type CheckRun } from "../src/commands/check.js";
import { loadClaimsText } from "../src/claims/load.js";
import { parseYamlSource } from "../src/claims/yaml-source.js";
import { checkAgainstSchema } from "../src/claims/schema-check.js";

const MB = 1024 * 1024;
const out = join(process.cwd(), "bench", "out");
const sink = new Writable({ write: (_c, _e, cb) => cb() });
const line = (s: string): void => void process.stdout.write(s + "\n");
const fmt = (x: number, d = 1): string => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

// ------------------------------------------------------------- extraction, one core
// Timed in a worker thread with the extraction pool's resource limits, the way `check` runs it
// (bench/extraction.ts), and once more here in the main thread with V8's default heap.
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
function claimsLoadBench(): void {
  line("## Loading hand-added claims");
  const lines = ["source:", "  name: Bench desk", "  date: 2022-10-01", "claims:"];
  const units = ["km", "miles", "people", "percent", "EUR", "reservists", "year"];
  for (let i = 0; i < 10_000; i++) {
    // Half written as people write them (through the grammar), half as value and unit.
    if (i % 2 === 0) lines.push(`  - id: c${i}`, `    quantity: more than ${(i + 1) * 10} km`);
    else lines.push(`  - id: c${i}`, `    value: ${i * 3}`, `    unit: ${units[i % units.length]}`, `    subject: emigration`);
  }
  const text = lines.join("\n") + "\n";
  let t = performance.now();
  const r = loadClaimsText("bench.yaml", text);
  const first = performance.now() - t;
  // Again with other figures (nothing memoised), once the grammar and the validator are warm.
  const again = text.replace(/more than (\d+)/g, (_m, n: string) => `more than ${Number(n) + 7}`);
  t = performance.now();
  loadClaimsText("bench-2.yaml", again);
  const warm = performance.now() - t;
  line(`10,000 claims (${fmt(Buffer.byteLength(text) / MB, 2)} MB of YAML, 5,000 quantities for the grammar): loaded and validated in ${fmt(first, 0)} ms the first time in this process, ${fmt(warm, 0)} ms warm; ${r.claims.length} claims, ${r.errors.length} errors`);
  // Where the warm time goes, on a third text: reading the YAML (js-yaml), the schema, and the rest (the grammar, mostly).
  const third = text.replace(/more than (\d+)/g, (_m, n: string) => `more than ${Number(n) + 3}`);
  t = performance.now();
  const src = parseYamlSource("bench-3.yaml", third);
  const read = performance.now() - t;
  checkAgainstSchema(src, "claims");
  const schema = performance.now() - t - read;
  t = performance.now();
  loadClaimsText("bench-3.yaml", third);
  const all = performance.now() - t;
  line(`warm, by step: YAML read ${fmt(read, 0)} ms, schema ${fmt(schema, 0)} ms, normalising (grammar and units) and places ${fmt(all - read - schema, 0)} ms`);
  line("");
}

// ------------------------------------------------------------------- check, end to end
async function check(dir: string, cacheDir: string, cache: boolean): Promise<{ run: CheckRun; sec: number }> {
  const t = performance.now();
  const run = await runCheck({
    paths: [dir], claims: join(out, "no-claims"), out: join(out, "reports"), formats: ["markdown", "json", "sarif"],
    failOn: "never", quiet: true, cache, cacheDir, stdout: sink, stderr: sink,
  });
  // A run that could not check (an input error, a refused output folder) must not pass for a fast one.
  if (run.exitCode === 2) {
    const why = run.result.inputErrors.slice(0, 3).map((e) => `${e.file}: ${e.message}`).join("; ");
    throw new Error(`check of ${dir} exited 2${why ? `: ${why}` : ""}`);
  }
  return { run, sec: (performance.now() - t) / 1000 };
}

async function checkBench(sizes: number[]): Promise<void> {
  line(`## check, end to end (${availableParallelism()} cores; markdown, json and sarif reports)`);
  line("| articles | MB | wall s | MB/s | claims/s | ms/article | read s | extract s | claims s | rules s | reports s | findings | peak RSS MB |");
  line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const perArticle: number[] = [];
  for (const n of sizes) {
    const dir = join(out, `corpus-${n}`);
    let bytes: number;
    if (existsSync(dir) && readdirSync(dir).length === n) bytes = readdirSync(dir).reduce((s, f) => s + readFileSync(join(dir, f)).length, 0);
    else {
      rmSync(dir, { recursive: true, force: true });
      bytes = writeCorpus(dir, n);
    }
    const cacheDir = join(out, `cache-${n}`);
    rmSync(cacheDir, { recursive: true, force: true });
    const { run, sec } = await check(dir, cacheDir, false);
    const mb = bytes / MB;
    const t = run.times;
    perArticle.push((sec * 1000) / n);
    line(
      `| ${n.toLocaleString("en-US")} | ${fmt(mb)} | ${fmt(sec, 2)} | ${fmt(mb / sec)} | ${Math.round(run.result.claims.length / sec).toLocaleString("en-US")} | ${fmt((sec * 1000) / n, 3)} | ` +
        `${fmt(t.read / 1000, 2)} | ${fmt(t.extract / 1000, 2)} | ${fmt(t.claims / 1000, 2)} | ${fmt(t.rules / 1000, 2)} | ${fmt(t.reports / 1000, 2)} | ${run.result.findings.length} | ${fmt(peakRssMB(), 0)} |`,
    );
  }
  if (perArticle.length > 1) line(`\ntime per article, largest vs smallest corpus: ${fmt(perArticle[perArticle.length - 1]! / perArticle[0]!, 2)}×`);
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
  writeFileSync(file, readFileSync(file, "utf8").replace("More than", "Fewer than"));
  const again = await check(dir, cacheDir, true);
  const cold = await check(dir, join(out, "cache-none"), false);
  const same = JSON.stringify(again.run.result.findings) === JSON.stringify(cold.run.result.findings);
  line(`first run ${fmt(first.sec, 2)} s; after editing one article ${fmt(again.sec, 2)} s (${fmt((100 * again.sec) / first.sec, 1)}% of the first); findings identical to a cold run: ${same ? "yes" : "NO"}`);
  const stages = (r: CheckRun): string => (Object.entries(r.times) as Array<[string, number]>).map(([k, v]) => `${k} ${fmt(v / 1000, 2)}`).join(", ");
  line(`stages, s: first run: ${stages(first.run)}; after the edit: ${stages(again.run)}; cold: ${stages(cold.run)}`);
  line("");
}

// Reports left by an older version carry no marker, and check rightly refuses to replace them.
rmSync(join(out, "reports"), { recursive: true, force: true });
const sizes = (process.env["BENCH_SIZES"] ?? "1000,10000,100000").split(",").map(Number).filter((x) => x > 0);
await extractionBench();
claimsLoadBench();
await checkBench(sizes);
await incrementalBench(Math.min(10000, Math.max(...sizes)));

// npm run bench: extraction throughput against the moo lexer's own speed and against
// Microsoft Recognizers-Text, then `check` end to end on generated corpora of growing size,
// then an incremental re-check. A script, never a timed test. Sizes: BENCH_SIZES=1000,10000.
import { createRequire } from "node:module";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { availableParallelism } from "node:os";
import { generateArticles, writeCorpus } from "./generate.js";
import { analyse } from "../src/extract/extract.js";
import { countTokens } from "../src/extract/lexer.js";
import { runCheck, type CheckRun } from "../src/commands/check.js";
import { loadClaimsText } from "../src/claims/load.js";

const require = createRequire(import.meta.url);
const MB = 1024 * 1024;
const out = join(process.cwd(), "bench", "out");
const sink = new Writable({ write: (_c, _e, cb) => cb() });
const line = (s: string): void => void process.stdout.write(s + "\n");
const fmt = (x: number, d = 1): string => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

// ------------------------------------------------------------- extraction, one core
function extractionBench(): void {
  line("## Extraction on one core");
  const docs: Array<{ text: string; lang: string }> = [];
  let bytes = 0;
  for (const a of generateArticles(6000, 7)) {
    const lang = a.name.endsWith("-de.md") ? "de" : "en";
    docs.push({ text: a.text, lang });
    bytes += Buffer.byteLength(a.text);
    if (bytes > 22 * MB) break;
  }
  // Warm up the JIT on a slice first, as a long run would.
  for (const d of docs.slice(0, 200)) analyse({ path: "w", text: d.text, lang: d.lang });
  let t = performance.now();
  let tokens = 0;
  for (const d of docs) tokens += countTokens(d.text);
  const lexSec = (performance.now() - t) / 1000;
  t = performance.now();
  let claims = 0;
  for (const d of docs) claims += analyse({ path: "b", text: d.text, lang: d.lang }).claims.length;
  const exSec = (performance.now() - t) / 1000;
  const mb = bytes / MB;
  line(`text: ${fmt(mb)} MB, ${docs.length} articles, ${tokens.toLocaleString("en-US")} tokens`);
  line(`moo lexer alone: ${fmt(mb / lexSec)} MB/s (the ceiling)`);
  line(`extract: ${fmt(mb / exSec)} MB/s, ${Math.round(claims / exSec).toLocaleString("en-US")} claims/s, ${claims.toLocaleString("en-US")} claims; ${fmt((100 * (mb / exSec)) / (mb / lexSec), 0)}% of the lexer's speed`);

  // Microsoft Recognizers-Text on a ~100 KB sample of the same text (it is slow).
  try {
    const R = require("@microsoft/recognizers-text-suite") as {
      recognizeNumber(t: string, c: string): unknown[];
      recognizeDimension(t: string, c: string): unknown[];
      Culture: { English: string; German: string };
    };
    let sample = "";
    const sampleDocs: typeof docs = [];
    for (const d of docs) {
      if (sample.length > 100_000) break;
      sample += d.text;
      sampleDocs.push(d);
    }
    const sampleMB = Buffer.byteLength(sample) / MB;
    R.recognizeNumber("warm up 1,000 and 6,500 km", R.Culture.English);
    t = performance.now();
    let found = 0;
    for (const d of sampleDocs) {
      const culture = d.lang === "de" ? R.Culture.German : R.Culture.English;
      for (const para of d.text.split("\n\n")) found += R.recognizeNumber(para, culture).length + R.recognizeDimension(para, culture).length;
    }
    const rtSec = (performance.now() - t) / 1000;
    t = performance.now();
    for (const d of sampleDocs) analyse({ path: "b", text: d.text, lang: d.lang });
    const ourSec = (performance.now() - t) / 1000;
    line(`Recognizers-Text (numbers + dimensions) on ${fmt(sampleMB * 1024, 0)} KB: ${fmt(sampleMB / rtSec, 3)} MB/s, ${found} results; crosscheck on the same text: ${fmt(sampleMB / ourSec)} MB/s, ${fmt(rtSec / ourSec, 0)}× faster`);
  } catch (e) {
    line(`Recognizers-Text: not measured (${(e as Error).message})`);
  }
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
  const t = performance.now();
  const r = loadClaimsText("bench.yaml", text);
  const ms = performance.now() - t;
  line(`10,000 claims (${fmt(Buffer.byteLength(text) / MB, 2)} MB of YAML): loaded and validated in ${fmt(ms, 0)} ms, ${r.claims.length} claims, ${r.errors.length} errors`);
  line("");
}

// ------------------------------------------------------------------- check, end to end
async function check(dir: string, cacheDir: string, cache: boolean): Promise<{ run: CheckRun; sec: number }> {
  const t = performance.now();
  const run = await runCheck({
    paths: [dir], claims: join(out, "no-claims"), out: join(out, "reports"), formats: ["markdown", "json", "sarif"],
    failOn: "never", quiet: true, cache, cacheDir, stdout: sink, stderr: sink,
  });
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

const sizes = (process.env["BENCH_SIZES"] ?? "1000,10000,100000").split(",").map(Number).filter((x) => x > 0);
extractionBench();
claimsLoadBench();
await checkBench(sizes);
await incrementalBench(Math.min(10000, Math.max(...sizes)));

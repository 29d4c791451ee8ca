// The extraction benchmark, run by bench/run.ts in a worker thread with the extraction pool's
// resource limits: one core, 16 MB of the bench's news-like text, against the lexers alone (moo, and as extraction runs it),
// one file from 30 KB to 10 MB, and Microsoft Recognizers-Text on a ~100 KB sample of the same text.
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { parentPort } from "node:worker_threads";
import { generateArticles } from "./generate.js";
import { analyse } from "../src/extract/extract.js";
import { countTokens, eachToken } from "../src/language/lexer.js";

const require = createRequire(import.meta.url);
const MB = 1024 * 1024;
const line = (s: string): void => void (parentPort ? parentPort.postMessage(s) : process.stdout.write(`${s}\n`));
const fmt = (x: number, d = 1): string =>
  x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

/** The bench's news-like articles, up to `limit` bytes. */
export function benchDocs(limit: number): { docs: Array<{ text: string; lang: string }>; bytes: number } {
  const docs: Array<{ text: string; lang: string }> = [];
  let bytes = 0;
  for (const a of generateArticles(100_000, 7)) {
    const lang = a.name.endsWith("-de.md") ? "de" : "en";
    docs.push({ text: a.text, lang });
    bytes += Buffer.byteLength(a.text);
    if (bytes > limit) break;
  }
  return { docs, bytes };
}

/** One file of `chars` characters of English news bodies, paragraphs apart. */
export function bigFile(docs: ReadonlyArray<{ text: string; lang: string }>, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n < chars; k++) {
    const d = docs[k % docs.length]!;
    if (d.lang !== "en") continue;
    const body = d.text.replace(/^---[\s\S]*?---\n/u, "");
    parts.push(body);
    n += body.length + 2;
  }
  return parts.join("\n\n").slice(0, chars);
}

function extractionBench(): void {
  const { docs, bytes } = benchDocs(16 * MB);
  // Warm up the JIT on a slice first, as a long run would.
  for (const d of docs.slice(0, 200)) analyse({ path: "w", text: d.text, lang: d.lang });
  let t = performance.now();
  let tokens = 0;
  for (const d of docs) tokens += countTokens(d.text);
  const lexSec = (performance.now() - t) / 1000;
  t = performance.now();
  let visited = 0;
  for (const d of docs) eachToken(d.text, () => visited++);
  const eachSec = (performance.now() - t) / 1000;
  t = performance.now();
  const cpu = process.cpuUsage();
  let claims = 0;
  for (const d of docs) claims += analyse({ path: "b", text: d.text, lang: d.lang }).claims.length;
  const exSec = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSec = (used.user + used.system) / 1e6;
  const mb = bytes / MB;
  line(`text: ${fmt(mb)} MB, ${docs.length} articles, ${tokens.toLocaleString("en-US")} tokens`);
  line(`moo lexer alone: ${fmt(mb / lexSec)} MB/s`);
  line(
    `the lexer as extraction runs it (moo, tokens handed on as type and place): ${fmt(mb / eachSec)} MB/s, ${visited === tokens ? "the same" : "NOT the same"} tokens`,
  );
  line(
    `extract, one core: ${fmt(mb / exSec)} MB/s, ${Math.round(claims / exSec).toLocaleString("en-US")} claims/s, ${claims.toLocaleString("en-US")} claims; ${fmt((100 * (mb / exSec)) / (mb / lexSec), 0)}% of moo's speed`,
  );
  // The process's CPU time (this worker, V8's garbage-collector helpers; the main thread waits):
  // on a shared machine the wall time holds other jobs' share, the CPU time does not.
  line(
    `extract, one core, by CPU time: ${fmt(cpuSec, 2)} s of process CPU, ${fmt(mb / cpuSec)} MB per CPU second; load average ${fmt(loadavg()[0]!, 1)}`,
  );
  // Time per MB of one file, from an article's size to 10 MB: flat when nothing is quadratic in a file.
  const perSize: string[] = [];
  for (const size of [30 * 1024, 300 * 1024, 3 * MB, 10 * MB]) {
    const text = bigFile(docs, size);
    t = performance.now();
    analyse({ path: "big", text, lang: "en" });
    const sec = (performance.now() - t) / 1000;
    perSize.push(
      `${size >= MB ? `${size / MB} MB` : `${size / 1024} KB`} ${fmt((1000 * sec) / (text.length / MB), 0)}`,
    );
  }
  line(`one file, one core, ms per MB: ${perSize.join(", ")}`);

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
      for (const para of d.text.split("\n\n"))
        found += R.recognizeNumber(para, culture).length + R.recognizeDimension(para, culture).length;
    }
    const rtSec = (performance.now() - t) / 1000;
    // Ours is fast enough for one pass over 100 KB to be mostly noise (a GC pause): best of five.
    let ourSec = Infinity;
    for (let run = 0; run < 5; run++) {
      t = performance.now();
      for (const d of sampleDocs) analyse({ path: "b", text: d.text, lang: d.lang });
      ourSec = Math.min(ourSec, (performance.now() - t) / 1000);
    }
    line(
      `Recognizers-Text (numbers + dimensions) on ${fmt(sampleMB * 1024, 0)} KB: ${fmt(sampleMB / rtSec, 3)} MB/s, ${found} results; crosscheck on the same text: ${fmt(sampleMB / ourSec)} MB/s, ${fmt(rtSec / ourSec, 0)}× faster`,
    );
  } catch (e) {
    line(`Recognizers-Text: not measured (${(e as Error).message})`);
  }
}

if (parentPort) extractionBench();

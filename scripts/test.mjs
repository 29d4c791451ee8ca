// `npm test`: the whole check in one process, so that nothing waits on what it does not need.
// - Biome (format and lint) needs nothing built: it starts first and runs beside everything.
// - The generated sources (grammar, schemas, lexicon snapshots) come next, in this process:
//   tsc reads them, and they are not committed.
// - Then vitest and the type check side by side. tsc runs on one core and vitest does not need
//   its output (it compiles the sources itself); run one after the other, a core sat idle for
//   tsc's whole run. vitest's global setup writes dist/ (test/global-setup.ts) and, told so
//   here, does not generate the sources again; the tests then run on dist/src/.
// Biome's and tsc's messages are printed after vitest's report, not inside it; the step fails if
// any of the three fails. Arguments go to vitest (`npm test -- test/rules` runs those tests,
// still linting and type-checking everything).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { compileGrammar } from "./compile-grammar.mjs";
import { compileSchemas, snapshotLexicons } from "./compile-schemas.mjs";

const require = createRequire(import.meta.url);
const biomeBin = require.resolve("@biomejs/biome/bin/biome");
const tscBin = require.resolve("typescript/bin/tsc");
const vitestBin = join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");

/** Runs a Node script to its end; resolves to its exit code (1 if a signal ended it) and output. */
function run(script, args, stdio, env = process.env) {
  const child = spawn(process.execPath, [script, ...args], { stdio, env });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code: code ?? 1, output })));
}

const quiet = ["ignore", "pipe", "pipe"];
const lint = run(biomeBin, ["check"], quiet);
compileGrammar();
compileSchemas();
snapshotLexicons();
// The type check keeps what it learnt between runs (tsc --incremental: file hashes and results) in
// node_modules/.cache/, so that a run after an edit checks what the edit can change: 3.6 s of CPU
// instead of 10.5 s when nothing changed. A fresh clone has no such file and checks everything.
const typecheck = run(
  tscBin,
  ["-p", "tsconfig.json", "--incremental", "--tsBuildInfoFile", "node_modules/.cache/crosscheck/tsc.tsbuildinfo"],
  quiet,
);
// The global setup writes dist/src/ before any test runs; the tests import those modules
// (vitest.config.ts says why).
const env = { ...process.env, CROSSCHECK_SOURCES_GENERATED: "1", CROSSCHECK_TEST_BUILT_MODULES: "1" };
const tests = await run(vitestBin, ["run", ...process.argv.slice(2)], "inherit", env);
const [lints, types] = await Promise.all([lint, typecheck]);
if (lints.code !== 0) process.stdout.write(`\nFormat and lint (biome check) failed:\n${lints.output}`);
if (types.code !== 0)
  process.stdout.write(`\nType check (tsc -p tsconfig.json --incremental) failed:\n${types.output}`);
process.exitCode = tests.code || lints.code || types.code;

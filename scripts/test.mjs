// `npm test`'s last step: vitest and the type check (tsc --noEmit) side by side. tsc runs on one
// core and vitest does not need its output (it compiles the sources itself), so running them one
// after the other left a core idle for tsc's whole run. tsc's messages are printed after vitest's
// report, not inside it; the step fails if either fails. Arguments go to vitest
// (`npm test -- test/rules` runs those tests, type-checking everything still).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const tscBin = require.resolve("typescript/bin/tsc");
const vitestBin = join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");

/** Runs a Node script to its end; resolves to its exit code (1 if a signal ended it). */
function run(script, args, stdio) {
  const child = spawn(process.execPath, [script, ...args], { stdio });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code: code ?? 1, output })));
}

const typecheck = run(tscBin, ["-p", "tsconfig.json"], ["ignore", "pipe", "pipe"]);
const tests = await run(vitestBin, ["run", ...process.argv.slice(2)], "inherit");
const types = await typecheck;
if (types.code !== 0) process.stdout.write(`\nType check (tsc -p tsconfig.json) failed:\n${types.output}`);
process.exitCode = tests.code || types.code;

// The claims-loading benchmark, run by bench/run.ts in fresh processes: loading the claims files
// is what a `check` or `validate` run does first, so its first load in a process, with nothing
// compiled by V8 yet, is the figure that counts. Prints one JSON line.
//   node claims-load.js cold DIR N    N claims in DIR/claims/bench.yaml, loaded with no cache
//   node claims-load.js cached DIR N  the same, from the cache in DIR/cache (filled if empty)
// The modules are imported here, timed: a run pays for loading them (the grammar, its first
// column and FIRST sets, the validators) before its first claim.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const started = performance.now();
const startedCpu = process.cpuUsage();
const { loadClaims } = await import("../src/claims/load.js");
const { ClaimsCache } = await import("../src/claims/claims-cache.js");
const modules = performance.now() - started;
const modulesCpu = process.cpuUsage(startedCpu);

/** `n` claims, half written as people write them (through the grammar), half as value and unit. */
export function claimsFile(n: number): string {
  const lines = ["source:", "  name: Bench desk", "  date: 2022-10-01", "claims:"];
  const units = ["km", "miles", "people", "percent", "EUR", "reservists", "year"];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) lines.push(`  - id: c${i}`, `    quantity: more than ${(i + 1) * 10} km`);
    else
      lines.push(
        `  - id: c${i}`,
        `    value: ${i * 3}`,
        `    unit: ${units[i % units.length]}`,
        `    subject: departures`,
      );
  }
  return `${lines.join("\n")}\n`;
}

const [mode, dir, count] = [process.argv[2], process.argv[3]!, Number(process.argv[4])];
const file = join(dir, "claims", "bench.yaml");
mkdirSync(join(dir, "claims"), { recursive: true });
const text = claimsFile(count);
writeFileSync(file, text);
const cache = mode === "cached" ? new ClaimsCache(join(dir, "cache")) : null;
const t = performance.now();
const cpu = process.cpuUsage();
const r = loadClaims([file], cache);
const load = performance.now() - t;
const loadCpu = process.cpuUsage(cpu);
// CPU time (user and system, every thread of the process) beside the wall time: on a shared
// machine the wall time also holds the time other processes had the cores.
const ms = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
process.stdout.write(
  `${JSON.stringify({
    bytes: Buffer.byteLength(text),
    claims: r.claims.length,
    errors: r.errors.length,
    modules,
    load,
    modulesCpu: ms(modulesCpu),
    loadCpu: ms(loadCpu),
    hits: cache?.hits ?? 0,
  })}\n`,
);

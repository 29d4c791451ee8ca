// The claims-loading benchmark, run by bench/run.ts in fresh processes: loading a claims file
// is what a `check` or `validate` run does first, so its first load in a process, with nothing
// compiled by V8 yet, is the figure that counts. Prints one JSON line.
// The modules are imported here, timed: a run pays for loading them (the grammar, its first
// column and FIRST sets, the validators) before its first claim.
const started = performance.now();
const { loadClaimsText } = await import("../src/claims/load.js");
const { parseYamlSource } = await import("../src/base/yaml-source.js");
const { checkAgainstSchema } = await import("../src/base/schema-check.js");
const modules = performance.now() - started;

/** 10,000 claims, half written as people write them (through the grammar), half as value and unit. */
function claimsFile(shift = 0): string {
  const lines = ["source:", "  name: Bench desk", "  date: 2022-10-01", "claims:"];
  const units = ["km", "miles", "people", "percent", "EUR", "reservists", "year"];
  for (let i = 0; i < 10_000; i++) {
    if (i % 2 === 0) lines.push(`  - id: c${i}`, `    quantity: more than ${(i + 1) * 10 + shift} km`);
    else lines.push(`  - id: c${i}`, `    value: ${i * 3}`, `    unit: ${units[i % units.length]}`, `    subject: emigration`);
  }
  return lines.join("\n") + "\n";
}

const text = claimsFile();
let t = performance.now();
const r = loadClaimsText("bench.yaml", text);
const first = performance.now() - t;
// Again with other figures (nothing memoised), once the grammar and the validator are warm.
const again = claimsFile(7);
t = performance.now();
loadClaimsText("bench-2.yaml", again);
const warm = performance.now() - t;
// Where the warm time goes, on a third text: reading the YAML, the schema, and the rest.
const third = claimsFile(3);
t = performance.now();
const src = parseYamlSource("bench-3.yaml", third);
const read = performance.now() - t;
checkAgainstSchema(src, "claims");
const schema = performance.now() - t - read;
t = performance.now();
loadClaimsText("bench-3.yaml", third);
const rest = performance.now() - t - read - schema;
process.stdout.write(JSON.stringify({ bytes: Buffer.byteLength(text), claims: r.claims.length, errors: r.errors.length, modules, first, warm, read, schema, rest }) + "\n");

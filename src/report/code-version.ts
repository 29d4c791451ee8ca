// The version of crosscheck's own code, as a hash of its modules: a report file kept from the last
// run (ReportSink.reuse) is kept only when the code that made it is the same, down to a fix that
// changes no version number.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { grammarVersion } from "../claims/cache.js";
import { buildId, codeFolders } from "../base/own-code.js";

let version: string | undefined;

/** Every module under `dir` (built .js, or .ts when run from the sources), in name order. */
function modules(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) modules(p, out);
    else if (/\.(js|ts)$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
}

/** A hash of the code (every module of src/) and of the grammar and lexicons (grammarVersion). */
export function codeVersion(): string {
  if (version) return version;
  const h = createHash("sha256").update(grammarVersion());
  // Built code is keyed by its build's id (base/own-code.ts); the sources by their files.
  const built = buildId();
  if (built !== null) h.update(built);
  for (const folder of built !== null ? [] : codeFolders(import.meta.url, [".."])) {
    const files: string[] = [];
    modules(folder, files);
    // Paths relative to the code's folder: the same code installed elsewhere has the same version.
    for (const f of files) h.update(relative(folder, f)).update(readFileSync(f));
  }
  version = h.digest("hex").slice(0, 16);
  return version;
}

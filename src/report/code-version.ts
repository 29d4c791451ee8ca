// The version of crosscheck's own code, as a hash of its modules: a report file kept from the last
// run (ReportSink.reuse) is kept only when the code that made it is the same, down to a fix that
// changes no version number.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { grammarVersion } from "../claims/cache.js";

let version: string | undefined;

/** Every module beside this one's folder (built .js, or .ts when run from the sources), in name order. */
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
  const files: string[] = [];
  modules(join(dirname(fileURLToPath(import.meta.url)), ".."), files);
  for (const f of files) h.update(f.slice(f.lastIndexOf("src"))).update(readFileSync(f));
  version = h.digest("hex").slice(0, 16);
  return version;
}

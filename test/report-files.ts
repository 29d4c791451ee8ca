// A report folder's files as text, by path inside it, for tests that compare reports byte for byte.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dir`; SARIF's SRCROOT (the absolute URI of the folder check ran in, which differs from clone to clone) is blanked. */
export function reportFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else
        out.set(
          relative(dir, p),
          readFileSync(p, "utf8").replace(/("SRCROOT": \{"uri":")file:\/\/\/[^"]*(")/, "$1file:///…/$2"),
        );
    }
  };
  walk(dir);
  return out;
}

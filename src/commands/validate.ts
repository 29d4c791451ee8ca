// `crosscheck validate [PATH…]`: checks claims files (default claims/) and prints
// `file:line:column  error  message` lines (and `warning` lines for what does not stop a claim
// loading); exit 0 when there is no error, 2 when there is one.
import { dirname, join, relative } from "node:path";
import { loadClaims } from "../claims/load.js";
import { findConfigFile } from "../corpus/files.js";
import { formatInputError, formatWarning } from "../report/terminal.js";
import { plural } from "../report/words.js";

export function runValidate(paths: string[], out: NodeJS.WritableStream): number {
  // By default the claims/ folder beside the config file that applies here, as check finds it.
  const config = findConfigFile(process.cwd());
  const loaded = loadClaims(
    paths.length ? paths : [config ? relative(process.cwd(), join(dirname(config), "claims")) || "claims" : "claims"],
  );
  // One list in file order, by place inside a file; an error before a warning at one place.
  const lines = [
    ...loaded.errors.map((e) => ({ e, text: formatInputError(e) })),
    ...loaded.warnings.map((e) => ({ e, text: formatWarning(e) })),
  ];
  const firstSeen = new Map<string, number>();
  for (const f of [...loaded.files.map((f) => f.path), ...lines.map((l) => l.e.file)]) {
    if (!firstSeen.has(f)) firstSeen.set(f, firstSeen.size);
  }
  lines.sort(
    (a, b) => firstSeen.get(a.e.file)! - firstSeen.get(b.e.file)! || a.e.line - b.e.line || a.e.column - b.e.column,
  );
  for (const l of lines) out.write(`${l.text}\n`);
  const counts = [
    plural(loaded.files.length, "file"),
    plural(loaded.claims.length, "claim"),
    plural(loaded.corrections.length, "correction"),
    plural(loaded.errors.length, "error"),
    plural(loaded.warnings.length, "warning"),
  ];
  out.write(`${counts.join(", ")}\n`);
  return loaded.errors.length ? 2 : 0;
}

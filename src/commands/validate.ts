// `crosscheck validate [PATH…]`: checks claims files (default claims/) and prints
// `file:line:column  error  message` lines; exit 0 when clean, 2 when not.
import { loadClaims } from "../claims/load.js";
import { formatInputError } from "../report/terminal.js";

export function runValidate(paths: string[], out: NodeJS.WritableStream): number {
  const loaded = loadClaims(paths.length ? paths : ["claims"]);
  for (const e of loaded.errors) out.write(formatInputError(e) + "\n");
  const files = loaded.files.length;
  out.write(`${files} file${files === 1 ? "" : "s"}, ${loaded.claims.length} claims, ${loaded.corrections.length} corrections, ${loaded.errors.length} error${loaded.errors.length === 1 ? "" : "s"}\n`);
  return loaded.errors.length ? 2 : 0;
}

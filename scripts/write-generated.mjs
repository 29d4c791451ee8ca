// Writes a generated source file only when its text changed, so that a rebuild with nothing new
// leaves its time stamp (and tsc's incremental state) alone.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function writeGenerated(out, text) {
  mkdirSync(dirname(out), { recursive: true });
  let previous = "";
  try {
    previous = readFileSync(out, "utf8");
  } catch {}
  if (previous !== text) writeFileSync(out, text);
  return out;
}

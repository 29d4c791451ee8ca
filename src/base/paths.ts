import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The folder holding crosscheck's package.json, whether run from src/ (tests) or dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "grammar"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("crosscheck: cannot find the package root (grammar/ beside package.json)");
    dir = up;
  }
  root = dir;
  return root;
}

// Expanding the paths a user gives into article files: folders are walked (sorted, so runs
// are deterministic), symlink loops are cut, and a path that does not exist is an input error.
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { InputError } from "./article.js";

export const ARTICLE_EXTENSIONS = [".md", ".txt", ".markdown"];

export function expandPaths(paths: string[], extensions = ARTICLE_EXTENSIONS): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const visit = (p: string, explicit: boolean): void => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === "ELOOP" ? "symbolic link loop" : code === "ENOENT" ? "no such file or folder" : code === "EACCES" ? "permission denied" : (e as Error).message;
      errors.push({ file: p, line: 0, column: 0, message: `cannot read: ${why}` });
      return;
    }
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      real = p;
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (st.isDirectory()) {
      let entries: string[];
      try {
        entries = readdirSync(p).sort();
      } catch (e) {
        errors.push({ file: p, line: 0, column: 0, message: `cannot read folder: ${(e as Error).message}` });
        return;
      }
      for (const name of entries) if (!name.startsWith(".")) visit(join(p, name), false);
    } else if (explicit || extensions.some((x) => p.toLowerCase().endsWith(x))) {
      files.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return { files, errors };
}

// Expanding the paths a user gives into article files: folders are walked (sorted, so runs
// are deterministic), symlink loops are cut, and a path that does not exist is an input error.
// Only regular files are listed: a named pipe, a socket or a device (a link to /dev/zero) would
// hang or flood a reader, so each is an input error ("not a regular file") and the rest goes on.
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { InputError } from "./article.js";

export const ARTICLE_EXTENSIONS = [".md", ".txt", ".markdown"];

export interface Expanded {
  files: string[];
  errors: InputError[];
  /** The real paths (symbolic links resolved) of every folder walked and every file listed. */
  real: { folders: string[]; files: string[] };
}

export function expandPaths(paths: string[], extensions = ARTICLE_EXTENSIONS): Expanded {
  const files: string[] = [];
  const errors: InputError[] = [];
  const real: Expanded["real"] = { folders: [], files: [] };
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
    let rp: string;
    try {
      rp = realpathSync(p);
    } catch {
      rp = p;
    }
    if (seen.has(rp)) return;
    seen.add(rp);
    if (st.isDirectory()) {
      real.folders.push(rp);
      let entries: string[];
      try {
        entries = readdirSync(p).sort();
      } catch (e) {
        errors.push({ file: p, line: 0, column: 0, message: `cannot read folder: ${(e as Error).message}` });
        return;
      }
      for (const name of entries) if (!name.startsWith(".")) visit(join(p, name), false);
    } else if (explicit || extensions.some((x) => p.toLowerCase().endsWith(x))) {
      if (!st.isFile()) {
        errors.push({ file: p, line: 0, column: 0, message: "not a regular file" });
        return;
      }
      files.push(p);
      real.files.push(rp);
    }
  };
  for (const p of paths) visit(p, true);
  return { files, errors, real };
}

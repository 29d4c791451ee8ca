// Expanding the paths a user gives into article files: folders are walked (sorted, so runs
// are deterministic), symlink loops are cut, and a path that does not exist is an input error.
// Only regular files are listed: a named pipe, a socket or a device (a link to /dev/zero) would
// hang or flood a reader, so each is an input error ("not a regular file") and the rest goes on.
// A walk never enters crosscheck's own folders (a reports folder, known by its marker file, and
// dot folders such as the cache) nor what the user's ignore patterns name: `check .` run twice
// must not read its own reports back as articles.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import ignore from "ignore";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { InputError } from "../base/diagnostic.js";

/**
 * The file that marks a folder as crosscheck's reports folder: check replaces a folder that has
 * it (or an empty one), and refuses any other, so that `--out` pointed at someone's work wipes
 * nothing; a walk for articles never enters one.
 */
export const REPORTS_MARKER = ".crosscheck-reports";

/** What a walk leaves out, besides dot files and reports folders. */
export interface WalkFilter {
  /** Real paths of folders never entered (the output folder, the cache). */
  skip?: readonly string[];
  /** Whether a path found by the walk is ignored (.crosscheckignore, config `ignore:`). */
  ignored?: (absolute: string, folder: boolean) => boolean;
}

export const ARTICLE_EXTENSIONS = [".md", ".txt", ".markdown"];

export interface Expanded {
  files: string[];
  errors: InputError[];
  /** The real paths (symbolic links resolved) of every folder walked and every file listed. */
  real: { folders: string[]; files: string[] };
}

export function expandPaths(paths: string[], extensions = ARTICLE_EXTENSIONS, filter: WalkFilter = {}): Expanded {
  const files: string[] = [];
  const errors: InputError[] = [];
  const real: Expanded["real"] = { folders: [], files: [] };
  const seen = new Set<string>();
  const skip = new Set(filter.skip ?? []);
  const left = (p: string, rp: string, folder: boolean): boolean =>
    (folder && (skip.has(rp) || lstatSync(join(p, REPORTS_MARKER), { throwIfNoEntry: false })?.isFile() === true)) ||
    (filter.ignored?.(resolve(p), folder) ?? false);
  const visit = (p: string, explicit: boolean): void => {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === "ELOOP"
          ? "symbolic link loop"
          : code === "ENOENT"
            ? "no such file or folder"
            : code === "EACCES"
              ? "permission denied"
              : (e as Error).message;
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
    if (!explicit && left(p, rp, st.isDirectory())) return;
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

/** The ignore file read from the project's folder (the config's folder, else the current one). */
export const IGNORE_FILE = ".crosscheckignore";

/**
 * Whether a path is ignored, in gitignore syntax (the `ignore` package, ESLint's reading of
 * it): the lines of `root`/.crosscheckignore, then the config's `ignore:` patterns, both
 * relative to `root`. Paths outside `root` are never ignored.
 */
export function ignoreFilter(
  root: string,
  patterns: readonly string[],
): { ignored: (absolute: string, folder: boolean) => boolean; errors: InputError[] } {
  const errors: InputError[] = [];
  const file = join(root, IGNORE_FILE);
  let lines = "";
  try {
    lines = readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT")
      errors.push({ file, line: 0, column: 0, message: `cannot read: ${(e as Error).message}` });
  }
  const ig = ignore()
    .add(lines)
    .add([...patterns]);
  const base = resolve(root);
  const ignored = (absolute: string, folder: boolean): boolean => {
    const rel = relative(base, absolute);
    if (rel === "" || rel.startsWith("..") || /^[\\/]|^[a-zA-Z]:/.test(rel)) return false;
    return ig.ignores(rel.split(sep).join("/") + (folder ? "/" : ""));
  };
  return { ignored, errors };
}

export const DEFAULT_CONFIG_FILE = "crosscheck.config.yaml";

/**
 * The config file that applies to `start` (a folder), found as ESLint and Prettier find theirs:
 * in `start`, else in the nearest folder above it that has one; null when none has.
 */
export function findConfigFile(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const file = join(dir, DEFAULT_CONFIG_FILE);
    // Whatever is there is the config: a pipe or a device named so is reported, not passed over.
    if (lstatSync(file, { throwIfNoEntry: false }) !== undefined) return file;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

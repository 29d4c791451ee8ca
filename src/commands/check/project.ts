// Where a run's inputs and outputs are: the project's folder, found as ESLint and Prettier find
// theirs, and the defaults filled in from it.
import { statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { findConfigFile } from "../../rules/config.js";
import { inside } from "../../report/sink.js";

/** What projectOf reads of check's options. */
export interface ProjectOptions {
  paths: string[];
  claims?: string;
  out?: string;
  config?: string;
  cacheDir?: string;
}

/** Where a run's inputs and outputs are, once the defaults are filled in from the project's folder. */
export interface Project {
  paths: string[];
  claims: string;
  claimsGiven: boolean;
  out: string;
  cacheDir: string;
  config: string | null;
  configGiven: boolean;
  /** The folder .crosscheckignore is read from and `ignore:` patterns are relative to. */
  root: string;
}

/** A path as shown to the user: relative to the current folder when it is below it, else absolute. */
const shown = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? p : rel;
};

/**
 * The project a run belongs to, found as ESLint and Prettier find theirs: the config file in the
 * folder of the first path (the current folder when none is given), or the nearest folder above
 * it. Its folder holds claims/, reports/ and the cache. Without a config, the current folder is
 * the project's when the path is inside it, else the path's own folder: a folder of articles
 * checked from elsewhere never takes in the claims of the folder crosscheck was started from.
 */
export function projectOf(o: ProjectOptions): Project {
  const first = o.paths.find((p) => p !== "-");
  const start =
    first === undefined
      ? process.cwd()
      : statSync(first, { throwIfNoEntry: false })?.isDirectory()
        ? resolve(first)
        : dirname(resolve(first));
  const config = o.config ?? findConfigFile(start);
  const root = config !== null ? dirname(resolve(config)) : inside(start, process.cwd()) ? process.cwd() : start;
  const articlesDir = join(root, "articles");
  const paths = o.paths.length
    ? o.paths
    : [shown(statSync(articlesDir, { throwIfNoEntry: false })?.isDirectory() ? articlesDir : root)];
  return {
    paths,
    claims: o.claims ?? shown(join(root, "claims")),
    claimsGiven: o.claims !== undefined,
    out: o.out ?? shown(join(root, "reports")),
    cacheDir: o.cacheDir ?? shown(join(root, ".crosscheck-cache")),
    config: config === null ? null : (o.config ?? shown(config)),
    configGiven: o.config !== undefined,
    root,
  };
}

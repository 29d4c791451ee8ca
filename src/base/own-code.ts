// Where crosscheck's own code lies, for the hashes that key its caches (claims/cache.ts,
// claims/claims-cache.ts, report/code-version.ts). Run from dist/src/ (or src/ in tests), its code
// is a folder of modules; run from the one-file build in dist/bundle/ (scripts/bundle.mjs, which
// the `crosscheck` command and `npm run check` use), it is the bundle's files, and every module's
// import.meta.url is the bundle's. Built code (either) carries its build's id, which stands for
// all of it in those hashes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "./paths.js";

/** Set to true by esbuild's `define` in scripts/bundle.mjs; undeclared when the modules run as they are. */
declare const CROSSCHECK_BUNDLE: boolean | undefined;

/** Set by esbuild's `define` in scripts/transpile.mjs (a hash of every source); undeclared when the sources run as they are. */
declare const CROSSCHECK_BUILD_ID: string | undefined;

let id: string | null | undefined;

/**
 * The id of the build this code comes from, with the versions of the packages it runs with, or
 * null when it runs from the sources. The same id, the same code: the caches key the code by it
 * instead of hashing the built files (three hashes of the 4 MB bundle were a fifteenth of a small
 * check's time). The build's part covers the lock file (what the bundle holds); the versions, the
 * packages installed now (what the modules import, if they were upgraded since the build).
 */
export function buildId(): string | null {
  if (id === undefined)
    id = typeof CROSSCHECK_BUILD_ID === "string" ? `${CROSSCHECK_BUILD_ID}+${installedDependencies()}` : null;
  return id;
}

/** "moo@0.5.3,nearley@2.20.1,…": each dependency of package.json as Node would resolve it from here. */
function installedDependencies(): string {
  const root = packageRoot();
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const require = createRequire(join(root, "package.json"));
  const versionOf = (name: string): string => {
    for (const dir of require.resolve.paths(name) ?? []) {
      try {
        return (JSON.parse(readFileSync(join(dir, name, "package.json"), "utf8")) as { version: string }).version;
      } catch {
        // not installed in this folder: the next one up
      }
    }
    return "?";
  };
  return Object.keys(pkg.dependencies ?? {})
    .sort()
    .map((name) => `${name}@${versionOf(name)}`)
    .join(",");
}

/** Whether this code runs from the one-file build. */
export const isBundled = (): boolean => typeof CROSSCHECK_BUNDLE !== "undefined" && CROSSCHECK_BUNDLE === true;

/**
 * The folders holding the code a hash must cover: `relative` to the calling module's folder
 * (`moduleUrl`, its import.meta.url) when run as modules; in the bundle, the bundle's folder
 * (it holds the whole program, so a change anywhere in it changes the hash).
 */
export function codeFolders(moduleUrl: string, relative: readonly string[]): string[] {
  const here = dirname(fileURLToPath(moduleUrl));
  return isBundled() ? [here] : relative.map((r) => join(here, r));
}

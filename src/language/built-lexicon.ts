// The lexicons as the build made them: `npm run build` (and the tests' global setup) builds every
// language's lexicon once and writes it to dist/lexicons/<lang>.v8 with Node's serializer
// (scripts/write-built-lexicons.mjs). A run reads that file back instead of building the lexicon,
// which was a tenth of a small check's CPU (30-40 ms a language, in every process and every
// worker thread; reading it back takes 3 ms). It is read only when it is certainly what building
// would give: written by the very build this code comes from (buildId(), in base/own-code.ts), for the same V8 (the serializer's format)
// and CLDR (the currency forms), from lexicon files that have not changed since (their hashes in
// the build's snapshot). Run from the TypeScript sources (watch mode), there is no build id, and
// the lexicons are built.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize } from "node:v8";
import { buildId } from "../base/own-code.js";
import { packageRoot } from "../base/paths.js";

/** What a built lexicon must have been made by and from, to stand for building it now. */
export interface BuiltKey {
  buildId: string;
  v8: string;
  cldr: string;
  /** Every lexicon file's SHA-256 (file name → hash), as the build read them. */
  inputs: Record<string, string>;
}

/** The file a language's built lexicon is written to and read from. */
export const builtLexiconFile = (lang: string, root = packageRoot()): string =>
  join(root, "dist", "lexicons", `${lang}.v8`);

/** The file other tables the build computed are kept in ("grammar": the grammar's FIRST sets). */
export const builtTablesFile = (name: string, root = packageRoot()): string =>
  join(root, "dist", "lexicons", `${name}.tables.v8`);

/** The key this process needs: this build, this Node, these lexicon files; null from the sources (then nothing is hashed). */
export function currentKey(inputs: () => Record<string, string>): BuiltKey | null {
  const id = buildId();
  return id === null
    ? null
    : { buildId: id, v8: process.versions.v8, cldr: process.versions.cldr ?? "", inputs: inputs() };
}

/**
 * What `file` holds (a built lexicon, or another table the build made) when it was written for
 * `key`; undefined when it was not, when there is no key (the sources), or the file is missing or
 * unreadable: the caller then builds it, as it would without the file.
 */
export function readBuiltTables<T>(file: string, key: BuiltKey | null): T | undefined {
  if (key === null) return undefined;
  try {
    const built = deserialize(readFileSync(file)) as { key: BuiltKey; value: T };
    return JSON.stringify(built.key) === JSON.stringify(key) ? built.value : undefined;
  } catch {
    return undefined;
  }
}

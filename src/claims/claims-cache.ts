// Hand-added claims files, cached by content like articles (cache.ts): what one file loaded to
// (its claims, corrections, errors and warnings) is kept under the hash of its path and text, so
// a re-run reads and checks again only the files that changed. An entry is sealed like the
// extraction cache's and checked for shape before use (schema/claims-cache.schema.json, compiled
// at build); one that does not fit is loaded again.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../base/paths.js";
import { buildId, codeFolders } from "../base/own-code.js";
import { schemaValidator } from "../base/schema-check.js";
import { grammarVersion, readSealed, writeSealed } from "./cache.js";
import type { LoadedClaims, LoadedClaimsCache } from "./load.js";

/** One file's entry is at most this large (a 64 MB claims file loads to about as much JSON). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

let version: string | undefined;

/**
 * What decides what a claims file loads to: the grammar, lexicons and extraction code (through
 * grammarVersion: quantities are read by the grammar), the loading code (claims/, base/) and the
 * claims schema.
 */
export function claimsVersion(): string {
  if (version) return version;
  const h = createHash("sha256").update(grammarVersion());
  // Built code is keyed by its build's id (base/own-code.ts); the sources by their files.
  const built = buildId();
  const folders = built !== null ? [] : codeFolders(import.meta.url, [".", "../base", "../base/generated"]);
  if (built !== null) h.update(built);
  for (const dir of folders) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const f of files)
      if (/\.(js|ts)$/.test(f) && !f.endsWith(".d.ts")) h.update(f).update(readFileSync(join(dir, f)));
  }
  h.update(readFileSync(join(packageRoot(), "schema", "claims.schema.json")));
  version = h.digest("hex").slice(0, 16);
  return version;
}

/** JSON holds what loading gives, unless a figure is not finite (YAML's .inf): then the file is not cached. */
function fitsJson(loaded: LoadedClaims): boolean {
  let finite = true;
  JSON.stringify(loaded, (_k, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) finite = false;
    return v;
  });
  return finite;
}

export class ClaimsCache implements LoadedClaimsCache {
  hits = 0;
  misses = 0;
  constructor(
    private readonly dir: string,
    private readonly version: string = claimsVersion(),
  ) {}

  private keyOf(file: string, text: string): string[] {
    return [this.version, file, createHash("sha256").update(text).digest("hex")];
  }

  private fileOf(key: string[]): string {
    const id = createHash("sha256").update(JSON.stringify(key)).digest("hex");
    // Named apart from the extraction cache's entries (<hash>.json), which sit in the same folder.
    return join(this.dir, "claims", `claims-${id}.json`);
  }

  /** What the file loaded to when its text was this, or undefined. */
  get(file: string, text: string): LoadedClaims | undefined {
    const key = this.keyOf(file, text);
    try {
      const data = readSealed(this.fileOf(key), MAX_ENTRY_BYTES) as { key: unknown; loaded: LoadedClaims } | undefined;
      if (
        data !== undefined &&
        JSON.stringify(data.key) === JSON.stringify(key) &&
        schemaValidator("claims-cache")(data)
      ) {
        const { loaded } = data;
        if (loaded.claims.every((c) => c.origin?.file === file)) {
          this.hits++;
          return loaded;
        }
      }
    } catch {
      // missing or corrupt: load again
    }
    this.misses++;
    return undefined;
  }

  set(file: string, text: string, loaded: LoadedClaims): void {
    const key = this.keyOf(file, text);
    if (fitsJson(loaded)) writeSealed(this.fileOf(key), { key, loaded });
  }
}

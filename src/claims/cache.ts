// The extraction cache: claims of an article, keyed by its content hash, path, language and
// the grammar's version, in one ignorable folder (.crosscheck-cache/). Writes go to a temporary
// file renamed into place, so a crash mid-write leaves no torn entry; an entry that does not
// read back as claims is ignored and re-parsed, never trusted.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../paths.js";
import type { Claim } from "./claim.js";
import type { NameMention } from "../extract/extract.js";

export interface Analysis {
  claims: Claim[];
  names: NameMention[];
}

let version: string | undefined;

/** A hash of everything that decides what extract returns: grammar, lexicons, version. */
export function grammarVersion(): string {
  if (version) return version;
  const root = packageRoot();
  const h = createHash("sha256");
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  h.update(pkg.version);
  for (const dir of ["grammar", join("grammar", "lexicon")]) {
    for (const f of readdirSync(join(root, dir)).sort()) {
      if (f.endsWith(".ne") || f.endsWith(".yaml")) h.update(f).update(readFileSync(join(root, dir, f)));
    }
  }
  return (version = h.digest("hex").slice(0, 16));
}

export interface CacheKey {
  path: string;
  hash: string;
  lang: string;
  date: string | null;
}

export class ExtractCache {
  hits = 0;
  misses = 0;
  constructor(private readonly dir: string) {}

  private file(key: CacheKey): string {
    const id = createHash("sha256").update(JSON.stringify([grammarVersion(), key.path, key.hash, key.lang, key.date])).digest("hex");
    return join(this.dir, id.slice(0, 2), `${id}.json`);
  }

  getAnalysis(key: CacheKey): Analysis | undefined {
    try {
      const data = JSON.parse(readFileSync(this.file(key), "utf8")) as { claims?: unknown; names?: unknown };
      const ok = (x: unknown, field: string): boolean => typeof x === "object" && x !== null && field in x;
      if (Array.isArray(data.claims) && Array.isArray(data.names) && data.claims.every((c) => ok(c, "kind")) && data.names.every((n) => ok(n, "text"))) {
        this.hits++;
        return { claims: data.claims as Claim[], names: data.names as NameMention[] };
      }
    } catch {
      // missing or corrupt: parse again
    }
    this.misses++;
    return undefined;
  }

  setAnalysis(key: CacheKey, analysis: Analysis): void {
    const file = this.file(key);
    try {
      mkdirSync(join(file, ".."), { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify(analysis));
      renameSync(tmp, file);
    } catch {
      // a cache that cannot be written only costs time
    }
  }
}

// Where reporters write: whole files, or files written piece by piece, so that no report has to
// be held as one string (findings.json and the SARIF log of 100,000 articles are each larger
// than a JavaScript string may be). FolderSink writes into a folder as the pieces come;
// MemorySink keeps them, for tests and callers that want strings.
//
// A FolderSink given the previous reports' folder links a whole file that came out byte for
// byte the same as its previous version instead of writing it again: a re-check after one edit
// then creates and later frees a few files, not one per article (freeing thousands of files
// that have reached the disk costs seconds). Whether a file is the same is read off a manifest of
// the previous run's files (content hash, size, inode, mtime) when the old file is still the one
// recorded; otherwise a file of the same size is compared byte for byte. A file whose maker names
// what it is made from (a key: a hash of its inputs) is not even made again when the previous
// run's was made from the same key (reuse).
import { createHash } from "node:crypto";
import { closeSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

export interface ReportStream {
  write(s: string): void;
  close(): void;
}

export interface ReportSink {
  /** Writes one whole file; `key` names what it was made from (see reuse). */
  file(name: string, content: string, key?: string): void;
  /**
   * Takes the previous run's file `name` as it is when it was made from the same `key` (a hash of
   * everything its content depends on), so that it need not be made again; whether it did.
   */
  reuse?(name: string, key: string): boolean;
  /** Opens a file to be written in pieces; close() finishes it. */
  open(name: string): ReportStream;
}

export const inside = (child: string, parent: string): boolean => {
  const rel = relative(resolve(parent), resolve(child));
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
};

/** Pieces are gathered up to this many characters before they are written out. */
const FLUSH_AT = 1 << 20;

/** A whole file as a FolderSink left it. */
export interface FileRecord {
  hash: string;
  size: number;
  ino: number;
  mtimeMs: number;
  /** What the file was made from, when its maker said (ReportSink.reuse). */
  key?: string;
}

export class FolderSink implements ReportSink {
  /** The files written, in order. */
  readonly names: string[] = [];
  /** How many files were linked from the previous folder rather than written. */
  linked = 0;
  /** The whole files written or linked, for the next run's manifest. */
  readonly manifest = new Map<string, FileRecord>();
  private readonly dirs = new Set<string>();
  /**
   * Offered only when the manifest is kept for the next run (`kept`): without it no key is ever
   * read again, and making one cost a sixth of a cold run's reports.
   */
  readonly reuse?: (name: string, key: string) => boolean;
  constructor(
    readonly dir: string,
    private readonly previous: string | null = null,
    private readonly known: ReadonlyMap<string, FileRecord> = new Map(),
    /** Whether `manifest` is kept for the next run: when not, files are neither hashed nor looked at again once written. */
    private readonly kept = true,
  ) {
    if (kept) this.reuse = (name, key) => this.linkPrevious(name, key);
  }

  /** Where `name` goes, its folder made. */
  private target(name: string): string {
    const file = join(this.dir, name);
    if (!inside(file, this.dir)) throw new Error(`refusing to write outside the output folder: ${name}`);
    const d = dirname(file);
    if (!this.dirs.has(d)) {
      mkdirSync(d, { recursive: true });
      this.dirs.add(d);
    }
    return file;
  }

  private path(name: string): string {
    const file = this.target(name);
    this.names.push(name);
    return file;
  }

  /** Links the previous file made from `key`, when it is still the file the manifest recorded. */
  private linkPrevious(name: string, key: string): boolean {
    const rec = this.known.get(name);
    if (!this.previous || rec?.key !== key) return false;
    try {
      const old = join(this.previous, name);
      const st = lstatSync(old, { throwIfNoEntry: false });
      if (!st?.isFile() || st.ino !== rec.ino || st.size !== rec.size || st.mtimeMs !== rec.mtimeMs) return false;
      linkSync(old, this.target(name));
      this.names.push(name);
      this.linked++;
      this.manifest.set(name, rec);
      return true;
    } catch {
      // links not possible here: it is made again
      return false;
    }
  }

  file(name: string, content: string, key?: string): void {
    const file = this.path(name);
    const bytes = Buffer.from(content);
    // Hashed only for the manifest, and to compare with a file it recorded.
    const hash = this.kept ? createHash("sha1").update(bytes).digest("base64") : null;
    if (this.previous) {
      const old = join(this.previous, name);
      try {
        const st = lstatSync(old, { throwIfNoEntry: false });
        if (st?.isFile() && st.size === bytes.length) {
          const rec = this.known.get(name);
          const recorded = hash !== null && rec?.ino === st.ino && rec.size === st.size && rec.mtimeMs === st.mtimeMs;
          if (recorded ? rec.hash === hash : readFileSync(old).equals(bytes)) {
            linkSync(old, file);
            this.linked++;
            if (hash !== null) this.manifest.set(name, { hash, size: st.size, ino: st.ino, mtimeMs: st.mtimeMs, key });
            return;
          }
        }
      } catch {
        // links not possible here: write it
      }
    }
    writeFileSync(file, bytes);
    if (hash === null) return;
    const st = lstatSync(file);
    this.manifest.set(name, { hash, size: st.size, ino: st.ino, mtimeMs: st.mtimeMs, key });
  }

  open(name: string): ReportStream {
    const fd = openSync(this.path(name), "w");
    let parts: string[] = [];
    let size = 0;
    const flush = (): void => {
      if (size) writeSync(fd, parts.join(""));
      parts = [];
      size = 0;
    };
    return {
      write(s: string): void {
        parts.push(s);
        size += s.length;
        if (size >= FLUSH_AT) flush();
      },
      close(): void {
        try {
          flush();
        } finally {
          closeSync(fd);
        }
      },
    };
  }
}

export class MemorySink implements ReportSink {
  readonly files = new Map<string, string>();
  file(name: string, content: string): void {
    this.files.set(name, content);
  }
  open(name: string): ReportStream {
    const parts: string[] = [];
    return { write: (s) => void parts.push(s), close: () => void this.files.set(name, parts.join("")) };
  }
}

/** An array a JSON writer streams from an iterable, one element at a time. */
export class LazyArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/**
 * Writes `value` exactly as `JSON.stringify(value, null, 2)` would, but in pieces: objects and
 * arrays (and LazyArrays) are walked to `depth` levels, below which each value is stringified
 * alone and re-indented. With `compactBelow`, values below `depth` are written on one line
 * each instead (`JSON.stringify(value)`). Values have no toJSON and no cycles (plain report data).
 */
export function writeJson(w: ReportStream, value: unknown, depth: number, indent = "", compactBelow = false): void {
  if (value instanceof LazyArray) {
    let first = true;
    const inner = `${indent}  `;
    for (const item of value.items) {
      w.write(first ? "[\n" : ",\n");
      first = false;
      w.write(inner);
      writeJson(
        w,
        item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item,
        depth - 1,
        inner,
        compactBelow,
      );
    }
    w.write(first ? "[]" : `\n${indent}]`);
    return;
  }
  if (depth <= 0 || value === null || typeof value !== "object") {
    if (compactBelow) {
      w.write(JSON.stringify(value));
      return;
    }
    const s = JSON.stringify(value, null, 2);
    w.write(indent && s.includes("\n") ? s.replace(/\n/g, `\n${indent}`) : s);
    return;
  }
  if (Array.isArray(value)) {
    writeJson(w, new LazyArray(value), depth, indent, compactBelow);
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    w.write(first ? "{\n" : ",\n");
    first = false;
    w.write(`${inner}${JSON.stringify(k)}: `);
    writeJson(w, v, depth - 1, inner, compactBelow);
  }
  w.write(first ? "{}" : `\n${indent}}`);
}

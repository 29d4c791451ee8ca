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
import {
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { ReportFileRecord } from "../claims/cache.js";
import { FileWriter } from "./file-writer.js";

export interface ReportStream {
  write(s: string): void;
  close(): void;
  /**
   * Writes the piece `key` names (a hash of everything its bytes depend on): the previous run's
   * bytes for it, when its file is still the one the manifest recorded and held that piece, else
   * what `make` writes. Without it, callers just make every piece (writePiece).
   */
  piece?(key: string, make: () => void): void;
}

/** Writes a piece through `w.piece` when the stream keeps pieces, else makes it; `key` undefined: always made. */
export function writePiece(w: ReportStream, key: string | undefined, make: () => void): void {
  if (key !== undefined && w.piece) w.piece(key, make);
  else make();
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

/** Whole files a FolderSink writes itself before it hands the rest to a worker. */
const SYNC_FILES = 200;

/** A file as a FolderSink left it (the report manifest's record). */
export type FileRecord = ReportFileRecord;

export class FolderSink implements ReportSink {
  /** The files written, in order. */
  readonly names: string[] = [];
  /** How many files were linked from the previous folder rather than written. */
  linked = 0;
  /** The whole files written or linked, for the next run's manifest. */
  readonly manifest = new Map<string, FileRecord>();
  private readonly dirs = new Set<string>();
  /** Whole files written so far (not linked). */
  private written = 0;
  private writer: FileWriter | undefined;
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
    /** Whole files written in this thread before the rest go to a worker (FileWriter); a small run starts none. */
    private readonly syncFiles = SYNC_FILES,
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
    // Hashed only for the manifest, and to compare with a file it recorded.
    const hash = this.kept ? createHash("sha1").update(content).digest("base64") : null;
    if (this.previous && this.linkSame(name, file, content, hash, key)) return;
    if (++this.written <= this.syncFiles) {
      writeFileSync(file, content);
      if (hash === null) return;
      const st = lstatSync(file);
      this.manifest.set(name, { hash, size: st.size, ino: st.ino, mtimeMs: st.mtimeMs, key });
      return;
    }
    this.writer ??= new FileWriter();
    if (hash === null) {
      this.writer.write(file, content);
      return;
    }
    // Recorded now, in the order of the files; the inode and mtime are known once it is written.
    const rec: FileRecord = { hash, size: Buffer.byteLength(content), ino: 0, mtimeMs: 0, key };
    this.manifest.set(name, rec);
    this.writer.write(file, content, (ino, mtimeMs) => {
      rec.ino = ino;
      rec.mtimeMs = mtimeMs;
    });
  }

  /** Links the previous run's file `name` when it came out byte for byte the same; whether it did. */
  private linkSame(name: string, file: string, content: string, hash: string | null, key?: string): boolean {
    const old = join(this.previous!, name);
    try {
      const st = lstatSync(old, { throwIfNoEntry: false });
      if (!st?.isFile() || st.size !== Buffer.byteLength(content)) return false;
      const rec = this.known.get(name);
      const recorded = hash !== null && rec?.ino === st.ino && rec.size === st.size && rec.mtimeMs === st.mtimeMs;
      if (!(recorded ? rec.hash === hash : readFileSync(old).equals(Buffer.from(content)))) return false;
      linkSync(old, file);
      this.linked++;
      if (hash !== null) this.manifest.set(name, { hash, size: st.size, ino: st.ino, mtimeMs: st.mtimeMs, key });
      return true;
    } catch {
      // links not possible here: it is written
      return false;
    }
  }

  /** Waits until every whole file is written; throws the first failure to write one. */
  async finish(): Promise<void> {
    await this.writer?.finish();
  }

  /** Stops writing (the reports are given up). */
  async abandon(): Promise<void> {
    await this.writer?.abandon();
  }

  open(name: string): ReportStream {
    const file = this.path(name);
    const fd = openSync(file, "w");
    const out = new BufferedFile(fd, this.kept ? this.previousPieces(name) : null);
    return {
      write: (text) => out.write(text),
      piece: this.kept ? (key, make) => out.piece(key, make) : undefined,
      close: () => {
        const pieces = out.close();
        if (!this.kept) return;
        const st = lstatSync(file);
        // No hash: a streamed file is never linked whole; its pieces are read by their places.
        this.manifest.set(name, { hash: "", size: st.size, ino: st.ino, mtimeMs: st.mtimeMs, pieces });
      },
    };
  }

  /** The previous run's file `name`, opened, with its pieces, when it is still the file the manifest recorded. */
  private previousPieces(name: string): PreviousPieces | null {
    const rec = this.known.get(name);
    if (!this.previous || !rec?.pieces) return null;
    try {
      const old = join(this.previous, name);
      const st = lstatSync(old, { throwIfNoEntry: false });
      if (!st?.isFile() || st.ino !== rec.ino || st.size !== rec.size || st.mtimeMs !== rec.mtimeMs) return null;
      return { fd: openSync(old, "r"), pieces: rec.pieces };
    } catch {
      return null;
    }
  }
}

interface PreviousPieces {
  fd: number;
  pieces: Readonly<Record<string, [number, number]>>;
}

/** Bytes of the previous file read at a time: kept pieces mostly follow one another there, so one read serves many. */
const READ_AHEAD = 1 << 20;

/**
 * A file written through a buffer: text is encoded into it, and a kept piece of the previous
 * file is read straight into it, so the bytes written so far are always known (a piece's place).
 */
class BufferedFile {
  private buf = Buffer.allocUnsafe(2 * FLUSH_AT);
  private at = 0;
  private flushed = 0;
  private readonly pieces: Record<string, [number, number]> = {};
  /** What was last read of the previous file: bytes [windowAt, windowAt + window.length). */
  private window = Buffer.alloc(0);
  private windowAt = 0;
  private windowEnd = 0;
  constructor(
    private readonly fd: number,
    private readonly previous: PreviousPieces | null,
  ) {}

  private room(bytes: number): void {
    if (this.at + bytes <= this.buf.length) return;
    this.flush();
    if (bytes > this.buf.length) this.buf = Buffer.allocUnsafe(bytes);
  }

  private flush(): void {
    if (this.at) writeSync(this.fd, this.buf, 0, this.at);
    this.flushed += this.at;
    this.at = 0;
  }

  write(text: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    this.room(text.length * 3);
    this.at += this.buf.write(text, this.at);
  }

  piece(key: string, make: () => void): void {
    const start = this.flushed + this.at;
    const was = this.previous?.pieces[key];
    if (was && this.copy(was)) {
      this.pieces[key] = [start, this.flushed + this.at];
      return;
    }
    make();
    this.pieces[key] = [start, this.flushed + this.at];
  }

  /**
   * Copies bytes [start, end) of the previous file; whether it could (a short read copies
   * nothing). Read READ_AHEAD bytes at a time: one read per piece was 20,000 reads of
   * findings.json in a re-check of 10,000 articles.
   */
  private copy([start, end]: [number, number]): boolean {
    const n = end - start;
    if (start < this.windowAt || end > this.windowEnd) {
      const want = Math.max(n, READ_AHEAD);
      if (this.window.length < want) this.window = Buffer.allocUnsafe(want);
      let got = 0;
      try {
        got = readSync(this.previous!.fd, this.window, 0, want, start);
      } catch {
        // nothing read: the piece is made
      }
      this.windowAt = start;
      this.windowEnd = start + got;
      if (got < n) return false;
    }
    this.room(n);
    this.at += this.window.copy(this.buf, this.at, start - this.windowAt, end - this.windowAt);
    return true;
  }

  close(): Record<string, [number, number]> {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
      if (this.previous) closeSync(this.previous.fd);
    }
    return this.pieces;
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
 * Elements of a LazyArray written as one piece of the stream (ReportStream.piece): `items`, each
 * written as `json` gives it, made only when the previous run's bytes for `key` cannot be kept.
 */
export class Piece<T = unknown> {
  constructor(
    readonly key: string | undefined,
    readonly items: readonly T[],
    readonly json: (item: T) => unknown,
  ) {}
}

/** What JSON.stringify writes in an array's place for a value it cannot write. */
const inArray = (v: unknown): unknown =>
  v === undefined || typeof v === "function" || typeof v === "symbol" ? null : v;

function writeLazyArray(w: ReportStream, value: LazyArray, depth: number, indent: string, compactBelow: boolean): void {
  let first = true;
  const inner = `${indent}  `;
  const next = (): void => {
    w.write(first ? "[\n" : ",\n");
    first = false;
    w.write(inner);
  };
  for (const item of value.items) {
    if (!(item instanceof Piece)) {
      next();
      writeJson(w, inArray(item), depth - 1, inner, compactBelow);
      continue;
    }
    const piece = item as Piece;
    if (piece.items.length === 0) continue;
    next();
    writePiece(w, piece.key, () => {
      piece.items.forEach((x, i) => {
        if (i > 0) w.write(`,\n${inner}`);
        writeJson(w, inArray(piece.json(x)), depth - 1, inner, compactBelow);
      });
    });
  }
  w.write(first ? "[]" : `\n${indent}]`);
}

/**
 * Writes `value` exactly as `JSON.stringify(value, null, 2)` would, but in pieces: objects and
 * arrays (and LazyArrays) are walked to `depth` levels, below which each value is stringified
 * alone and re-indented. With `compactBelow`, values below `depth` are written on one line
 * each instead (`JSON.stringify(value)`). Values have no toJSON and no cycles (plain report data).
 */
export function writeJson(w: ReportStream, value: unknown, depth: number, indent = "", compactBelow = false): void {
  if (value instanceof LazyArray) {
    writeLazyArray(w, value, depth, indent, compactBelow);
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

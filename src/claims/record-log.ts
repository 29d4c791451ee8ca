// One file of sealed records, appended to and read by key: the analysis cache's store (cache.ts
// ExtractCache), so that a re-check of 10,000 articles opens one file instead of 10,000.
//
// The file is a header line, then one record a line: `SEAL KEY GROUP PAYLOAD`, where KEY (32 hex)
// names what the record is for, GROUP (16 hex) the input it belongs to (an article's path), and
// SEAL (64 hex) is the sha256 of everything after it on the line. The payload is JSON, which
// holds no line break. Opening reads the headers of every line into an index (the last record of
// a key wins: it supersedes the ones before); a record's payload is read, and its seal checked,
// only when its key is asked for. A line that is not a record, a torn last line (a crash
// mid-write) or a record whose seal does not match is damaged: it is never trusted, it is counted
// (`damaged`), and the file is rewritten without it.
//
// A run appends its new records in a few writes (O_APPEND: two runs appending at once add whole
// lines); when the records no run used make up more than the ones it did, the file is compacted:
// the records kept are copied into a temporary file renamed over it, so a reader sees the old file
// or the new one, never a mix. A record appended by another run meanwhile may be lost; that only
// costs its article a parse.
import { createHash } from "node:crypto";
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/** Where a record lies in the file: its line without the line break. */
interface Place {
  offset: number;
  length: number;
  group: string;
}

const SEAL = 64;
const KEY = 32;
const GROUP = 16;
/** Where the payload starts: the seal, the key and the group, each followed by a space. */
const PAYLOAD = SEAL + 1 + KEY + 1 + GROUP + 1;
/** Bytes read at a time when the file is opened. */
const BLOCK = 4 * 1024 * 1024;
/** Pending records are appended once they hold this many bytes. */
const FLUSH_BYTES = 4 * 1024 * 1024;
/** A file larger than this is not read (at 100,000 articles the analyses are about 0.5 GB). */
const MAX_FILE_BYTES = 8 * 1024 * 1024 * 1024;
/** A record larger than this is damaged (one article's analysis). */
const MAX_RECORD_BYTES = 256 * 1024 * 1024;

const sha256 = (b: Uint8Array | string): string => createHash("sha256").update(b).digest("hex");

/** A key's or a group's id in the file: the first hex digits of its sha256. */
export const keyId = (s: string): string => sha256(s).slice(0, KEY);
export const groupId = (s: string): string => sha256(s).slice(0, GROUP);

/** The record's line, line break included. */
function recordLine(key: string, group: string, payload: string): Buffer {
  const body = `${key} ${group} ${payload}`;
  return Buffer.from(`${sha256(body)} ${body}\n`);
}

/** Whether the record line[0, length) holds its seal. */
const sealed = (line: Buffer, length: number): boolean =>
  sha256(line.subarray(SEAL + 1, length)) === line.toString("latin1", 0, SEAL);

/** The index of a file's records, and what was found wrong in it. */
interface Scan {
  places: Map<string, Place>;
  damaged: number;
  /** Whether the file ends in a line break (an append then starts a new line). */
  endsLine: boolean;
}

/** Reads the headers of every line after the file's header (which must be `header`), or null when it has no such header. */
function scan(fd: number, size: number, header: Buffer): Scan | null {
  const out: Scan = { places: new Map(), damaged: 0, endsLine: true };
  let carry: Buffer = Buffer.alloc(0);
  let at = 0; // the file offset of carry's first byte
  let first = true;
  for (let pos = 0; pos < size; ) {
    // The next block is read after what is left of the last one's lines (at most a record).
    const block = Buffer.allocUnsafe(carry.length + Math.min(BLOCK, size - pos));
    carry.copy(block);
    const n = readSync(fd, block, carry.length, block.length - carry.length, pos);
    if (n === 0) break;
    pos += n;
    const buf = block.subarray(0, carry.length + n);
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl !== -1; nl = buf.indexOf(0x0a, start)) {
      if (first) {
        if (!buf.subarray(0, nl + 1).equals(header)) return null;
        first = false;
      } else index(out, buf, start, nl, at);
      start = nl + 1;
    }
    carry = buf.subarray(start);
    at += start;
    if (carry.length > MAX_RECORD_BYTES) return null;
  }
  if (first) return null;
  if (carry.length > 0) {
    out.damaged++; // a torn last line
    out.endsLine = false;
  }
  return out;
}

/** Indexes the line buf[start, nl) found at file offset at + start. */
function index(out: Scan, buf: Buffer, start: number, nl: number, at: number): void {
  const length = nl - start;
  if (
    length <= PAYLOAD ||
    buf[start + SEAL] !== 0x20 ||
    buf[start + SEAL + 1 + KEY] !== 0x20 ||
    buf[start + PAYLOAD - 1] !== 0x20
  ) {
    out.damaged++;
    return;
  }
  const key = buf.toString("latin1", start + SEAL + 1, start + SEAL + 1 + KEY);
  out.places.set(key, {
    offset: at + start,
    length,
    group: buf.toString("latin1", start + SEAL + 1 + KEY + 1, start + PAYLOAD - 1),
  });
}

/** The regular file at `file` opened for reading, with its size; null when there is none (or it is a pipe, a device, too large). */
function openRegular(file: string): { fd: number; size: number } | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (st.isFile() && st.size <= MAX_FILE_BYTES) return { fd, size: st.size };
  } catch {
    // missing or unreadable: no file
  }
  if (fd !== undefined) closeSync(fd);
  return null;
}

export interface RecordLogOptions {
  /** Compact only when the records to drop are at least this many bytes (and outweigh the ones kept). */
  minDropBytes?: number;
  /** Called once the log creates its file anew: remove what older formats left (see ExtractCache). */
  onCreate?: () => void;
}

export class RecordLog {
  /** Records found damaged in this run (lines that are not records, torn, or of a wrong seal). */
  damaged = 0;
  private opened: { fd: number; scan: Scan; size: number } | null | undefined;
  /** Keys this run read or wrote, and the groups it asked about: what compaction keeps. */
  private readonly used = new Set<string>();
  private readonly groups = new Set<string>();
  /** Bytes of this run's records still to be appended, and their lines and keys. */
  private pending: Buffer[] = [];
  private pendingKeys = new Set<string>();
  private pendingBytes = 0;
  /** Bytes this run appended. */
  private written = 0;
  private readonly header: Buffer;
  private scratch = Buffer.allocUnsafe(64 * 1024);

  constructor(
    private readonly file: string,
    header: string,
    private readonly options: RecordLogOptions = {},
  ) {
    this.header = Buffer.from(`${header}\n`);
  }

  private open(): { fd: number; scan: Scan; size: number } | null {
    if (this.opened !== undefined) return this.opened;
    const f = openRegular(this.file);
    const found = f ? scan(f.fd, f.size, this.header) : null;
    if (f && !found) closeSync(f.fd);
    this.opened = f && found ? { fd: f.fd, scan: found, size: f.size } : null;
    if (found) this.damaged += found.damaged;
    return this.opened;
  }

  /** The payload of the last record of `key` (a keyId) when its seal holds, else undefined. */
  get(key: string, group: string): string | undefined {
    this.groups.add(group);
    const o = this.open();
    const p = o?.scan.places.get(key);
    if (!o || !p || p.group !== group) return undefined;
    if (this.scratch.length < p.length) this.scratch = Buffer.allocUnsafe(p.length * 2);
    const line = this.scratch;
    if (readSync(o.fd, line, 0, p.length, p.offset) !== p.length || !sealed(line, p.length)) {
      this.damaged++;
      o.scan.damaged++;
      o.scan.places.delete(key);
      return undefined;
    }
    this.used.add(key);
    return line.toString("utf8", PAYLOAD, p.length);
  }

  /** Marks the record of `key` damaged (sealed, but not what it claims to be): it is not read again, and close rewrites the file without it. */
  damage(key: string): void {
    this.damaged++;
    this.used.delete(key);
    if (this.opened) {
      this.opened.scan.damaged++;
      this.opened.scan.places.delete(key);
    }
  }

  /** Adds a record for `key`; it is written by flush or close. */
  set(key: string, group: string, payload: string): void {
    this.groups.add(group);
    this.used.add(key);
    const line = recordLine(key, group, payload);
    this.pending.push(line);
    this.pendingKeys.add(key);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /** Appends the pending records (to a new file when there is none to append to). A cache that cannot be written only costs time. */
  flush(): void {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    const keys = this.pendingKeys;
    this.pending = [];
    this.pendingKeys = new Set();
    this.pendingBytes = 0;
    const o = this.open();
    try {
      if (o === null || o.scan.damaged > 0) this.rewrite(lines, keys);
      else {
        this.written += append(this.file, o.scan.endsLine ? lines : [Buffer.from("\n"), ...lines]);
        o.scan.endsLine = true;
      }
    } catch {
      // unwritable: the next run parses these articles again
    }
  }

  /**
   * Writes what is pending, and compacts the file when the records to drop (superseded, damaged,
   * of an input this run read but under another key: an edited article, another grammar) outweigh
   * the ones kept. Records of inputs this run did not read are kept (another corpus sharing the folder).
   */
  close(): void {
    this.flush();
    const o = this.opened;
    this.opened = undefined;
    if (!o) return;
    closeSync(o.fd);
    let kept = this.written;
    for (const [key, p] of o.scan.places) if (this.used.has(key) || !this.groups.has(p.group)) kept += p.length + 1;
    const drop = o.size + this.written - kept;
    if (o.scan.damaged > 0 || (drop > kept && drop >= (this.options.minDropBytes ?? 1024 * 1024)))
      try {
        this.rewrite([], new Set());
      } catch {
        // the file stays as it is
      }
  }

  /**
   * Writes the file anew through a temporary file renamed into place: the header, the records of
   * the file as it is now that compaction keeps (their seals checked) but for those of `keys`,
   * and `lines`, the new records of those keys.
   */
  private rewrite(lines: Buffer[], keys: ReadonlySet<string>): void {
    const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    mkdirSync(dirname(this.file), { recursive: true });
    const now = openRegular(this.file);
    const created = now === null;
    let fd: number | undefined;
    try {
      fd = openSync(tmp, "w");
      writeSync(fd, this.header);
      if (now) this.copyKept(now, fd, keys);
      for (const l of lines) writeSync(fd, l);
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, this.file);
    } catch (e) {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
      throw e;
    } finally {
      if (now) closeSync(now.fd);
    }
    if (this.opened) closeSync(this.opened.fd);
    this.opened = undefined; // read again if asked
    if (created) this.options.onCreate?.();
  }

  /** Copies into `to` the sound records of `from` that compaction keeps: the last of each key this run used, and those of groups it did not ask about. */
  private copyKept(from: { fd: number; size: number }, to: number, skip: ReadonlySet<string>): void {
    const found = scan(from.fd, from.size, this.header);
    if (!found) return;
    for (const [key, p] of found.places) {
      if (skip.has(key) || (!this.used.has(key) && this.groups.has(p.group))) continue;
      const line = Buffer.allocUnsafe(p.length + 1);
      if (readSync(from.fd, line, 0, p.length + 1, p.offset) !== p.length + 1) continue;
      if (sealed(line, p.length)) writeSync(to, line);
    }
  }
}

/** Appends `lines` to `file` in one write (when it is a regular file); the bytes written. */
function append(file: string, lines: Buffer[]): number {
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) return 0;
    const all = Buffer.concat(lines);
    for (let done = 0; done < all.length; ) done += writeSync(fd, all, done);
    return all.length;
  } finally {
    closeSync(fd);
  }
}

/** Removes the files in `dir` that `stale` names (what older versions of a cache left). */
export function removeStale(dir: string, stale: (name: string, isDir: boolean) => boolean, keep: string): void {
  try {
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.name !== basename(keep) && stale(e.name, e.isDirectory()))
        rmSync(join(dir, e.name), { recursive: true, force: true });
  } catch {
    // a folder that cannot be cleaned only holds more
  }
}

// The one way crosscheck reads a file it did not write itself this run (an article, a claims
// file, a config file, a cache entry, a report manifest): only a regular file, of bounded size.
// The file is opened without blocking (a named pipe with no writer would otherwise wait for ever)
// and what was opened is checked, so a pipe, socket or device (a link to /dev/zero) is refused,
// not read; a file larger than its limit, or one that grows past it while being read, is refused
// too, so that nothing floods memory.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

export type ReadOutcome = { bytes: Buffer } | { error: string; code: string | undefined };

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why a file could not be opened or read, in a person's words. */
export function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a folder";
  if (code === "ELOOP") return "symbolic link loop";
  return (e as Error).message;
}

/**
 * The bytes of `path` when it is a regular file of at most `maxBytes`; otherwise the message that
 * says why not ("not a regular file", "cannot read: permission denied", "too large to be <what>: …").
 * Never throws.
 */
export function readRegularFile(path: string, maxBytes: number, what = "read"): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (st.isDirectory()) return { error: "cannot read: is a folder", code: "EISDIR" };
    if (!st.isFile()) return { error: "not a regular file", code: undefined };
    if (st.size > maxBytes)
      return { error: `too large to be ${what}: ${mb(st.size)} (the limit is ${mb(maxBytes)})`, code: "EFBIG" };
    // Read to the end, not to the size stat gave: a file that grows meanwhile is caught at the limit.
    // The first buffer is the size stat gave and one byte more, so that a file that did not grow is
    // read whole by one read, which comes back short (a regular file's end): a re-check reads 10,000
    // cache entries, and a buffer 64 KB larger than each one made a quarter of its garbage.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = total < st.size ? st.size - total + 1 : 65536;
      const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, want));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      if (total > maxBytes)
        return { error: `too large to be ${what}: more than ${mb(maxBytes)} (the limit)`, code: "EFBIG" };
      if (n < buf.length) break;
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (e) {
    return { error: `cannot read: ${readProblem(e)}`, code: (e as NodeJS.ErrnoException).code };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Standard input's bytes, up to `maxBytes` (a stream from /dev/zero is refused at the limit, not
 * read for ever). Waits while a non-blocking input has nothing yet.
 */
export function readStdin(maxBytes: number, what = "read"): ReadOutcome {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      return { error: `cannot read standard input: ${readProblem(e)}`, code };
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > maxBytes)
      return { error: `too large to be ${what}: more than ${mb(maxBytes)} (the limit)`, code: "EFBIG" };
  }
  return { bytes: Buffer.concat(chunks, total) };
}

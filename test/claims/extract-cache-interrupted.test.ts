// A cache write interrupted mid-way (the process dies, the disk fills) leaves no record that
// could be read back: a new file is written to a temporary file renamed into place only when
// whole, and a torn append is a last line whose seal does not hold, dropped when read.
// node:fs's writeSync is replaced for the test, so that a write can stop after half of its bytes,
// as a crash would: module.syncBuiltinESMExports() makes the modules that import it by name see the
// replacement (and, in `finally`, the original again).
import * as fs from "node:fs";
import { mkdtempSync, readdirSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractCache } from "../../src/claims/cache.js";
import { analyse } from "../../src/extract/extract.js";

const interrupt = { on: false, torn: [] as string[] };

/** Runs `fn` with writes that tear while `interrupt.on` is set. */
function withTornWrites(fn: () => void): void {
  const original = fs.writeSync;
  const torn = ((fd: number, data: NodeJS.ArrayBufferView, ...rest: unknown[]) => {
    if (interrupt.on && data instanceof Uint8Array) {
      const offset = typeof rest[0] === "number" ? rest[0] : 0;
      (original as (...a: unknown[]) => number)(fd, data, offset, (data.length - offset) >> 1);
      interrupt.torn.push(String(fd));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }
    return (original as (...a: unknown[]) => number)(fd, data, ...rest);
  }) as typeof fs.writeSync;
  const writable = fs as { writeSync: typeof fs.writeSync };
  // The CommonJS face of node:fs is what syncBuiltinESMExports copies to its named exports.
  const cjs = (fs as unknown as { default: { writeSync: typeof fs.writeSync } }).default ?? writable;
  cjs.writeSync = torn;
  syncBuiltinESMExports();
  try {
    fn();
  } finally {
    cjs.writeSync = original;
    syncBuiltinESMExports();
  }
}

describe("an interrupted cache write", () => {
  it("leaves no record, and the records before it whole", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-xcache-"));
    const key = { path: "a.md", hash: "h", lang: "en", date: null };
    const keyB = { path: "b.md", hash: "h", lang: "en", date: null };
    const first = analyse({ path: "a.md", text: "About 300,000 reservists were called up.", lang: "en" });
    const second = analyse({ path: "b.md", text: "Up to 1,000,000 reservists could be called up.", lang: "en" });
    const cache = new ExtractCache(dir, "v");
    withTornWrites(() => {
      // No file yet: the torn write is not one, and its temporary file is removed.
      interrupt.on = true;
      cache.setAnalysis(key, first);
      cache.save();
      interrupt.on = false;
      expect(interrupt.torn).toHaveLength(1);
      expect(readdirSync(dir)).toEqual([]);
      expect(new ExtractCache(dir, "v").getAnalysis(key)).toBeUndefined();

      // A file already there keeps its records whole when an append to it is torn.
      const whole = new ExtractCache(dir, "v");
      whole.setAnalysis(key, first);
      whole.save();
      const torn = new ExtractCache(dir, "v");
      torn.setAnalysis(keyB, second);
      interrupt.on = true;
      torn.save();
      interrupt.on = false;
    });
    expect(interrupt.torn).toHaveLength(2);
    const again = new ExtractCache(dir, "v");
    expect(again.getAnalysis(key)).toEqual(first);
    expect(again.getAnalysis(keyB)).toBeUndefined();
    expect(again.damaged).toBe(1);
    again.setAnalysis(keyB, second);
    again.save();
    expect(readdirSync(dir)).toEqual([again.file.split("/").pop()]);
    const last = new ExtractCache(dir, "v");
    expect([last.getAnalysis(key), last.getAnalysis(keyB), last.damaged]).toEqual([first, second, 0]);
  });
});

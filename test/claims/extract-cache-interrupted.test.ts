// A cache write interrupted mid-way (the process dies, the disk fills) leaves no entry that
// could be read back: writes go to a temporary file that is renamed into place only when whole.
// node:fs's writeFileSync is replaced for the test, so that a write can stop after half of its bytes,
// as a crash would: module.syncBuiltinESMExports() makes the modules that import it by name see the
// replacement (and, in `finally`, the original again).
import * as fs from "node:fs";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractCache } from "../../src/claims/cache.js";
import { analyse } from "../../src/extract/extract.js";

const interrupt = { on: false, torn: [] as string[] };

/** Runs `fn` with writes that tear while `interrupt.on` is set. */
function withTornWrites(fn: () => void): void {
  const original = fs.writeFileSync;
  const torn = ((file: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => {
    if (interrupt.on && typeof file === "string" && (typeof data === "string" || data instanceof Uint8Array)) {
      original(file, data.slice(0, data.length >> 1));
      interrupt.torn.push(file);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }
    return (original as (...a: unknown[]) => void)(file, data, ...rest);
  }) as typeof fs.writeFileSync;
  const writable = fs as { writeFileSync: typeof fs.writeFileSync };
  // The CommonJS face of node:fs is what syncBuiltinESMExports copies to its named exports.
  const cjs = (fs as unknown as { default: { writeFileSync: typeof fs.writeFileSync } }).default ?? writable;
  cjs.writeFileSync = torn;
  syncBuiltinESMExports();
  try {
    fn();
  } finally {
    cjs.writeFileSync = original;
    syncBuiltinESMExports();
  }
}

describe("an interrupted cache write", () => {
  it("leaves no entry, and the previous entry for the key whole", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-xcache-"));
    const key = { path: "a.md", hash: "h", lang: "en", date: null };
    const first = analyse({ path: "a.md", text: "About 300,000 reservists were called up.", lang: "en" });
    const second = analyse({ path: "a.md", text: "Up to 1,000,000 reservists could be called up.", lang: "en" });
    const cache = new ExtractCache(dir, "v");
    withTornWrites(() => {
      // No entry yet: the torn write is not one.
      interrupt.on = true;
      cache.setAnalysis(key, first);
      interrupt.on = false;
      expect(interrupt.torn).toHaveLength(1);
      expect(interrupt.torn[0]).not.toBe(cache.file(key));
      expect(existsSync(interrupt.torn[0]!)).toBe(false); // the torn temporary file is removed
      expect(existsSync(cache.file(key))).toBe(false);
      expect(cache.getAnalysis(key)).toBeUndefined();

      // An entry already there stays whole when its replacement is torn.
      cache.setAnalysis(key, first);
      interrupt.on = true;
      cache.setAnalysis(key, second);
      interrupt.on = false;
    });
    expect(interrupt.torn).toHaveLength(2);
    expect(cache.getAnalysis(key)).toEqual(first);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((e) => e.name)).toEqual([cache.file(key).split("/").pop()]);
  });
});

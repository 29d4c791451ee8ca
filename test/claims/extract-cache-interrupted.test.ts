// A cache write interrupted mid-way (the process dies, the disk fills) leaves no entry that
// could be read back: writes go to a temporary file that is renamed into place only when whole.
// node:fs is replaced here so that a write can stop after half of its bytes, as a crash would.
import { describe, expect, it, vi } from "vitest";

const interrupt = vi.hoisted(() => ({ on: false, torn: [] as string[] }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeFileSync = ((file: string, data: string | Uint8Array, ...rest: unknown[]) => {
    if (interrupt.on && typeof file === "string" && (typeof data === "string" || data instanceof Uint8Array)) {
      fs.writeFileSync(file, data.slice(0, data.length >> 1));
      interrupt.torn.push(file);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }
    return (fs.writeFileSync as (...a: unknown[]) => void)(file, data, ...rest);
  }) as typeof fs.writeFileSync;
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

const { existsSync, mkdtempSync, readdirSync } = await import("node:fs");
const { tmpdir } = await import("node:os");
const { join } = await import("node:path");
const { ExtractCache } = await import("../../src/claims/cache.js");
const { analyse } = await import("../../src/extract/extract.js");

describe("an interrupted cache write", () => {
  it("leaves no entry, and the previous entry for the key whole", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-xcache-"));
    const key = { path: "a.md", hash: "h", lang: "en", date: null };
    const first = analyse({ path: "a.md", text: "About 300,000 reservists were called up.", lang: "en" });
    const second = analyse({ path: "a.md", text: "Up to 1,000,000 reservists could be called up.", lang: "en" });
    const cache = new ExtractCache(dir, "v");

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
    expect(cache.getAnalysis(key)).toEqual(first);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((e) => e.name)).toEqual([cache.file(key).split("/").pop()]);
  });
});

// The build's id keys the caches in place of the built code (base/own-code.ts): it must change
// with any source, and with nothing else.
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourcesId } from "../../scripts/transpile.mjs";
import { buildId } from "../../src/base/own-code.js";

describe("the build's id (scripts/transpile.mjs)", () => {
  const copy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-build-id-"));
    cpSync(join(import.meta.dirname, "..", "..", "src", "base"), dir, { recursive: true });
    return dir;
  };
  const base = copy();
  const id = sourcesId(base);

  it("is the same for the same sources, wherever they lie", () => {
    expect(sourcesId(copy())).toBe(id);
  });
  it("changes when a source changes, by one character", () => {
    const dir = copy();
    writeFileSync(join(dir, "own-code.ts"), ` ${readFileSync(join(base, "own-code.ts"), "utf8")}`);
    expect(sourcesId(dir)).not.toBe(id);
  });
  it("changes when a source is added, or renamed", () => {
    const added = copy();
    writeFileSync(join(added, "new.ts"), "export {};\n");
    expect(sourcesId(added)).not.toBe(id);
    const renamed = copy();
    renameSync(join(renamed, "own-code.ts"), join(renamed, "own-code2.ts"));
    expect(sourcesId(renamed)).not.toBe(id);
  });
  it("changes when the lock file changes (the packages the bundle holds)", () => {
    const lock = join(copy(), "package-lock.json");
    writeFileSync(lock, `${readFileSync(join(import.meta.dirname, "..", "..", "package-lock.json"), "utf8")} `);
    expect(sourcesId(base, lock)).not.toBe(id);
  });
  it("does not change for files that are not sources", () => {
    const dir = copy();
    writeFileSync(join(dir, "notes.md"), "not code\n");
    expect(sourcesId(dir)).toBe(id);
  });

  it.runIf(buildId() !== null)("at run time carries the versions of the packages installed now", () => {
    const moo = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "..", "node_modules", "moo", "package.json"), "utf8"),
    );
    expect(buildId()).toContain(`moo@${moo.version as string}`);
    expect(buildId()).toContain("nearley@");
  });
});

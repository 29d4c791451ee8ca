// Hand-added claims files are cached by content: a file whose text is unchanged loads from the
// cache to what parsing it gives, a changed one is parsed again, and a broken entry is ignored.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSealed, writeSealed } from "../../src/claims/cache.js";
import { ClaimsCache } from "../../src/claims/claims-cache.js";
import { loadClaims } from "../../src/claims/load.js";

const ROOT = join(import.meta.dirname, "..", "..");

function project(): { claims: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-claims-cache-"));
  cpSync(join(ROOT, "claims"), join(dir, "claims"), { recursive: true });
  writeFileSync(
    join(dir, "claims", "broken.yaml"),
    "source:\n  name: Desk\nclaims:\n  - id: x\n    value: 12\n    unit: parsecs\n  - id: y\n    quantity: about 40 km\n",
  );
  return { claims: join(dir, "claims"), cache: join(dir, "cache") };
}

function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json") && statSync(join(dir, f)).isFile())
    .map((f) => join(dir, f));
}

describe("the claims cache", () => {
  it("gives what loading without it gives, and parses only the files that changed", () => {
    const p = project();
    const plain = loadClaims([p.claims]);
    expect(plain.claims.length).toBeGreaterThan(2);
    expect(plain.errors.length).toBeGreaterThan(0);
    const first = new ClaimsCache(p.cache);
    expect(loadClaims([p.claims], first)).toEqual(plain);
    expect([first.hits, first.misses]).toEqual([0, 3]);
    const again = new ClaimsCache(p.cache);
    expect(loadClaims([p.claims], again)).toEqual(plain);
    expect([again.hits, again.misses]).toEqual([3, 0]);
    writeFileSync(
      join(p.claims, "broken.yaml"),
      readFileSync(join(p.claims, "broken.yaml"), "utf8").replace("parsecs", "km"),
    );
    const edited = new ClaimsCache(p.cache);
    expect(loadClaims([p.claims], edited)).toEqual(loadClaims([p.claims]));
    expect([edited.hits, edited.misses]).toEqual([2, 1]);
  });

  it("loads again a file whose entry was edited or broken", () => {
    const p = project();
    const plain = loadClaims([p.claims]);
    loadClaims([p.claims], new ClaimsCache(p.cache));
    for (const [i, f] of entries(p.cache).entries())
      writeFileSync(f, i % 2 ? "" : readFileSync(f, "utf8").replace(`"files"`, `"filez"`));
    const cache = new ClaimsCache(p.cache);
    expect(loadClaims([p.claims], cache)).toEqual(plain);
    expect(cache.hits).toBe(0);
  });

  type Loaded = { claims: Array<Record<string, unknown>>; corrections: Array<Record<string, unknown>> };
  it.each<[string, (l: Loaded) => void]>([
    [
      "claims",
      (l) =>
        l.claims.forEach((c) => {
          c.kind = 5;
        }),
    ],
    [
      "corrections",
      (l) =>
        l.corrections.forEach((c) => {
          c.set = "everything";
        }),
    ],
  ])("loads again a file whose entry was resealed with %s of the wrong shape", (_what, edit) => {
    const p = project();
    const plain = loadClaims([p.claims]);
    loadClaims([p.claims], new ClaimsCache(p.cache));
    let edited = 0;
    for (const f of entries(p.cache)) {
      const entry = readSealed(f, 1e9) as { loaded: Loaded };
      const before = JSON.stringify(entry);
      edit(entry.loaded);
      if (JSON.stringify(entry) !== before) edited++;
      writeSealed(f, entry);
    }
    const cache = new ClaimsCache(p.cache);
    expect(loadClaims([p.claims], cache)).toEqual(plain);
    expect(cache.hits).toBe(3 - edited);
    expect(edited).toBeGreaterThan(0);
  });

  it("keeps entries apart by version", () => {
    const p = project();
    loadClaims([p.claims], new ClaimsCache(p.cache, "v1"));
    const other = new ClaimsCache(p.cache, "v2");
    loadClaims([p.claims], other);
    expect(other.hits).toBe(0);
  });
});

// The schema users point their editors at: a draft 2020-12 schema with an $id, which ajv compiles
// strictly, and which every claims file in claims/ names on its first line.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaValidator } from "../../src/base/schema-check.js";
import { loadClaimsText } from "../../src/claims/load.js";
import { availableLanguages } from "../../src/language/lexicon.js";

const root = join(import.meta.dirname, "..", "..");
const schemaPath = join(root, "schema", "claims.schema.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;

describe("schema/claims.schema.json", () => {
  it("is JSON Schema draft 2020-12 with an $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof schema.$id).toBe("string");
    expect(() => new URL(schema.$id as string)).not.toThrow();
    expect(schema.$id as string).toMatch(/claims\.schema\.json$/);
  });

  it("compiles in ajv's strict mode", () => {
    expect(typeof schemaValidator("claims")).toBe("function");
  });

  it("is checked by the validator compiled at build exactly as by one compiled now", () => {
    const lean = schemaValidator("claims");
    const verbose = schemaValidator("claims", true); // compiled here, from the schema file as it is
    const cases: unknown[] = [
      { source: { name: "Desk" }, claims: [{ id: "a", value: 1 }] },
      {
        source: { name: "Desk", url: "https://example.org/x" },
        corrections: [{ id: "x@1:1", ignore: true, reason: "r" }],
      },
      { source: { name: "Desk", url: "not a url" } },
      { source: { name: "" } },
      { source: { name: "Desk" }, claims: [{ id: "a" }] },
      { source: { name: "Desk" }, claims: [{ id: "a", valu: 1, value: 1 }] },
      { source: { name: "Desk" }, corrections: [{ id: "x", article: "a.md", text: "t", ignore: true, reason: "r" }] },
      { claims: [] },
    ];
    for (const c of cases) expect(lean(c), JSON.stringify(c)).toBe(verbose(c));
    expect(cases.map((c) => lean(c))).toEqual([true, true, false, false, false, false, false, false]);
  });

  it("names a documentation page that exists", () => {
    const pages = String(schema.description).match(/docs\/[\w./-]+\.md/g) ?? [];
    for (const page of pages) expect(() => readFileSync(join(root, page)), page).not.toThrow();
  });

  const claimsDir = join(root, "claims");
  const files = readdirSync(claimsDir).filter((f) => /\.ya?ml$/.test(f));

  it("is named by every demo claims file", () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const first = readFileSync(join(claimsDir, f), "utf8").split("\n")[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, `${f}: first line ${JSON.stringify(first)}`).not.toBeNull();
      expect(resolve(dirname(join(claimsDir, f)), m![1]!)).toBe(schemaPath);
    }
  });

  it("takes its languages from the lexicons present", () => {
    const langOf = (lang: string): string[] =>
      loadClaimsText("f.yaml", `source:\n  name: Desk\nlang: ${lang}\nclaims: []\n`).errors.map((e) => e.message);
    for (const lang of availableLanguages()) expect(langOf(lang)).toEqual([]);
    expect(langOf("fr")).toEqual([`"fr" is not one of: ${availableLanguages().join(", ")}`]);
    expect(JSON.stringify(schema)).not.toMatch(/"en", "de"|"de", "en"/);
  });
});

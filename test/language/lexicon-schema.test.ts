// The lexicons are checked against their schemas when loaded (schema/lexicon.schema.json,
// units.schema.json, measures.schema.json): a mistake in one is a located error, file:line:column,
// not an "internal error" somewhere inside a run.
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticError } from "../../src/base/diagnostic.js";
import { availableLanguages, readLexiconData } from "../../src/language/lexicon.js";

const root = join(import.meta.dirname, "..", "..");
const broken = join(root, "test", "fixtures", "lexicon", "broken.yaml");

function diagnosticsOf(file: string, schema: string): DiagnosticError["diagnostics"] {
  try {
    readLexiconData(file, schema);
  } catch (e) {
    if (e instanceof DiagnosticError) return e.diagnostics;
    throw e;
  }
  return [];
}

describe("the lexicon schemas", () => {
  it.each([
    ...availableLanguages().map((l) => [`${l}.yaml`, "lexicon"]),
    ["units.yaml", "units"],
    ["measures.yaml", "measures"],
  ])("accept grammar/lexicon/%s", (file, schema) => {
    expect(diagnosticsOf(join(root, "grammar", "lexicon", file!), schema!)).toEqual([]);
  });

  it("locate each mistake in a broken lexicon at its file, line and column", () => {
    const found = diagnosticsOf(broken, "lexicon");
    expect(found).toContainEqual(
      expect.objectContaining({
        file: broken,
        line: 7,
        column: 1,
        message: expect.stringMatching(/^unknown key "stopwrods" \(did you mean "stopwords"\?\)/),
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        file: broken,
        line: 9,
        column: 10,
        message: expect.stringMatching(/^"approximately" is not one of: exact, approximate/),
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ file: broken, line: 11, column: 7, message: '["km"] must be a string' }),
    );
    expect(found.some((d) => d.message === 'missing key "numbers"')).toBe(true);
  });

  it("give a unit file's mistakes places too", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-units-"));
    const file = join(dir, "units.yaml");
    writeFileSync(
      file,
      "length:\n  kind: measure\n  label: distance (km)\n  display: km\n  canonical: km\n  units:\n    km: { factor: 1 }\n    mile: { factr: 1.6 }\n",
    );
    const found = diagnosticsOf(file, "units");
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.split(";")[0]}`)).toEqual([
      '4:12 "km" is not allowed here: it must match ^\\{n\\}',
      '8:11 missing key "factor"',
      '8:13 unknown key "factr" (did you mean "factor"?)',
    ]);
  });
});

describe("a run with a broken lexicon (a real process)", () => {
  it("prints the located error and exits 2, not an internal error", () => {
    // A copy of the package whose English lexicon has a misspelt key.
    const pkg = mkdtempSync(join(tmpdir(), "crosscheck-broken-lexicon-"));
    for (const d of ["dist", "grammar", "schema"]) cpSync(join(root, d), join(pkg, d), { recursive: true });
    cpSync(join(root, "package.json"), join(pkg, "package.json"));
    symlinkSync(join(root, "node_modules"), join(pkg, "node_modules"));
    const en = join(pkg, "grammar", "lexicon", "en.yaml");
    const text = readFileSync(en, "utf8");
    writeFileSync(en, text.replace(/^stopwords:/m, "stopwrods:"));
    const line = text.slice(0, text.search(/^stopwords:/m)).split("\n").length;
    writeFileSync(join(pkg, "a.md"), "More than 200,000 men left, the ministry said.\n");
    const r = spawnSync(
      process.execPath,
      [join(pkg, "dist", "bundle", "cli.js"), "check", "a.md", "--out", join(pkg, "out")],
      { cwd: pkg, encoding: "utf8" },
    );
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr).toContain(`${en}:${line}:1  error  unknown key "stopwrods" (did you mean "stopwords"?)`);
    expect(r.status).toBe(2);
  });
});

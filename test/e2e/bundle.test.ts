// The one-file build (dist/bundle/, scripts/bundle.mjs) is what users run: it must do exactly what
// the modules of dist/src/ (one per source file) do. Both run on the same corpora, and every byte they print
// and write is compared: on the project's fixture corpus, and on articles enough to start the
// worker pool (whose worker is a bundle of its own).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_ARTICLES_FOR_WORKERS } from "../../src/extract/parallel.js";
import { snapshot } from "./snapshot.js";

const root = join(import.meta.dirname, "..", "..");
const BUILDS = { modules: join(root, "dist", "src", "cli.js"), bundle: join(root, "dist", "bundle", "cli.js") };

function run(cli: string, args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "1" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the bundle", () => {
  it("is the `crosscheck` command of the package", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(join(root, pkg.bin.crosscheck!)).toBe(BUILDS.bundle);
  });

  it("checks the fixture corpus as the modules do: the same output, exit code and report files", () => {
    // One folder for both, each run from a clean copy: the reports name the folder checked.
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-bundle-"));
    const outputs = Object.values(BUILDS).map((cli) => {
      rmSync(dir, { recursive: true, force: true });
      cpSync(join(root, "test/fixtures/e2e"), dir, { recursive: true });
      const r = run(cli, ["check", "--output-format", "json"], dir);
      return { ...r, reports: snapshot(join(dir, "reports")) };
    });
    expect(outputs[0]!.code).toBe(1);
    expect(Object.keys(outputs[0]!.reports).length).toBeGreaterThan(3);
    expect(outputs[1]).toEqual(outputs[0]);
  });

  it("extracts and checks with its worker pool as the modules do", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-bundle-pool-"));
    // Short articles, enough of them to start the pool; figures that disagree, a name spelt two ways.
    const count = MIN_ARTICLES_FOR_WORKERS + 2;
    mkdirSync(join(dir, "articles"));
    for (let i = 0; i < count; i++)
      writeFileSync(
        join(dir, "articles", `a${String(i).padStart(3, "0")}.md`),
        i % 2
          ? `---\ndate: 2026-03-0${1 + (i % 5)}\nlang: en\n---\nMore than ${1000 + i * 10} people fled Dorvik on Monday, Mayor Ilse Varga said. The 28-year-old driver was hurt.\n`
          : `---\ndate: 2026-03-0${1 + (i % 5)}\nlang: de\n---\nMehr als ${1000 + i * 10} Menschen flohen am Montag aus Dorvik, sagte Bürgermeisterin Ilse Warga.\n`,
      );
    const outputs = Object.values(BUILDS).map((cli) => {
      rmSync(join(dir, "out"), { recursive: true, force: true });
      const extracted = run(cli, ["extract", "articles", "--format", "json"], dir);
      const checked = run(cli, ["check", "articles", "--out", "out", "--no-cache", "--fail-on", "never"], dir);
      return { extracted, checked: { ...checked, reports: snapshot(join(dir, "out")) } };
    });
    expect(outputs[0]!.extracted.err).toBe("");
    expect(JSON.parse(outputs[0]!.extracted.out)).toHaveLength(count);
    expect(outputs[1]!.extracted).toEqual(outputs[0]!.extracted);
    expect(outputs[0]!.checked.code).toBe(0);
    expect(outputs[0]!.checked.out).toMatch(/Ilse Varga \/ Ilse Warga: 2 spellings of one name +name-variant/);
    expect(outputs[0]!.checked.out).toMatch(/movement from Dorvik, .* divergent-estimate/);
    expect(outputs[1]!.checked).toEqual(outputs[0]!.checked);
  });
});

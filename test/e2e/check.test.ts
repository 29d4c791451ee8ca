// `crosscheck check` as a user runs it, on a fixture corpus: asserts the exit code, the terminal
// lines, and the report files. The command line runs in this process (test/support/cli.ts); one
// run is a real process, whose output goes to a pipe.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { schemaValidator } from "../../src/base/schema-check.js";
import { cli as run, type CliRun } from "../support/cli.js";

const root = join(import.meta.dirname, "..", "..");
const bundle = join(root, "dist", "bundle", "cli.js");

describe("crosscheck check (end to end)", () => {
  let dir: string;
  let result: CliRun;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-e2e-"));
    cpSync(join(root, "test/fixtures/e2e"), dir, { recursive: true });
    result = await run(["check", "--no-cache"], dir);
  });

  it("prints one linter line per finding, then the counts, and fails on errors", () => {
    expect(result.code).toBe(1);
    const lines = result.out.trim().split("\n");
    expect(lines).toEqual([
      "articles/alpha.md:10:81  error  some 4,000 miles is 6,437 km, but the text gives 9,500 km (32% apart)  unit-mismatch",
      "articles/beta.md:8:36  warning  called up, date not given: up to 1 million (Novaya Gazeta Europe; Beta Post) · 300,000 (Defence Ministry decree; claims/reference.yaml) · Some 300,000 (Defence Ministry, Verteidigungsministerium; Alpha Wire, Gamma Zeitung; 2 places, at most 2 independent sources): the sources disagree (2.4× apart). No figure says when it was true; they are compared as of their articles' dates.  disputed-figure",
      "articles/beta.md:10:26  error  Ilya Sorokin is 28 (Beta Post, 28 Sep 2022) but 31 (Gamma Zeitung, 29 Sep 2022): not possible between 2022-09-28 and 2022-09-29, less than a year apart (1 day)  age-conflict",
      "articles/gamma.md:10:16  warning  Ilja Sorokin / Ilya Sorokin: 2 spellings of one name  name-variant",
      "",
      "2 errors, 2 warnings, 0 info",
      "Reports: reports/index.md, reports/findings.md, reports/index.html, reports/findings.json, reports/crosscheck.sarif",
    ]);
  });

  it("shows progress without a terminal as one plain line per stage, when the stage is done", () => {
    expect(result.err).toBe(
      [
        "Read 3 articles",
        "Extracted 8 claims from 3 articles",
        "Loaded 1 hand-added claim and 0 corrections from 1 file",
        "Found 0 groups of copies and translations",
        "Ran 10 rules: 4 findings",
        "Wrote reports to reports/",
        "",
      ].join("\n"),
    );
  });

  it("prints no terminal escape codes to a pipe when CI is not set either (a real process: the bin)", () => {
    const env = { ...process.env };
    delete env.CI;
    const r = spawnSync(process.execPath, [bundle, "check", "--fail-on", "never"], { cwd: dir, encoding: "utf8", env });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(result.err);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no ANSI escape may reach the output
    expect(r.stderr + r.stdout).not.toMatch(/\u001b/);
  });

  it("writes the Markdown, JSON and SARIF reports", () => {
    for (const f of ["index.md", "findings.md", "findings.json", "crosscheck.sarif", "articles/alpha.md"])
      expect(existsSync(join(dir, "reports", f)), f).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8"));
    const valid = schemaValidator("findings");
    expect(valid(json), JSON.stringify(valid.errors)).toBe(true);
    expect(json.claims.filter((c: { article: string | null }) => c.article === null)).toHaveLength(1);
  });

  it("writes the HTML page and the rule docs beside the reports, and opens the index with the disputed figures", () => {
    const html = readFileSync(join(dir, "reports", "index.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    const index = readFileSync(join(dir, "reports", "index.md"), "utf8");
    expect(index.indexOf("## Summary")).toBeGreaterThan(0);
    expect(index.indexOf("## Summary")).toBeLessThan(index.indexOf("## Findings"));
    expect(index).toMatch(/\n1\. .* \*\*called up, date not given\*\*: \d different figures/);
    // every rule a report links to is there, in the report folder
    for (const m of (index + readFileSync(join(dir, "reports", "findings.md"), "utf8") + html).matchAll(
      /\(?(?:href=")?(rules\/[a-z-]+\.md)/g,
    )) {
      expect(existsSync(join(dir, "reports", m[1]!)), m[1]).toBe(true);
    }
  });

  it("writes SARIF 2.1.0 a code-review tool can place: rule, level, location, fingerprint", () => {
    const sarif = JSON.parse(readFileSync(join(dir, "reports/crosscheck.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    const run0 = sarif.runs[0];
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const r of run0.results) {
      expect(ids).toContain(r.ruleId);
      expect(run0.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(["error", "warning", "note"]).toContain(r.level);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/\.(md|yaml)$/);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(r.partialFingerprints["crosscheck/v1"]).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it("gives byte-identical reports on a re-run", async () => {
    const before =
      readFileSync(join(dir, "reports/index.md"), "utf8") + readFileSync(join(dir, "reports/findings.json"), "utf8");
    await run(["check"], dir);
    await run(["check"], dir);
    const after =
      readFileSync(join(dir, "reports/index.md"), "utf8") + readFileSync(join(dir, "reports/findings.json"), "utf8");
    expect(after).toBe(before);
  });

  it("--quiet prints only the errors, as ESLint's does; --fail-on never exits 0", async () => {
    const q = await run(["check", "--quiet", "--fail-on", "never"], dir);
    expect(q.code).toBe(0);
    expect(q.err).toBe("");
    expect(q.out.trim().split("\n")).toEqual([
      "articles/alpha.md:10:81  error  some 4,000 miles is 6,437 km, but the text gives 9,500 km (32% apart)  unit-mismatch",
      "articles/beta.md:10:26  error  Ilya Sorokin is 28 (Beta Post, 28 Sep 2022) but 31 (Gamma Zeitung, 29 Sep 2022): not possible between 2022-09-28 and 2022-09-29, less than a year apart (1 day)  age-conflict",
      "",
      "2 errors, 0 warnings, 0 info",
    ]);
  });

  it("accepted findings no longer fail the check and move to their own section", async () => {
    const json = JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8"));
    const errors = json.findings.filter((f: { severity: string }) => f.severity === "error");
    writeFileSync(
      join(dir, "crosscheck.config.yaml"),
      `accept:\n${errors.map((f: { fingerprint: string }) => `  - fingerprint: ${f.fingerprint}\n    reason: checked with the desk\n`).join("")}`,
    );
    const r = await run(["check"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("(accepted)");
    expect(readFileSync(join(dir, "reports/index.md"), "utf8")).toContain("## Accepted findings");
  });

  it("exits 2 on a usage error and on unreadable input, after checking the rest", async () => {
    expect((await run(["check", "--fail-on", "sometimes"], dir)).code).toBe(2);
    const r = await run(["check", "articles", "missing.md", "--fail-on", "never"], dir);
    expect(r.code).toBe(2);
    expect(r.out).toContain("missing.md: error: cannot read: no such file or folder");
    expect(r.out).toContain("disputed-figure");
  });

  it("never replaces a folder that holds the articles, nor writes into the claims folder, and says what to do", async () => {
    const whole = await run(["check", "--out", "."], dir);
    expect(whole.code).toBe(2);
    expect(whole.err).toBe(
      "crosscheck: the output folder . holds the input articles, and every run replaces it whole; choose another folder with --out, one that holds no articles\n",
    );
    const claims = await run(["check", "--out", "claims/reports"], dir);
    expect(claims.code).toBe(2);
    expect(claims.err).toBe(
      "crosscheck: the output folder claims/reports overlaps the claims folder claims; crosscheck never writes into claims: choose another folder with --out, outside claims\n",
    );
    expect(existsSync(join(dir, "claims/reports"))).toBe(false);
  });
});

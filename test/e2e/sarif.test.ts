// Every SARIF file crosscheck writes is valid against the official SARIF 2.1.0 schema, as
// shipped by Microsoft's @microsoft/jest-sarif package (not a copy kept here), and its URIs can
// be resolved: relative ones below an absolute SRCROOT, absolute file: URIs for files outside it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli as run } from "../support/cli.js";

const root = join(import.meta.dirname, "..", "..");
const require = createRequire(import.meta.url);
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

// The schema is draft-04; one of its patterns is not valid with the u flag, so ajv reads its
// patterns without it (they are plain ASCII).
const schema = JSON.parse(
  readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
) as object;
const Ajv4 = (require("ajv-draft-04") as { default: typeof import("ajv-draft-04").default }).default;
const addFormats = (require("ajv-formats") as { default: typeof import("ajv-formats").default }).default;
const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validSarif = ajv.compile(schema);

interface Artifact {
  uri: string;
  uriBaseId?: string;
}

/** Every artifactLocation in a SARIF log. */
function artifacts(v: unknown, out: Artifact[] = []): Artifact[] {
  if (Array.isArray(v)) for (const x of v) artifacts(x, out);
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (k === "artifactLocation") out.push(x as Artifact);
      else artifacts(x, out);
    }
  }
  return out;
}

/** The log is valid, its base is absolute, and each of its files is found where its URI says. */
function expectSound(text: string): void {
  const log = JSON.parse(text);
  expect(validSarif(log), JSON.stringify(validSarif.errors?.slice(0, 3))).toBe(true);
  const run0 = log.runs[0];
  expect(run0.tool.driver.version).toBe(version);
  const base: string = run0.originalUriBaseIds.SRCROOT.uri;
  expect(base).toMatch(/^file:\/\/\/.*\/$/);
  const found = artifacts(log);
  expect(found.length).toBeGreaterThan(0);
  for (const a of found) {
    if (a.uriBaseId !== undefined) {
      expect(a.uriBaseId).toBe("SRCROOT");
      expect(a.uri, "a relative reference stays below its base").not.toMatch(/^(\/|\.\.|[a-z]+:)/);
      const file = fileURLToPath(new URL(a.uri, base));
      if (!file.endsWith("/-")) expect(existsSync(file), file).toBe(true);
    } else {
      expect(a.uri).toMatch(/^file:\/\/\//);
      expect(existsSync(fileURLToPath(a.uri)), a.uri).toBe(true);
    }
  }
}

describe("SARIF", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-sarif-"));
    cpSync(join(root, "test/fixtures/e2e"), join(dir, "project"), { recursive: true });
    mkdirSync(join(dir, "elsewhere"));
  });

  it("the demo corpus's committed report is valid", () => {
    // The committed log names the checkout it was made in as SRCROOT; read it against this one.
    const log = JSON.parse(readFileSync(join(root, "reports/crosscheck.sarif"), "utf8"));
    log.runs[0].originalUriBaseIds.SRCROOT.uri = `${pathToFileURL(root).href}/`;
    expectSound(JSON.stringify(log));
  });

  it("a report of articles inside the folder check runs in is valid, with relative URIs", async () => {
    const cwd = join(dir, "project");
    expect((await run(["check", "--no-cache"], cwd)).code).toBe(1);
    const text = readFileSync(join(cwd, "reports/crosscheck.sarif"), "utf8");
    expectSound(text);
    expect(artifacts(JSON.parse(text)).every((a) => a.uriBaseId === "SRCROOT")).toBe(true);
  });

  it("a report of articles outside the folder check runs in is valid, with absolute file: URIs for them", async () => {
    const cwd = join(dir, "elsewhere");
    const r = await run(
      ["check", "../project/articles", "--claims", "../project/claims", "--out", "reports", "--no-cache"],
      cwd,
    );
    expect(r.code).toBe(1);
    const text = readFileSync(join(cwd, "reports/crosscheck.sarif"), "utf8");
    expectSound(text);
    const uris = artifacts(JSON.parse(text)).map((a) => a.uri);
    expect(uris).toContain(`file://${join(dir, "project/articles/alpha.md")}`);
  });

  it("--output-format sarif prints the same valid log, errors only with --quiet", async () => {
    const cwd = join(dir, "project");
    const all = await run(["check", "--output-format", "sarif", "--out", "r2", "--no-cache"], cwd);
    expectSound(all.out);
    const levels = (t: string): string[] => JSON.parse(t).runs[0].results.map((x: { level: string }) => x.level);
    expect(new Set(levels(all.out))).toEqual(new Set(["error", "warning"]));
    const quiet = await run(["check", "--output-format", "sarif", "--quiet", "--out", "r2", "--no-cache"], cwd);
    expectSound(quiet.out);
    expect(levels(quiet.out)).toEqual(["error", "error"]);
  });
});

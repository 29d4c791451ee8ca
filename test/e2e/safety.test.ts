// What `crosscheck check` promises about the folders it writes and the files it reads, as a user
// meets it: the command line (in this process: test/support/cli.ts) on a copy of the fixture
// corpus, in a fresh folder for every test. Where a regression could hang on a named pipe, the
// run is a real process with a time guard, so that it fails instead of stalling the suite.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli as run, type CliRun } from "../support/cli.js";
import { snapshot } from "./snapshot.js";

const root = join(import.meta.dirname, "..", "..");
const bundle = join(root, "dist", "bundle", "cli.js");

/** A guard, not a measure: a regression that hangs on a pipe fails here instead of stalling the suite. */
const HANG_GUARD_MS = 50_000;

/** A real process, ended by the guard if it hangs. */
function spawned(args: string[], cwd: string): CliRun & { signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CI: "1" },
    timeout: HANG_GUARD_MS,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr, signal: r.signal };
}

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-safety-"));
  cpSync(join(root, "test/fixtures/e2e"), dir, { recursive: true });
  return dir;
}

describe("the output folder", () => {
  it("is marked as a reports folder, and a marked folder is replaced on the next run", async () => {
    const dir = corpus();
    expect((await run(["check", "--no-cache"], dir)).code).toBe(1);
    expect(readFileSync(join(dir, "reports/.crosscheck-reports"), "utf8")).toContain("crosscheck check");
    writeFileSync(join(dir, "reports/stale.md"), "left over");
    expect((await run(["check", "--no-cache"], dir)).code).toBe(1);
    expect(existsSync(join(dir, "reports/stale.md"))).toBe(false);
    expect(existsSync(join(dir, "reports/index.md"))).toBe(true);
  });

  it("refuses, with exit 2, to replace a folder that is not empty and not a reports folder", async () => {
    const dir = corpus();
    mkdirSync(join(dir, "mywork"));
    writeFileSync(join(dir, "mywork/thesis.txt"), "three years of work");
    const r = await run(["check", "--out", "mywork"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "crosscheck: refusing to replace mywork: it is not empty and not a crosscheck reports folder (it has no .crosscheck-reports file); choose a new or empty folder with --out, or remove mywork yourself\n",
    );
    expect(r.out).toBe("");
    expect(snapshot(join(dir, "mywork"))).toEqual({ "thesis.txt": "three years of work" });
    expect(readdirSync(dir).sort()).toEqual(["articles", "claims", "mywork"]);
  });

  it("refuses an --out that is a file, and leaves the file as it was", async () => {
    const dir = corpus();
    writeFileSync(join(dir, "notes.md"), "my notes");
    const r = await run(["check", "--out", "notes.md"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe("crosscheck: the output folder notes.md is a file, not a folder; choose another --out\n");
    expect(readFileSync(join(dir, "notes.md"), "utf8")).toBe("my notes");
  });

  it("writes into an empty folder, and into a new one inside new folders", async () => {
    const dir = corpus();
    mkdirSync(join(dir, "empty"));
    expect((await run(["check", "--out", "empty", "--fail-on", "never"], dir)).code).toBe(0);
    expect(existsSync(join(dir, "empty/index.md"))).toBe(true);
    expect((await run(["check", "--out", "a/b/c", "--fail-on", "never"], dir)).code).toBe(0);
    expect(existsSync(join(dir, "a/b/c/.crosscheck-reports"))).toBe(true);
  });

  it("--format json writes only findings.json (and the marker)", async () => {
    const dir = corpus();
    const r = await run(["check", "--format", "json", "--fail-on", "never"], dir);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "reports")).sort()).toEqual([".crosscheck-reports", "findings.json"]);
    expect(r.out.trim().split("\n").pop()).toBe("Reports: reports/findings.json");
    expect(JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8")).findings).toHaveLength(4);
  });
});

describe("never writing into the articles or claims folders, through symbolic links too", () => {
  it("writes an --out inside the articles folder, reached through a link to it, and never reads it back", async () => {
    const dir = corpus();
    symlinkSync("articles", join(dir, "art2"));
    const first = await run(["check", "art2", "--out", "articles/rep", "--no-cache"], dir);
    expect(first.code).toBe(1);
    expect(existsSync(join(dir, "articles/rep/findings.md"))).toBe(true);
    const second = await run(["check", "art2", "--out", "articles/rep", "--no-cache"], dir);
    expect(second.err).toContain("Read 3 articles\n");
    expect(second.out).toBe(first.out);
  });

  it("refuses --out through a link to the articles folder or into the claims folder", async () => {
    const dir = corpus();
    symlinkSync("articles", join(dir, "to-articles"));
    symlinkSync("claims", join(dir, "to-claims"));
    const a = await run(["check", "articles", "--out", "to-articles"], dir);
    expect(a.code).toBe(2);
    expect(a.err).toContain(
      "the output folder to-articles holds the input articles, and every run replaces it whole; choose another folder with --out",
    );
    const c = await run(["check", "--out", "to-claims"], dir);
    expect(c.code).toBe(2);
    expect(c.err).toContain("overlaps the claims folder claims;");
    expect(readdirSync(join(dir, "articles")).sort()).toEqual(["alpha.md", "beta.md", "gamma.md"]);
    expect(readdirSync(join(dir, "claims")).sort()).toEqual(["reference.yaml"]);
  });

  it("refuses an --out that holds articles a link inside the articles folder leads to (the folder is not crosscheck's)", async () => {
    const dir = corpus();
    mkdirSync(join(dir, "more"));
    writeFileSync(join(dir, "more/delta.md"), "Some 300 men fled.\n");
    symlinkSync(join(dir, "more"), join(dir, "articles/more"));
    const r = await run(["check", "--out", "more"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "crosscheck: refusing to replace more: it is not empty and not a crosscheck reports folder (it has no .crosscheck-reports file); choose a new or empty folder with --out, or remove more yourself\n",
    );
    expect(readdirSync(join(dir, "more"))).toEqual(["delta.md"]);
  });
});

describe("files that are not regular files", () => {
  it("reports a named pipe and a link to /dev/zero among the articles and claims, and checks the rest", () => {
    const dir = corpus();
    execFileSync("mkfifo", [join(dir, "articles/pipe.md"), join(dir, "claims/pipe.yaml")]);
    symlinkSync("/dev/zero", join(dir, "articles/zero.md"));
    symlinkSync("/dev/zero", join(dir, "claims/zero.yaml"));
    const r = spawned(["check", "--no-cache", "--fail-on", "never"], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    const lines = r.out.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "articles/pipe.md: error: not a regular file",
      "articles/zero.md: error: not a regular file",
      "claims/pipe.yaml: error: not a regular file",
      "claims/zero.yaml: error: not a regular file",
    ]);
    expect(r.out).toContain("2 errors, 2 warnings, 0 info; 4 input errors");
  });

  it("reports a named pipe given by name", () => {
    const dir = corpus();
    execFileSync("mkfifo", [join(dir, "fifo")]);
    const r = spawned(["check", "articles", "fifo", "--no-cache", "--fail-on", "never"], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.out.split("\n")[0]).toBe("fifo: error: not a regular file");
    expect(r.out).toContain("age-conflict");
  });
});

describe("warnings from the claims files", () => {
  it("are printed as file:line:column  warning  message and do not change the exit code", async () => {
    const dir = corpus();
    writeFileSync(
      join(dir, "claims/quoted.yaml"),
      'source:\n  name: Test desk\n  date: 2022-09-30\nclaims:\n  - id: quoted-wrong\n    value: 300000\n    unit: reservists\n    quote: "up to 300,000 reservists are to be called up"\n',
    );
    const r = await run(["check", "--no-cache", "--fail-on", "never"], dir);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(
      'claims/quoted.yaml:8:12  warning  the quote says "up to 300,000", at most 300,000, but the claim says exactly 300,000; to claim what the quote says, write quantity: "up to 300,000"',
    );
    expect((await run(["check", "--no-cache"], dir)).code).toBe(1); // as without the warning: the fixture has errors
  });
});

describe("--config FILE", () => {
  it("is honoured: a rule turned off, a severity changed", async () => {
    const dir = corpus();
    writeFileSync(join(dir, "desk.yaml"), "rules:\n  unit-mismatch: off\n  age-conflict: warning\n");
    // A default config file that would say otherwise is not read when --config names another.
    writeFileSync(join(dir, "crosscheck.config.yaml"), "rules:\n  age-conflict: off\n");
    const r = await run(["check", "--no-cache", "--config", "desk.yaml"], dir);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("unit-mismatch");
    expect(r.out).toContain("articles/beta.md:10:26  warning  Ilya Sorokin is 28");
    expect(r.out).toContain("0 errors, 3 warnings, 0 info");
  });

  it("exits 2 when the named file does not exist or names an unknown rule", async () => {
    const dir = corpus();
    const missing = await run(["check", "--no-cache", "--config", "nope.yaml"], dir);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain("nope.yaml: error: cannot read: ");
    writeFileSync(join(dir, "bad.yaml"), "rules:\n  unit-mismatsh: off\n");
    const bad = await run(["check", "--no-cache", "--config", "bad.yaml", "--fail-on", "never"], dir);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('bad.yaml:2:3  error  unknown rule "unit-mismatsh" (did you mean "unit-mismatch"?)');
  });
});

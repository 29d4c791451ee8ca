// runCli, the command line as a function (src/cli.ts): what a caller in its own process may count
// on. It writes only to the writers it is given, returns the exit code instead of setting or ending
// the process's, and leaves the process's working folder as it found it, even when a run fails.
import { mkdtempSync, readFileSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";

const root = join(import.meta.dirname, "..", "..");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

describe("runCli", () => {
  it("prints to its writers and returns the exit code; the process's exit code is not touched", async () => {
    const before = process.exitCode;
    expect(await cli(["--version"], root)).toEqual({ code: 0, out: `${version}\n`, err: "" });
    const usage = await cli(["check", "--fail-on", "sometimes"], root);
    expect(usage.code).toBe(2);
    expect(usage.out).toBe("");
    expect(usage.err).toContain("argument 'sometimes' is invalid");
    expect(process.exitCode).toBe(before);
  });

  it("runs in the folder it is given and goes back to the process's after the run", async () => {
    const here = process.cwd();
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "crosscheck-run-cli-")));
    const r = await cli(["check", "missing.md", "--out", "out", "--claims", "none"], dir);
    expect(r.code).toBe(2);
    expect(r.out).toContain("missing.md: error: cannot read: no such file or folder");
    expect(process.cwd()).toBe(here);
  });
});

// reports/ in the repository holds the demo corpus's reports; this fails when they are stale
// (run `npm run check` and commit reports/). The same input must give byte-identical reports.
import { join } from "node:path";
import { Writable } from "node:stream";
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FORMATS, runCheck } from "../src/commands/check.js";
import { reportFiles } from "./report-files.js";

const root = join(import.meta.dirname, "..");
const sink = new Writable({ write: (_c, _e, cb) => cb() });

const files = reportFiles;

describe("the demo corpus's reports", () => {
  it("are up to date in reports/", async () => {
    // A sibling of reports/, so that every relative link in the reports comes out the same.
    const out = join(root, `.tmp-reports-${process.pid}`);
    const cwd = process.cwd();
    process.chdir(root);
    try {
      await runCheck({
        paths: ["articles"],
        claims: "claims",
        out,
        formats: [...FORMATS],
        failOn: "never",
        quiet: true,
        cache: false,
        stdout: sink,
        stderr: sink,
      });
    } finally {
      process.chdir(cwd);
    }
    const fresh = files(out);
    rmSync(out, { recursive: true, force: true });
    const committed = files(join(root, "reports"));
    expect([...committed.keys()]).toEqual([...fresh.keys()]);
    for (const [name, text] of fresh) {
      expect(committed.get(name), `${name} is stale: run npm run check and commit reports/`).toBe(text);
    }
  });

  it("are the same when the articles are read and extracted a few at a time, with and without a cache", async () => {
    const out = join(root, `.tmp-reports-${process.pid}`);
    const cacheDir = join(root, `.tmp-reports-${process.pid}-cache`);
    const cwd = process.cwd();
    process.chdir(root);
    const runs: Array<Map<string, string>> = [];
    try {
      for (const cache of [false, true, true]) {
        await runCheck({
          paths: ["articles"],
          claims: "claims",
          out,
          formats: [...FORMATS],
          failOn: "never",
          quiet: true,
          cache,
          cacheDir,
          chunk: 3,
          stdout: sink,
          stderr: sink,
        });
        runs.push(files(out));
      }
    } finally {
      process.chdir(cwd);
      rmSync(out, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
    const committed = files(join(root, "reports"));
    for (const run of runs) {
      expect([...run.keys()]).toEqual([...committed.keys()]);
      for (const [name, text] of run) expect(text, name).toBe(committed.get(name));
    }
  });
});

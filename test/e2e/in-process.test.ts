// runCheck in this process, where the test can arrange the file system around one run: a report
// folder that cannot be swapped in, a cache full of wrong entries, a corpus read in chunks.
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCheck, swapSteps, type CheckOptions } from "../../src/commands/check.js";
import { snapshot } from "./snapshot.js";

const root = join(import.meta.dirname, "..", "..");

function capture(): Writable & { text: string } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.text += String(chunk);
      cb();
    },
  }) as Writable & { text: string };
  w.text = "";
  return w;
}

let dir: string;
const cwd = process.cwd();
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "crosscheck-inproc-")));
  cpSync(join(root, "test/fixtures/e2e"), dir, { recursive: true });
  process.chdir(dir);
});
afterEach(() => process.chdir(cwd));

async function check(
  extra: Partial<CheckOptions> = {},
): Promise<{ code: number; out: string; err: string; findings: string[] }> {
  const stdout = capture();
  const stderr = capture();
  const run = await runCheck({
    paths: ["articles"],
    claims: "claims",
    out: "reports",
    formats: ["markdown", "json", "sarif"],
    failOn: "never",
    quiet: false,
    cache: false,
    cacheDir: join(dir, "cache"),
    stdout,
    stderr,
    ...extra,
  });
  return {
    code: run.exitCode,
    out: stdout.text,
    err: stderr.text,
    findings: run.result.findings.map((f) => `${f.rule} ${f.location.file}:${f.location.line}`),
  };
}

describe("a failure while writing the reports", () => {
  it("leaves the previous reports whole, removes its temporary folder and exits 2", async () => {
    expect((await check()).code).toBe(0);
    const before = snapshot(join(dir, "reports"));
    // Change what the reports would say, then make the swap fail: the place the old folder is
    // moved to while the new one is swapped in is taken by a folder that is not empty.
    writeFileSync(
      join(dir, "articles/alpha.md"),
      readFileSync(join(dir, "articles/alpha.md"), "utf8").replace("4,000 miles", "5,000 miles"),
    );
    const blocker = join(dir, `reports.old-${process.pid}`);
    mkdirSync(blocker);
    writeFileSync(join(blocker, "keep"), "x");
    const r = await check();
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /\nCould not write the reports: ENOTEMPTY: directory not empty, rename '.*reports' -> '.*reports\.old-\d+'; the previous reports in reports are unchanged\n$/,
    );
    expect(r.err.split("\n").slice(-2)).toEqual(["Could not write the reports", ""]);
    expect(snapshot(join(dir, "reports"))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["articles", "claims", "reports", `reports.old-${process.pid}`]);
    rmSync(blocker, { recursive: true });
    expect((await check()).code).toBe(0);
    expect(snapshot(join(dir, "reports"))).not.toEqual(before);
  });

  it("fails before writing when the output folder's temporary sibling cannot be made (a name too long)", async () => {
    // 250 characters is a legal folder name; with ".tmp-<pid>" after it, it is not.
    const long = "r".repeat(250);
    expect((await check({ out: "short" })).code).toBe(0);
    const { renameSync } = await import("node:fs");
    renameSync(join(dir, "short"), join(dir, long));
    const before = snapshot(join(dir, long));
    const r = await check({ out: long });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Could not write the reports: ENAMETOOLONG/);
    expect(snapshot(join(dir, long))).toEqual(before);
  });
});

describe("the report swap when a step of it fails", () => {
  const { rename, remove } = swapSteps;
  afterEach(() => Object.assign(swapSteps, { rename, remove }));
  const changeAlpha = (): void =>
    writeFileSync(
      join(dir, "articles/alpha.md"),
      readFileSync(join(dir, "articles/alpha.md"), "utf8").replace("4,000 miles", "5,000 miles"),
    );

  it("puts the old folder back when the new one cannot be moved in, and says so", async () => {
    expect((await check()).code).toBe(0);
    const before = snapshot(join(dir, "reports"));
    changeAlpha();
    swapSteps.rename = (from, to) => {
      if (String(from).includes(".tmp-")) throw Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" });
      rename(from, to);
    };
    const r = await check();
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /\nCould not write the reports: EIO: i\/o error, rename; the previous reports in reports are unchanged\n$/,
    );
    expect(snapshot(join(dir, "reports"))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["articles", "claims", "reports"]);
  });

  it("names where both folders are when the old one cannot be put back either", async () => {
    expect((await check()).code).toBe(0);
    changeAlpha();
    swapSteps.rename = (from, to) => {
      if (String(from).includes(".tmp-") || String(from).includes(".old-"))
        throw Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" });
      rename(from, to);
    };
    const r = await check();
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /Could not write the reports: EIO: i\/o error, rename; putting the previous reports back failed too \(EIO: i\/o error, rename\): they are in .*reports\.old-\d+, the new ones in .*reports\.tmp-\d+\n$/,
    );
    expect(readdirSync(dir).sort()).toEqual([
      "articles",
      "claims",
      `reports.old-${process.pid}`,
      `reports.tmp-${process.pid}`,
    ]);
  });

  it("a later run puts back the previous reports a failed swap left under .old-PID, and removes its .tmp-PID", async () => {
    expect((await check()).code).toBe(0);
    const before = snapshot(join(dir, "reports"));
    // As a run with another process id, killed between its two renames, would leave them.
    const { renameSync } = await import("node:fs");
    renameSync(join(dir, "reports"), join(dir, "reports.old-4999999"));
    mkdirSync(join(dir, "reports.tmp-4999999"));
    writeFileSync(join(dir, "reports.tmp-4999999", ".crosscheck-reports"), "x");
    swapSteps.rename = (from, to) => {
      if (String(from).includes(`.tmp-${process.pid}`))
        throw Object.assign(new Error("EIO: i/o error, rename"), { code: "EIO" });
      rename(from, to);
    };
    const r = await check();
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/the previous reports in reports are unchanged\n$/);
    expect(snapshot(join(dir, "reports"))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["articles", "claims", "reports"]);
  });

  it("is no failure when the new reports are in place and only the old folder cannot be removed (read-only)", async () => {
    expect((await check()).code).toBe(0);
    changeAlpha();
    swapSteps.remove = () => {
      throw Object.assign(new Error("EACCES: permission denied, rmdir"), { code: "EACCES" });
    };
    const r = await check();
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("Could not write");
    expect(readFileSync(join(dir, "reports/findings.md"), "utf8")).toContain("5,000 miles");
  });
});

describe("the extraction cache in a check", () => {
  it("re-parses records of the wrong shape instead of trusting them, and says so", async () => {
    const cold = await check({ cache: true });
    const cache = join(dir, "cache");
    const file = join(cache, readdirSync(cache).find((f) => /^analyses-\w+\.log$/.test(f))!);
    const [head, ...records] = readFileSync(file, "utf8").split("\n");
    expect(records).toHaveLength(4); // three articles, and the line break at the end
    // A record is `SEAL KEY GROUP PAYLOAD`; sealed again, as one who knows the format would.
    const at = 64 + 1 + 32 + 1 + 16 + 1;
    const resealed = (line: string, payload: string): string => {
      const body = `${line.slice(65, at - 1)} ${payload}`;
      return `${createHash("sha256").update(body).digest("hex")} ${body}`;
    };
    const payload = (line: string): Record<string, unknown> => JSON.parse(line.slice(at)) as Record<string, unknown>;
    const wrong = [
      resealed(records[0]!, JSON.stringify({ ...payload(records[0]!), claims: [{ kind: "count", value: 1 }] })),
      resealed(records[1]!, JSON.stringify({ ...payload(records[1]!), claims: "a string", names: "another" })),
      records[2]!.slice(0, 100), // torn
    ];
    writeFileSync(file, [head, ...wrong].join("\n"));
    const warm = await check({ cache: true });
    expect(warm.code).toBe(0);
    expect(warm.findings).toEqual(cold.findings);
    expect(warm.findings).toHaveLength(4);
    expect(warm.out).toMatch(/analyses-\w+\.log: warning: 3 records of the analysis cache were damaged/);
  });
});

describe("progress on a corpus read in chunks", () => {
  it("prints a line as each chunk is read and extracted, then the totals", async () => {
    const r = await check({ chunk: 2 });
    expect(r.err).toBe(
      [
        "Read 2 of 3 files",
        "Extracted 6 claims from 2 articles so far",
        "Read 3 articles",
        "Extracted 8 claims from 3 articles",
        "Loaded 1 hand-added claim and 0 corrections from 1 file",
        "Found 0 groups of copies and translations",
        "Ran 10 rules: 4 findings",
        "Wrote reports to reports/",
        "",
      ].join("\n"),
    );
    expect(existsSync(join(dir, "reports/index.md"))).toBe(true);
  });
});

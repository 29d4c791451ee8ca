// A re-check after editing one article reads the rest from the caches (the extraction cache, the
// report manifest, and whatever check keeps of its last run): its reports must be byte for byte
// those of a cold run on the edited corpus. Run on a copy of the demo corpus in a temporary folder.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { FORMATS, runCheck } from "../../src/commands/check.js";
import { reportFiles } from "../report-files.js";

const root = join(import.meta.dirname, "..", "..");
const sink = new Writable({ write: (_c, _e, cb) => cb() });
const work = mkdtempSync(join(tmpdir(), "crosscheck-recheck-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function check(out: string, cache: boolean): Promise<Map<string, string>> {
  const cwd = process.cwd();
  process.chdir(work);
  try {
    await runCheck({
      paths: ["articles"],
      claims: "claims",
      out,
      formats: [...FORMATS],
      failOn: "never",
      quiet: true,
      cache,
      cacheDir: join(work, "cache"),
      stdout: sink,
      stderr: sink,
    });
  } finally {
    process.chdir(cwd);
  }
  return reportFiles(join(work, out));
}

describe("a re-check after one article is edited", () => {
  it("writes the same reports as a cold run on the edited corpus", async () => {
    cpSync(join(root, "articles"), join(work, "articles"), { recursive: true });
    cpSync(join(root, "claims"), join(work, "claims"), { recursive: true });
    const first = await check("reports", true);
    // One figure of one article changes: 300,000 reservists become 800,000, so findings change too.
    const file = join(work, "articles", "en-ledger-callup.md");
    const text = readFileSync(file, "utf8");
    const edited = text.replace("call up 300,000 reservists", "call up 800,000 reservists");
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const warm = await check("reports", true);
    const cold = await check("cold", false);
    expect([...warm.keys()]).toEqual([...cold.keys()]);
    for (const [name, content] of cold) expect(warm.get(name), name).toBe(content);
    // The edit shows: the run before it wrote other reports.
    expect([...first].some(([name, content]) => cold.get(name) !== content)).toBe(true);
  });
});

// A re-check after editing one article reads the rest from the caches (the extraction cache, the
// report manifest, and whatever check keeps of its last run): its reports must be byte for byte
// those of a cold run on the edited corpus. Run on a copy of the demo corpus in a temporary folder.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { FORMATS, runCheck } from "../../src/commands/check.js";
import { reportFiles } from "../report-files.js";

const root = join(import.meta.dirname, "..", "..");
const sink = new Writable({ write: (_c, _e, cb) => cb() });
const works: string[] = [];
afterAll(() => {
  for (const w of works) rmSync(w, { recursive: true, force: true });
});

/** A copy of the demo corpus and its claims in a new temporary folder. */
function demo(): string {
  const work = mkdtempSync(join(tmpdir(), "crosscheck-recheck-"));
  works.push(work);
  cpSync(join(root, "articles"), join(work, "articles"), { recursive: true });
  cpSync(join(root, "claims"), join(work, "claims"), { recursive: true });
  return work;
}

/** A check of the copy in `work`; `said` collects what it prints on stdout (then it is not quiet). */
async function check(work: string, out: string, cache: boolean, said?: string[]): Promise<Map<string, string>> {
  const cwd = process.cwd();
  process.chdir(work);
  const stdout = said ? new Writable({ write: (c, _e, cb) => cb(void said.push(String(c))) }) : sink;
  try {
    await runCheck({
      paths: ["articles"],
      claims: "claims",
      out,
      formats: [...FORMATS],
      failOn: "never",
      quiet: !said,
      cache,
      cacheDir: join(work, "cache"),
      stdout,
      stderr: sink,
    });
  } finally {
    process.chdir(cwd);
  }
  return reportFiles(join(work, out));
}

/** Replaces each `[from, to]` in the file, every one of which must be there. */
function edit(file: string, ...changes: Array<[string, string]>): void {
  let text = readFileSync(file, "utf8");
  for (const [from, to] of changes) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
}

/** The report files of a run, a change, a re-check with the caches and a cold run: the re-check must be the cold run. */
async function recheck(
  change: (work: string) => void,
  said?: string[],
): Promise<{ first: Map<string, string>; cold: Map<string, string> }> {
  const work = demo();
  const first = await check(work, "reports", true);
  change(work);
  const warm = await check(work, "reports", true, said);
  const cold = await check(work, "cold", false);
  expect([...warm.keys()]).toEqual([...cold.keys()]);
  for (const [name, content] of cold) expect(warm.get(name), name).toBe(content);
  // The change shows: the run before it wrote other reports.
  expect([...first].some(([name, content]) => cold.get(name) !== content)).toBe(true);
  return { first, cold };
}

const findingCount = (reports: Map<string, string>): number =>
  (JSON.parse(reports.get("findings.json")!) as { findings: unknown[] }).findings.length;

const clusters = (reports: Map<string, string>): unknown =>
  (JSON.parse(reports.get("findings.json")!) as { clusters: unknown }).clusters;

describe("a re-check after one article is edited", () => {
  it("writes the same reports as a cold run on the edited corpus", async () => {
    // One figure of one article changes: 300,000 reservists become 800,000, so findings change too.
    await recheck((work) =>
      edit(join(work, "articles", "en-ledger-callup.md"), ["call up 300,000 reservists", "call up 800,000 reservists"]),
    );
  });

  it("writes the same reports when the edit takes an article out of its group of copies", async () => {
    // The English account of the journey tells other figures: it is no longer the German one's translation.
    const { first, cold } = await recheck((work) =>
      edit(
        join(work, "articles", "en-caspian-journey.md"),
        ["About 260,000", "About 190,000"],
        ["six days", "two days"],
        ["more than 40", "more than 70"],
        ["about 30 percent", "about 60 percent"],
      ),
    );
    expect(clusters(first)).toHaveLength(1);
    expect(clusters(cold)).toEqual([]);
  });

  it("writes the same reports when an edit dates an undated article (its weekdays' reference day)", async () => {
    // The wire report gives no date: its "on Sunday" and "By Monday" were dated by the figures
    // other articles give. Dated a week later, they are other days, and other quantities.
    await recheck((work) =>
      edit(join(work, "articles", "en-steppe-wire.md"), [
        'outlet: "Steppe Wire"\n',
        'outlet: "Steppe Wire"\ndate: 2022-10-03\n',
      ]),
    );
  });

  it("writes the same reports when an edit makes an article a copy of another", async () => {
    // The Harbour Gazette runs the Northern Courier's text word for word under its own name and date.
    const { first, cold } = await recheck((work) => {
      const dir = join(work, "articles");
      const head = (f: string): string => readFileSync(join(dir, f), "utf8").split("\n---\n")[0]!;
      const body = readFileSync(join(dir, "en-courier-borders.md"), "utf8").split("\n---\n")[1]!;
      writeFileSync(join(dir, "en-harbour-exodus.md"), `${head("en-harbour-exodus.md")}\n---\n${body}`);
    });
    const copies = (r: Map<string, string>): boolean =>
      JSON.stringify(clusters(r)).includes("en-harbour-exodus.md") &&
      JSON.stringify(clusters(r)).includes("en-courier-borders.md");
    expect(copies(first)).toBe(false);
    expect(copies(cold)).toBe(true);
  });

  it("writes the same reports when only a rule's options change", async () => {
    // No article changes: the figure rules report no figures more than 1.01 times apart, so findings
    // go, and their sections, results and numbers with them.
    const { first, cold } = await recheck((work) =>
      writeFileSync(
        join(work, "crosscheck.config.yaml"),
        `rules:\n${["figure-conflict", "disputed-figure", "divergent-estimate", "inconsistent-in-article"].map((id) => `  ${id}:\n    maxRatio: 1.01\n`).join("")}`,
      ),
    );
    expect(findingCount(cold)).toBeLessThan(findingCount(first));
  });

  it("writes the same reports when only corrections change an unchanged article's claims", async () => {
    // No article changes, but the claims the desk ignores leave the English account too few
    // facts to be a translation: what the analysis kept of its facts is not its facts any more.
    const ignore = ["About 260,000", "85", "some 4,300 miles", "about 6,900 kilometres", "six days", "more than 40"];
    const { first, cold } = await recheck((work) =>
      writeFileSync(
        join(work, "claims", "ignored.yaml"),
        `corrections:\n${ignore.map((text) => `  - article: articles/en-caspian-journey.md\n    text: "${text}"\n    ignore: true\n    reason: not about the story\n`).join("")}`,
      ),
    );
    expect(clusters(first)).toHaveLength(1);
    expect(clusters(cold)).toEqual([]);
  });

  it("writes the same reports after an edit, an article added and one removed", async () => {
    await recheck((work) => {
      const dir = join(work, "articles");
      edit(join(dir, "en-ledger-callup.md"), ["call up 300,000 reservists", "call up 800,000 reservists"]);
      rmSync(join(dir, "en-steppe-wire.md"));
      writeFileSync(
        join(dir, "en-added.md"),
        "---\ntitle: Reservists called up\noutlet: The Added Post\ndate: 2022-09-22\nlang: en\n---\nThe ministry said 300,000 reservists would be called up, and some 1,200 men fled across the border.\n",
      );
    });
  });

  it("says a damaged analysis cache, and its reports are a cold run's: a record edited, the last one torn", async () => {
    const said: string[] = [];
    await recheck((work) => {
      edit(join(work, "articles", "en-ledger-callup.md"), ["call up 300,000 reservists", "call up 800,000 reservists"]);
      const cache = join(work, "cache");
      const file = join(cache, readdirSync(cache).find((f) => f.startsWith("analyses-"))!);
      const lines = readFileSync(file, "utf8").split("\n");
      expect(lines.length).toBeGreaterThan(4);
      // A figure in one record changed (its seal no longer holds), and the last record cut in half.
      const at = 64 + 1 + 32 + 1 + 16 + 1;
      lines[2] = lines[2]!.slice(0, at) + lines[2]!.slice(at).replace(/\d/, (d) => String((Number(d) + 1) % 10));
      const last = lines.length - 2;
      lines[last] = lines[last]!.slice(0, lines[last]!.length >> 1);
      writeFileSync(file, lines.slice(0, last + 1).join("\n"));
    }, said);
    expect(said.join("")).toMatch(/analyses-\w+\.log: warning: 2 records of the analysis cache were damaged/);
  });
});

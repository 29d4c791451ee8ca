// crosscheck in a user's own folder, as the README tells a user to run it: the command line (in
// this process: test/support/cli.ts) in a folder outside the project, with its own articles
// (written for this test), run twice; what it ignores; where it finds its config, claims and
// reports folder; what it says when the output would hold the input; standard input (a real
// process, which reads it); --version and --help.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli as run, type CliRun } from "../support/cli.js";

const root = join(import.meta.dirname, "..", "..");
const bundle = join(root, "dist", "bundle", "cli.js");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

/** A real process, for what reads standard input. */
function spawned(args: string[], cwd: string, input: string): CliRun {
  const r = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: "utf8",
    input,
    env: { ...process.env, CI: "1" },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const article = (title: string, outlet: string, date: string, lang: string, body: string): string =>
  `---\ntitle: ${title}\noutlet: ${outlet}\ndate: ${date}\nlang: ${lang}\n---\n${body}\n`;

/** Five articles; one name spelled two ways (a warning), nothing else to report. */
const FIVE: Record<string, string> = {
  "north.md": article(
    "Queues at the crossing",
    "North Wire",
    "2024-05-02",
    "en",
    "Yevgeny Sokolov, a volunteer at the crossing, said about 300 cars waited overnight.",
  ),
  "sued.md": article(
    "Warten an der Grenze",
    "Südblatt",
    "2024-05-03",
    "de",
    "Jewgeni Sokolow, ein Freiwilliger, sagte, etwa 300 Autos hätten in der Nacht gewartet.",
  ),
  "harbour.md": article(
    "A long night",
    "Harbour Post",
    "2024-05-03",
    "en",
    "The ferry carried 120 passengers across the bay on Friday.",
  ),
  "valley.md": article(
    "Market day",
    "Valley Times",
    "2024-05-04",
    "en",
    "About 40 stalls opened in the square, the organisers said.",
  ),
  "river.md": article(
    "New bridge",
    "River Gazette",
    "2024-05-05",
    "en",
    "The new bridge is 250 metres long and cost 12 million euros.",
  ),
};
const WARNING = "sued.md:7:1  warning  Jewgeni Sokolow / Yevgeny Sokolov: 2 spellings of one name  name-variant";

function folder(files: Record<string, string> = FIVE): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-user-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const articlesRead = (err: string): string | undefined => /^Read .*$/m.exec(err)?.[0];

describe("crosscheck check . in a folder of articles", () => {
  it("works, and a second run reads the same 5 articles, never its own reports", async () => {
    const dir = folder();
    const first = await run(["check", "."], dir);
    expect(first.code).toBe(0);
    expect(articlesRead(first.err)).toBe("Read 5 articles");
    expect(first.out).toBe(
      `${WARNING}\n\n0 errors, 1 warning, 0 info\nReports: reports/index.md, reports/findings.md, reports/index.html, reports/findings.json, reports/crosscheck.sarif\n`,
    );
    const second = await run(["check", "."], dir);
    expect(articlesRead(second.err)).toBe("Read 5 articles");
    expect(second.out).toBe(first.out);
    expect(JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8")).articles).toHaveLength(5);
    // With no path, the folder itself (it has no articles/ folder).
    expect(articlesRead((await run(["check"], dir)).err)).toBe("Read 5 articles");
  });

  it("exits 1 with --fail-on warning when there are warnings", async () => {
    const dir = folder();
    expect((await run(["check", ".", "--fail-on", "warning"], dir)).code).toBe(1);
    expect((await run(["check", ".", "--fail-on", "error"], dir)).code).toBe(0);
  });

  it("never reads another crosscheck reports folder, nor the cache, as articles", async () => {
    const dir = folder();
    expect((await run(["check", ".", "--out", "old-reports"], dir)).code).toBe(0);
    expect(existsSync(join(dir, "old-reports/findings.md"))).toBe(true);
    // The cache is never written among the inputs: beside --out, or in the user's cache folder.
    expect(existsSync(join(dir, ".crosscheck-cache"))).toBe(false);
    expect(articlesRead((await run(["check", "."], dir)).err)).toBe("Read 5 articles");
  });

  it("refuses an output folder that holds the articles, and says what to do", async () => {
    const dir = folder();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub/one.md"), FIVE["harbour.md"]!);
    const holds = await run(["check", "sub", "--out", "."], dir);
    expect(holds.code).toBe(2);
    expect(holds.err).toBe(
      "crosscheck: the output folder . holds the input sub, and every run replaces it whole; choose another folder with --out, one that holds no articles\n",
    );
  });
});

describe("ignoring", () => {
  it("leaves out what .crosscheckignore (gitignore syntax) and the config's ignore: name", async () => {
    const dir = folder({
      ...FIVE,
      "drafts/old.md": FIVE["river.md"]!,
      "notes.txt": "Some 9 notes.\n",
      "keep/notes.txt": "Some 9 notes.\n",
      "scratch.md": "About 7 lines.\n",
    });
    expect(articlesRead((await run(["check", "."], dir)).err)).toBe("Read 9 articles");
    writeFileSync(join(dir, ".crosscheckignore"), "# drafts are not published\ndrafts/\n*.txt\n!keep/notes.txt\n");
    expect(articlesRead((await run(["check", "."], dir)).err)).toBe("Read 7 articles");
    writeFileSync(join(dir, "crosscheck.config.yaml"), "ignore:\n  - scratch.md\n");
    const r = await run(["check", "."], dir);
    expect(articlesRead(r.err)).toBe("Read 6 articles");
    expect(
      JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8")).articles.map(
        (a: { path: string }) => a.path,
      ),
    ).toEqual(["harbour.md", "keep/notes.txt", "north.md", "river.md", "sued.md", "valley.md"]);
  });

  it("reports a bad ignore: in the config at its place", async () => {
    const dir = folder();
    writeFileSync(join(dir, "crosscheck.config.yaml"), "ignore: drafts/\n");
    const r = await run(["check", "."], dir);
    expect(r.code).toBe(2);
    expect(r.out).toContain("crosscheck.config.yaml:1:9  error  ");
  });
});

describe("finding the config, as ESLint and Prettier do", () => {
  it("walks up from the folder checked; claims/, reports/ and ignore: are relative to the config, for validate too", async () => {
    const dir = folder({
      "desk/crosscheck.config.yaml": "ignore:\n  - articles/drafts/\n",
      "desk/claims/ministry.yaml":
        "source:\n  name: Ferry operator\nclaims:\n  - id: ferry\n    quantity: 120 passengers\n",
      ...Object.fromEntries(Object.entries(FIVE).map(([n, t]) => [`desk/articles/may/${n}`, t])),
      "desk/articles/drafts/draft.md": FIVE["river.md"]!,
    });
    const r = await run(["check", "."], join(dir, "desk/articles"));
    expect(articlesRead(r.err)).toBe("Read 5 articles");
    expect(r.err).toContain("Loaded 1 hand-added claim and 0 corrections from 1 file\n");
    // Outside the folder it runs in, a path is shown whole.
    expect(r.out).toContain(`Reports: ${join(dir, "desk/reports/index.md")}, `);
    expect(existsSync(join(dir, "desk/reports/index.md"))).toBe(true);
    expect(existsSync(join(dir, "desk/articles/reports"))).toBe(false);
    // validate, with no path, reads the same claims/.
    expect((await run(["validate"], join(dir, "desk/articles"))).out).toBe(
      "1 file, 1 claim, 0 corrections, 0 errors, 0 warnings\n",
    );
    // From the config's own folder, with no path: its articles/ folder.
    const top = await run(["check"], join(dir, "desk"));
    expect(articlesRead(top.err)).toBe("Read 5 articles");
  });

  it("never applies the claims of the folder it is started from to a folder of articles elsewhere", async () => {
    const dir = folder();
    // Started in the project, whose claims/ are the demo's.
    const r = await run(["check", dir], root);
    expect(r.code).toBe(0);
    expect(r.err).toContain("No hand-added claims (no folder ");
    expect(r.out).not.toMatch(/ error /);
    expect(existsSync(join(dir, "reports/index.md"))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8")).articles).toHaveLength(5);
  });

  it("--claims that does not exist is an input error, as a missing --config is", async () => {
    const dir = folder();
    const claims = await run(["check", ".", "--claims", "no-such-claims"], dir);
    expect(claims.code).toBe(2);
    expect(claims.out).toContain("no-such-claims: error: cannot read: no such file or folder\n");
    const config = await run(["check", ".", "--config", "no-such.yaml"], dir);
    expect(config.code).toBe(2);
    expect(config.out).toMatch(/^no-such\.yaml: error: cannot read: no such file/m);
  });
});

describe("standard input", () => {
  it("check - reads one article from standard input", () => {
    const dir = folder({});
    const r = spawned(["check", "-", "--out", "out"], dir, "The trip was some 4,000 miles (9,500 km) long.\n");
    expect(r.code).toBe(1);
    expect(articlesRead(r.err)).toBe("Read 1 article");
    expect(r.out.split("\n")[0]).toBe(
      "-:1:14  error  some 4,000 miles is 6,437 km, but the text gives 9,500 km (32% apart)  unit-mismatch",
    );
  });
});

describe("--version and --help", () => {
  it("--version prints the version", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await run([flag], root);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`${version}\n`);
    }
  });

  it("--help lists the exit codes, for crosscheck and for check", async () => {
    for (const args of [["--help"], ["check", "--help"]]) {
      const r = await run(args, root);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(
        /Exit codes:\n {2}0 {2}no open finding at --fail-on or above \(default: error\)\n {2}1 {2}a finding at --fail-on or above\n {2}2 {2}a usage error, or input that could not be read or validated[^\n]*\n {2}3 {2}crosscheck itself failed/,
      );
    }
    expect((await run(["check", "--help"], root)).out).toContain("--output-format <format>");
  });
});

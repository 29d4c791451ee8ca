// What check prints, as a terminal and CI see it: colours on a terminal (a real one, made by
// util-linux's `script`), none through a pipe, NO_COLOR and FORCE_COLOR honoured; the output
// formats (human, compact, JSON, SARIF in sarif.test.ts, GitHub annotations), each apart from
// the report files; --quiet is errors only. The command line runs in this process
// (test/support/cli.ts), with the environment each test gives it, but on a terminal and through a
// pipe that its reader closes early: there it is a real process.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { schemaValidator } from "../../src/base/schema-check.js";
import { cli as inProcess, type CliRun } from "../support/cli.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "bundle", "cli.js");
const ESC = "\u001b";

/** The environment without the variables that decide colour, so that each test sets its own. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e = { ...process.env };
  for (const k of ["CI", "NO_COLOR", "FORCE_COLOR", "NODE_DISABLE_COLORS", "GITHUB_ACTIONS", "TMUX"]) delete e[k];
  return { ...e, TERM: "xterm-256color", ...extra };
}

const run = (args: string[], cwd: string, extra: Record<string, string> = {}): Promise<CliRun> =>
  inProcess(args, cwd, env({ CI: "1", ...extra }));

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** check's standard output on a real terminal (a pseudo-terminal); progress goes to /dev/null. */
function onTerminal(args: string[], cwd: string, extra: Record<string, string> = {}): string {
  const command = `${[process.execPath, cli, ...args].map(shellQuote).join(" ")} 2>/dev/null`;
  const r = spawnSync("script", ["-q", "-e", "-c", command, "/dev/null"], { cwd, encoding: "utf8", env: env(extra) });
  return r.stdout.replace(/\r\n/g, "\n");
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "crosscheck-terminal-"));
  mkdirSync(join(dir, "articles"));
  // Written for this test: a conversion that fails (an error, with a "%" in its message), one
  // name in two spellings (a warning), in a file whose name has a comma.
  writeFileSync(
    join(dir, "articles/trip, day one.md"),
    "---\noutlet: Road Desk\ndate: 2024-04-01\nlang: en\n---\nThe convoy drove some 4,000 miles (9,500 km) to the coast.\nYevgeny Sokolov led it.\n",
  );
  writeFileSync(
    join(dir, "articles/zweiter.md"),
    "---\noutlet: Strassenblatt\ndate: 2024-04-02\nlang: de\n---\nJewgeni Sokolow führte den Konvoi.\n",
  );
});

describe("colours", () => {
  it.skipIf(!hasScript)("colour the severities on a terminal", () => {
    const out = onTerminal(["check", "--no-cache"], dir);
    expect(out).toContain(`  ${ESC}[31merror${ESC}[39m  `);
    expect(out).toContain(`  ${ESC}[33mwarning${ESC}[39m  `);
  });

  it.skipIf(!hasScript)("none on a terminal when NO_COLOR is set", () => {
    const out = onTerminal(["check", "--no-cache"], dir, { NO_COLOR: "1" });
    expect(out).toContain("  error  ");
    expect(out).not.toContain(ESC);
  });

  // A writer that is not a terminal, as a pipe is (test/e2e/check.test.ts runs one real pipe).
  it("none through a pipe, unless FORCE_COLOR is set", async () => {
    const piped = await inProcess(["check", "--no-cache"], dir, env());
    expect(piped.out + piped.err).not.toContain(ESC);
    expect(piped.out).toContain("  error  ");
    const forced = await inProcess(["check", "--no-cache"], dir, env({ FORCE_COLOR: "1" }));
    expect(forced.out).toContain(`  ${ESC}[31merror${ESC}[39m  `);
    const off = await inProcess(["check", "--no-cache"], dir, env({ FORCE_COLOR: "0" }));
    expect(off.out).not.toContain(ESC);
  });
});

describe("output formats", () => {
  it("human (the default): a line per finding, the counts, where the reports are", async () => {
    const r = await run(["check"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      [
        "articles/trip, day one.md:6:18  error  some 4,000 miles is 6,437 km, but the text gives 9,500 km (32% apart)  unit-mismatch",
        "articles/zweiter.md:6:1  warning  Jewgeni Sokolow / Yevgeny Sokolov: 2 spellings of one name  name-variant",
        "",
        "1 error, 1 warning, 0 info",
        "Reports: reports/index.md, reports/findings.md, reports/index.html, reports/findings.json, reports/crosscheck.sarif",
        "",
      ].join("\n"),
    );
  });

  it("compact: ESLint's compact lines and the number of problems", async () => {
    const r = await run(["check", "--output-format", "compact"], dir);
    expect(r.code).toBe(1);
    expect(r.out.split("\n").slice(0, 4)).toEqual([
      "articles/trip, day one.md: line 6, col 18, Error - some 4,000 miles is 6,437 km, but the text gives 9,500 km (32% apart) (unit-mismatch)",
      "articles/zweiter.md: line 6, col 1, Warning - Jewgeni Sokolow / Yevgeny Sokolov: 2 spellings of one name (name-variant)",
      "",
      "2 problems",
    ]);
  });

  it("github: workflow annotations, with GitHub's escaping of % and of , in a file name", async () => {
    const r = await run(["check", "--output-format", "github", "--out", "reports"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      [
        "::error file=articles/trip%2C day one.md,line=6,col=18,title=unit-mismatch::some 4,000 miles is 6,437 km, but the text gives 9,500 km (32%25 apart)",
        "::warning file=articles/zweiter.md,line=6,col=1,title=name-variant::Jewgeni Sokolow / Yevgeny Sokolov: 2 spellings of one name",
        "",
      ].join("\n"),
    );
  });

  it("json: findings.json's shape on stdout, and nothing else there", async () => {
    const r = await run(["check", "--output-format", "json"], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    const valid = schemaValidator("findings");
    expect(valid(json), JSON.stringify(valid.errors)).toBe(true);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(["unit-mismatch", "name-variant"]);
  });

  it("are apart from the report files, which --format chooses", async () => {
    const out = mkdtempSync(join(tmpdir(), "crosscheck-terminal-out-"));
    const r = await run(["check", "--output-format", "compact", "--format", "json", "--out", join(out, "r")], dir);
    expect(r.out).toContain("2 problems");
    expect(existsSync(join(out, "r/findings.json"))).toBe(true);
    expect(existsSync(join(out, "r/index.md"))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, "r/findings.json"), "utf8")).findings).toHaveLength(2);
  });

  it("--quiet prints errors only and no progress; the reports keep everything", async () => {
    for (const [format, expected] of [
      [
        "human",
        "articles/trip, day one.md:6:18  error  some 4,000 miles is 6,437 km, but the text gives 9,500 km (32% apart)  unit-mismatch\n\n1 error, 0 warnings, 0 info\n",
      ],
      [
        "compact",
        "articles/trip, day one.md: line 6, col 18, Error - some 4,000 miles is 6,437 km, but the text gives 9,500 km (32% apart) (unit-mismatch)\n\n1 problem\n",
      ],
      [
        "github",
        "::error file=articles/trip%2C day one.md,line=6,col=18,title=unit-mismatch::some 4,000 miles is 6,437 km, but the text gives 9,500 km (32%25 apart)\n",
      ],
    ] as const) {
      const r = await run(["check", "--quiet", "--output-format", format], dir);
      expect(r.code, format).toBe(1);
      expect(r.out, format).toBe(expected);
      expect(r.err, format).toBe("");
    }
    expect(JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8")).findings).toHaveLength(2);
  });
});

describe("a reader that stops early", () => {
  it("ends the run quietly: `extract … | head` exits 0 with nothing on standard error", () => {
    // More output than a pipe holds (about 1 MB of JSON), so that the writer meets the closed pipe.
    const file = join(dir, "long.md");
    writeFileSync(file, "Some 300 men fled the town.\n".repeat(3000));
    const command = `${[process.execPath, cli, "extract", "--format", "json", file].map(shellQuote).join(" ")} 2>err.txt | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const r = spawnSync("bash", ["-c", command], { cwd: dir, encoding: "utf8", env: env({ CI: "1" }) });
    expect(readFileSync(join(dir, "err.txt"), "utf8")).toBe("");
    expect(r.stdout.trim()).toBe("0");
  });
});

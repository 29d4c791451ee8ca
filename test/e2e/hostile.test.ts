// Hostile and faulty input, as an attacker would try it (issue 18): every attack runs the command
// line on a copy of the fixture corpus and asserts what a user meets: no crash (exit 3), no hang,
// nothing from an input acting in an output, nothing lost. Most run in this process
// (test/support/cli.ts); a real process, with a time guard, where a regression could hang (a
// named pipe, a figure that once looped) or the attack is on the process itself (its stack, a
// terminal, a signal, standard input, a bad argument printed by the command).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/model/claim.js";
import { cli, type CliRun } from "../support/cli.js";
import { snapshot } from "./snapshot.js";

const root = join(import.meta.dirname, "..", "..");
const bundle = join(root, "dist", "bundle", "cli.js");

/** A guard, not a measure: a spawned run that hangs fails here instead of stalling the suite. */
const HANG_GUARD_MS = 50_000;

interface Run {
  code: number;
  out: string;
  err: string;
  signal: NodeJS.Signals | null;
}

/** The user's cache folder is the tests' own, so that no test writes into the real one. */
const userCache = mkdtempSync(join(tmpdir(), "crosscheck-user-cache-"));

/**
 * Node runs the CLI with a tenth of its default stack (984 KB), so that a recursion or an
 * argument spread as deep as its input (`push(...claims)`) overflows at a tenth of the size it
 * would by default: a test of 20,000 items here stands for one of about 200,000.
 */
const SMALL_STACK = "--stack-size=98";

/** A real process on the small stack, ended by the guard if it hangs. */
function spawned(args: string[], cwd: string, input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [SMALL_STACK, bundle, ...args], {
    cwd,
    encoding: "utf8",
    input,
    timeout: HANG_GUARD_MS,
    env: { ...process.env, CI: "1", XDG_CACHE_HOME: userCache },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr, signal: r.signal };
}

/** The command line in this process, with the tests' own user cache folder. */
const run = (args: string[], cwd: string): Promise<CliRun> =>
  cli(args, cwd, { ...process.env, CI: "1", XDG_CACHE_HOME: userCache });

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "crosscheck-hostile-"));
  cpSync(join(root, "test/fixtures/e2e"), dir, { recursive: true });
  return dir;
}

/** Every regular file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else if (e.isFile()) out.push(`${rel}${e.name}`);
    }
  };
  walk(dir, "");
  return out.sort();
}

describe("the cache never lives among the inputs", () => {
  it("`check .` inside the articles folder writes nothing there: the cache is kept beside the reports", async () => {
    const dir = corpus();
    const before = snapshot(join(dir, "articles"));
    const r = await run(
      ["check", ".", "--claims", "../claims", "--out", "../out", "--fail-on", "never"],
      join(dir, "articles"),
    );
    expect(r.code).toBe(0);
    expect(snapshot(join(dir, "articles"))).toEqual(before);
    expect(readdirSync(join(dir, "articles")).sort()).toEqual(["alpha.md", "beta.md", "gamma.md"]);
    expect(statSync(join(dir, ".crosscheck-cache")).isDirectory()).toBe(true);
  });

  it("article files named one by one in a folder: the cache goes to the user's cache folder, not beside them", async () => {
    const dir = corpus();
    const r = await run(
      ["check", "alpha.md", "beta.md", "--claims", "../claims", "--out", "rep", "--fail-on", "never"],
      join(dir, "articles"),
    );
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "articles")).sort()).toEqual(["alpha.md", "beta.md", "gamma.md", "rep"]);
    expect(existsSync(join(dir, ".crosscheck-cache"))).toBe(false);
    expect(readdirSync(join(userCache, "crosscheck")).length).toBeGreaterThan(0);
  });
});

describe("only regular files of bounded size are read, everywhere", () => {
  it("cache entries, the article index and the report manifest replaced by named pipes or links to /dev/zero are ignored, not waited on", () => {
    const dir = corpus();
    const first = spawned(["check", "--fail-on", "never"], dir);
    expect(first.code).toBe(0);
    const cache = join(dir, ".crosscheck-cache");
    const entries = filesUnder(cache);
    expect(entries.some((f) => f.startsWith("articles-"))).toBe(true);
    expect(entries.some((f) => f.startsWith("reports-"))).toBe(true);
    entries.forEach((f, i) => {
      rmSync(join(cache, f));
      if (i % 2 === 0) execFileSync("mkfifo", [join(cache, f)]);
      else symlinkSync("/dev/zero", join(cache, f));
    });
    const again = spawned(["check", "--fail-on", "never"], dir);
    expect(again.signal).toBeNull();
    expect(again.code).toBe(0);
    expect(again.out).toBe(first.out);
  });

  it("a config file that is a named pipe or a link to /dev/zero is an input error, and the rest is checked", () => {
    for (const make of ["pipe", "zero"] as const) {
      const dir = corpus();
      const config = join(dir, "crosscheck.config.yaml");
      if (make === "pipe") execFileSync("mkfifo", [config]);
      else symlinkSync("/dev/zero", config);
      const r = spawned(["check", "--no-cache", "--fail-on", "never"], dir);
      expect(r.signal, make).toBeNull();
      expect(r.code, make).toBe(2);
      expect(r.out.split("\n")[0], make).toBe("crosscheck.config.yaml: error: not a regular file");
      expect(r.out, make).toContain("age-conflict");
    }
  });
});

describe("front matter", () => {
  it("with an alias bomb, or just 101 ordinary aliases, is a located input error for that article only", async () => {
    const dir = corpus();
    const lines = [
      "---",
      "title: Aliases",
      "base: &b [1, 2]",
      ...Array.from({ length: 101 }, (_, i) => `k${i}: *b`),
      "---",
      "Some 300 men fled.",
      "",
    ];
    writeFileSync(join(dir, "articles/aliases.md"), lines.join("\n"));
    const bomb = [
      "---",
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...["b", "c", "d", "e", "f", "g", "h"].map(
        (k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(",")}]`,
      ),
      "---",
      "Some 300 men fled.",
      "",
    ];
    writeFileSync(join(dir, "articles/bomb.md"), bomb.join("\n"));
    const r = await run(["check", "--no-cache", "--fail-on", "never"], dir);
    expect(r.code).toBe(2);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      "articles/aliases.md:4:5  error  front matter: Excessive alias count indicates a resource exhaustion attack (more than 100 aliases expanded: refused, the front matter is not used)",
      "articles/bomb.md:3:8  error  front matter: Excessive alias count indicates a resource exhaustion attack (more than 100 aliases expanded: refused, the front matter is not used)",
    ]);
    expect(r.out).toContain("age-conflict");
    expect(existsSync(join(dir, "reports/findings.md"))).toBe(true);
  });

  it("with a date that does not exist is an input error, and no rule pairs a claim with itself", async () => {
    const dir = corpus();
    for (const [name, date] of [
      ["zero.md", "0000-00-00"],
      ["nines.md", "9999-99-99"],
    ]) {
      writeFileSync(
        join(dir, "articles", name),
        `---\ndate: ${date}\n---\n"We stay," said 45-year-old Pavel Ostrov, a farmer.\n\nThe 45-year-old Pavel Ostrov repeated it.\n`,
      );
    }
    const r = await run(["check", "--no-cache", "--fail-on", "never"], dir);
    expect(r.code).toBe(2);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      'articles/nines.md:2:1  error  front matter: date "9999-99-99" is not a day that exists; the article is read as undated',
      'articles/zero.md:2:1  error  front matter: date "0000-00-00" is not a day that exists; the article is read as undated',
    ]);
    expect(r.out).not.toContain("Pavel Ostrov is 45");
  });
});

describe("a figure of 400 digits", () => {
  it("beside a dated figure on the same subject is a claim of no comparable value: the run ends, and a second run from the cache says the same", () => {
    const dir = corpus();
    writeFileSync(
      join(dir, "articles/huge.md"),
      `---\ndate: 2022-09-30\n---\nSome ${"9".repeat(400)} reservists are to be called up, the ministry said.\n`,
    );
    const first = spawned(["check", "--fail-on", "never"], dir);
    expect(first.signal).toBeNull();
    expect(first.code).toBe(0);
    const again = spawned(["check", "--fail-on", "never"], dir);
    expect(again.code).toBe(0);
    expect(again.out).toBe(first.out);
    const claims = JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8")).claims as Claim[];
    expect(
      claims
        .filter((c) => c.article === "articles/huge.md")
        .map((c) => [c.text.length, c.value, c.min, c.max, c.qualifier]),
    ).toEqual([[405, null, null, null, "vague"]]);
  });
});

describe("terminal output is inert", () => {
  /** Every character that could act on a terminal: C0 and C1 controls, DEL, bidi controls, line separators. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a hostile input may carry
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

  it("shows escape sequences, bidi marks and line breaks from file names, outlets and corrections visibly, one finding a line", async () => {
    const dir = corpus();
    // A file name that would forge a finding line of the kind CI parsers read, and one that clears the screen.
    const forged = "x.md\nalpha.md:1:1  error  forged  age-conflict\ny.md";
    writeFileSync(join(dir, "articles", forged), "---\ndate: 2022-13-45\n---\nSome 300 men fled.\n");
    writeFileSync(join(dir, "articles", "\u001b[2Jclear.md"), "---\ndate: 2022-09-27\n---\nSome 300 men fled.\n");
    writeFileSync(join(dir, "articles", "plain.md"), "---\ndate: 2022-09-27\n---\nSome 300 men fled.\n");
    const beta = readFileSync(join(dir, "articles/beta.md"), "utf8");
    writeFileSync(
      join(dir, "articles/beta.md"),
      beta.replace(/^outlet: .*$/m, 'outlet: "Beta \\e]8;;https://evil.invalid\\aPost\\e]8;;\\a \\u202Etsop"'),
    );
    writeFileSync(
      join(dir, "claims/fix.yaml"),
      'source:\n  name: Desk\ncorrections:\n  - article: articles/alpha.md\n    text: "no \\e[31msuch\\r figure"\n    ignore: true\n    reason: test\n',
    );
    const r = await run(["check", "--no-cache", "--fail-on", "never"], dir);
    expect(r.code).toBe(2);
    const lines = r.out.split("\n");
    for (const line of [...lines, ...r.err.split("\n")]) expect(line).not.toMatch(UNSAFE);
    expect(lines.filter((l) => l.startsWith("alpha.md:1:1  error  forged") || l.startsWith("y.md"))).toEqual([]);
    expect(r.out).toContain(
      "articles/x.md\\nalpha.md:1:1  error  forged  age-conflict\\ny.md:2:1  error  front matter: date",
    );
    expect(r.out).toContain("articles/\\x1b[2Jclear.md:4:1  info  ");
    expect(r.out).toContain("Beta \\x1b]8;;https://evil.invalid\\x07Post\\x1b]8;;\\x07 \\u202etsop");
    expect(r.out).toContain('correction matches no extracted claim: "no \\x1b[31msuch\\r figure" in articles/alpha.md');
    // Every line is an input error, a finding, the summary, the reports line, or empty.
    for (const line of lines) expect(line).toMatch(/^(articles\/|claims\/|\d+ errors?,|Reports: |$)/);
  });

  it("a bad command-line argument is repeated visibly, not acted on", () => {
    const r = spawned(["check", "--fail-on", "\u001b[2Jx"], corpus());
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(UNSAFE);
    expect(r.err).toContain("argument '\\x1b[2Jx' is invalid");
  });

  it("validate shows a claims file's control characters visibly", async () => {
    const dir = corpus();
    writeFileSync(
      join(dir, "claims", "\u001b[2Jbad\n.yaml"),
      "source:\n  name: Desk\nclaims:\n  - id: x\n    value: many\n",
    );
    const r = await run(["validate"], dir);
    expect(r.code).toBe(2);
    expect(r.out).not.toMatch(UNSAFE);
    expect(r.out).toContain("claims/\\x1b[2Jbad\\n.yaml:");
  });
});

describe("on a terminal", () => {
  /** Runs `command` in a pseudo-terminal of `cols` columns (script(1)), CI unset, with the hang guard. */
  const inTerminal = (cols: number, command: string, cwd: string): ReturnType<typeof spawnSync> => {
    const env: Record<string, string | undefined> = { ...process.env, XDG_CACHE_HOME: userCache };
    delete env.CI;
    return spawnSync("script", ["-qec", `stty cols ${cols} rows 24; ${command}`, "/dev/null"], {
      cwd,
      env,
      encoding: "utf8",
      timeout: HANG_GUARD_MS,
    });
  };

  it("a terminal reporting 0 columns gets plain progress lines; the spinner no longer loops for ever", () => {
    const dir = corpus();
    const r = inTerminal(
      0,
      `${JSON.stringify(process.execPath)} ${JSON.stringify(bundle)} check --no-cache --fail-on never`,
      dir,
    );
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(String(r.stdout)).toContain("Wrote reports to reports/");
  });

  it.each([
    [0, "SIGTERM"],
    [80, "SIGTERM"],
    [80, "SIGINT"],
  ] as const)(
    "on a terminal of %i columns, %s ends a run at once and leaves the previous reports whole",
    async (cols, signal) => {
      const dir = corpus();
      expect((await run(["check", "--no-cache", "--fail-on", "never"], dir)).code).toBe(0);
      const before = snapshot(join(dir, "reports"));
      // Enough articles that the run is still going when the signal comes (a run that ignored the
      // signal was checked to fail here: it ends by itself and replaces the reports).
      const alpha = readFileSync(join(dir, "articles/alpha.md"), "utf8");
      for (let i = 0; i < 1000; i++)
        writeFileSync(join(dir, "articles", `copy-${i}.md`), alpha.replace("300,000", `${300 + i},000`));
      const { spawn } = await import("node:child_process");
      const env: Record<string, string | undefined> = { ...process.env, XDG_CACHE_HOME: userCache };
      delete env.CI;
      const child = spawn(
        "script",
        [
          "-qec",
          `stty cols ${cols} rows 24; echo $$ > pid; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(bundle)} check --no-cache --fail-on never`,
          "/dev/null",
        ],
        { cwd: dir, env, stdio: ["ignore", "pipe", "ignore"] },
      );
      const ended = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      // The signal comes once the run shows it is under way (extracting, or on a terminal of 0
      // columns the line for the articles read), with thousands of articles still to go.
      let shown = "";
      await new Promise<void>((resolve) => {
        child.stdout.on("data", (b: Buffer) => {
          shown += b.toString("utf8");
          if (/Extracting claims|Read [\d,]+ articles/.test(shown)) resolve();
        });
        child.on("exit", () => resolve());
      });
      process.kill(Number(readFileSync(join(dir, "pid"), "utf8")), signal);
      // A guard, not a measure: a run that ignores the signal fails here.
      const guard = new Promise<string>((r) => setTimeout(() => r("still running"), 10_000));
      const outcome = await Promise.race([ended.then(() => "ended"), guard]);
      if (outcome !== "ended") child.kill("SIGKILL");
      expect(outcome).toBe("ended");
      expect(snapshot(join(dir, "reports"))).toEqual(before);
    },
  );
});

describe("what killed runs left", () => {
  it("is removed by a later run: only crosscheck's temporary and old folders of runs no longer running", async () => {
    const dir = corpus();
    expect((await run(["check", "--no-cache", "--fail-on", "never"], dir)).code).toBe(0);
    // A dead run's folders (process ids above any this machine gives), each with the marker.
    for (const name of ["reports.tmp-4999999", "reports.old-4999998"]) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, ".crosscheck-reports"), "x");
      writeFileSync(join(dir, name, "index.md"), "stale");
    }
    // A folder of the user's named alike (no marker), and a live process's: not the run's own (the
    // run is in this process), this process's parent, the test runner's.
    const live = process.ppid;
    mkdirSync(join(dir, "reports.tmp-4999997"));
    writeFileSync(join(dir, "reports.tmp-4999997", "notes.txt"), "mine");
    mkdirSync(join(dir, `reports.tmp-${live}`));
    writeFileSync(join(dir, `reports.tmp-${live}`, ".crosscheck-reports"), "x");
    expect((await run(["check", "--no-cache", "--fail-on", "never"], dir)).code).toBe(0);
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith("reports"))
        .sort(),
    ).toEqual(["reports", "reports.tmp-4999997", `reports.tmp-${live}`].sort());
    expect(readFileSync(join(dir, "reports.tmp-4999997", "notes.txt"), "utf8")).toBe("mine");
  });
});

describe("a claims file of 20,000 claims on a tenth of the stack (as 200,000 on the default)", () => {
  it("is validated and loaded, not a stack overflow", () => {
    const dir = corpus();
    const items = Array.from({ length: 20_000 }, (_, i) => `  - id: c${i}\n    value: ${1000 + i}\n    unit: people\n`);
    writeFileSync(
      join(dir, "claims/big.yaml"),
      `source:\n  name: Big desk\n  date: 2022-09-30\nclaims:\n${items.join("")}`,
    );
    const r = spawned(["validate"], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe("2 files, 20001 claims, 0 corrections, 0 errors, 0 warnings\n");
  });
});

describe("finding fingerprints", () => {
  it("depend on content, not the path: an accepted finding stays accepted when the corpus moves", async () => {
    const dir = corpus();
    expect((await run(["check", "--no-cache", "--fail-on", "never"], dir)).code).toBe(0);
    const findings = (): Array<{ rule: string; fingerprint: string }> =>
      JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8")).findings;
    const before = findings();
    writeFileSync(
      join(dir, "crosscheck.config.yaml"),
      `accept:\n${before.map((f) => `  - fingerprint: ${f.fingerprint}\n    reason: checked\n`).join("")}`,
    );
    cpSync(join(dir, "articles"), join(dir, "moved", "stories"), { recursive: true });
    rmSync(join(dir, "articles"), { recursive: true });
    const r = await run(["check", "moved/stories", "--no-cache"], dir);
    expect(r.code).toBe(0);
    expect(findings().map((f) => `${f.rule} ${f.fingerprint}`)).toEqual(
      before.map((f) => `${f.rule} ${f.fingerprint}`),
    );
    expect(r.out).toContain(`0 errors, 0 warnings, 0 info, ${before.length} accepted`);
  });
});

describe("extract - (standard input)", () => {
  it("is an error for binary or invalid UTF-8, as a file would be; text still reads", () => {
    const dir = corpus();
    for (const bytes of [
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      Buffer.from([0x4d, 0xe4, 0x6e, 0x6e, 0x65, 0x72, 0x20, 0x33, 0x30, 0x30]),
    ]) {
      const r = spawned(["extract", "-"], dir, bytes);
      expect(r.code).toBe(2);
      expect(r.err).toBe("-: error: not valid UTF-8 or UTF-16 text (binary file or another encoding?)\n");
      expect(r.out).toBe("source:\n  name: crosscheck extract\nlang: en\nclaims: []\n");
    }
    const nul = spawned(["extract", "-"], dir, "Some 300 men\u0000 fled.");
    expect(nul.code).toBe(2);
    expect(nul.err).toBe("-: error: binary file (contains NUL bytes)\n");
    const ok = spawned(["extract", "-", "--format", "json"], dir, "Some 300 men fled.");
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.out) as Array<{ claims: Claim[] }>).flatMap((a) => a.claims).map((c) => c.text)).toEqual([
      "Some 300",
    ]);
  });
});

/** The analysis cache's file (claims/cache.ts ExtractCache). */
const ANALYSES = /^analyses-/;

describe("a hand-edited cache", () => {
  /** Rewrites every cache file of a kind through `edit`, sealed again as one who knows the format would (cache.ts writeSealed, record-log.ts). */
  function editCache(dir: string, kind: RegExp, edit: (data: Record<string, unknown>) => void, reseal: boolean): void {
    const cache = join(dir, ".crosscheck-cache");
    const files = filesUnder(cache).filter((f) => kind.test(f.split("/").pop()!));
    expect(files.length, `cache files matching ${kind}`).toBeGreaterThan(0);
    const sha = (s: string): string => createHash("sha256").update(s).digest("hex");
    for (const f of files) {
      const raw = readFileSync(join(cache, f), "utf8");
      if (kind === ANALYSES) {
        // A header line, then `SEAL KEY GROUP PAYLOAD` a line.
        const [head, ...lines] = raw.split("\n");
        const edited = lines.map((l) => {
          if (l === "") return l;
          const data = JSON.parse(l.slice(65 + 32 + 1 + 16 + 1)) as Record<string, unknown>;
          edit(data);
          const body = `${l.slice(65, 65 + 32 + 1 + 16)} ${JSON.stringify(data)}`;
          return `${reseal ? sha(body) : l.slice(0, 64)} ${body}`;
        });
        writeFileSync(join(cache, f), [head, ...edited].join("\n"));
        continue;
      }
      const data = JSON.parse(raw.slice(raw.indexOf("\n") + 1)) as Record<string, unknown>;
      edit(data);
      const json = JSON.stringify(data);
      writeFileSync(join(cache, f), `${reseal ? sha(json) : raw.slice(0, 64)}\n${json}`);
    }
  }
  type Facts = Record<string, Record<string, unknown>>;
  type Analysis = { claims: unknown[][] };
  const edits: Array<[string, RegExp, (d: Record<string, unknown>) => void]> = [
    [
      "an article index naming a language crosscheck has not",
      /^articles-/,
      (d) =>
        Object.values(d.facts as Facts).forEach((f) => {
          f.lang = "xx";
        }),
    ],
    [
      "an article index with a title that is a number",
      /^articles-/,
      (d) =>
        Object.values(d.facts as Facts).forEach((f) => {
          f.title = 5;
        }),
    ],
    [
      "an article index with errors that are not places",
      /^articles-/,
      (d) =>
        Object.values(d.facts as Facts).forEach((f) => {
          f.errors = [1, null];
        }),
    ],
    [
      "an article index with a body start past the text",
      /^articles-/,
      (d) =>
        Object.values(d.facts as Facts).forEach((f) => {
          f.bodyStart = 1e9;
        }),
    ],
    // The analysis cache's records (claims/cache.ts encodeRecord): a claim is an array of its
    // fields, its id's end first, its value third, its span's start at 20.
    [
      "analyses whose spans lie outside their text",
      ANALYSES,
      (d) =>
        (d as unknown as Analysis).claims.forEach((c) => {
          c[20] = 1e9;
        }),
    ],
    [
      "analyses with a claim id given twice",
      ANALYSES,
      (d) =>
        (d as unknown as Analysis).claims.forEach((c) => {
          c[0] = "same";
        }),
    ],
    [
      "analyses with a value changed",
      ANALYSES,
      (d) =>
        (d as unknown as Analysis).claims.forEach((c) => {
          c[2] = 1;
        }),
    ],
  ];

  /** The corpus after a first run that filled its cache, and that run: each case edits a copy of it. */
  let warm: { dir: string; first: CliRun } | undefined;
  const warmCopy = async (): Promise<{ dir: string; first: CliRun }> => {
    if (!warm) {
      const dir = corpus();
      warm = { dir, first: await run(["check", "--fail-on", "never"], dir) };
    }
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-hostile-"));
    cpSync(warm.dir, dir, { recursive: true });
    return { dir, first: warm.first };
  };

  it.each(edits)("is dropped and rebuilt, never trusted, and never a crash: %s", async (what, kind, edit) => {
    const { dir, first } = await warmCopy();
    expect(first.code).toBe(0);
    // Edited in place (the seal no longer matches) and sealed again: neither is trusted, and neither crashes.
    for (const reseal of what.includes("value") ? [false] : [false, true]) {
      editCache(dir, kind, edit, reseal);
      const again = await run(["check", "--fail-on", "never"], dir);
      expect(again.err, `${what} ${reseal}`).not.toContain("internal error");
      expect(again.code, `${what} ${reseal}`).toBe(0);
      // A damaged analysis is said, once: the run after it reads the file rewritten without it.
      const [said, ...rest] = again.out.split("\n");
      if (kind === ANALYSES) {
        expect(said, `${what} ${reseal}`).toMatch(
          /analyses-\w+\.log: warning: \d+ records? of the analysis cache (was|were) damaged .*analysed again/,
        );
        expect(rest.join("\n"), `${what} ${reseal}`).toBe(first.out);
        expect((await run(["check", "--fail-on", "never"], dir)).out).toBe(first.out);
      } else expect(again.out, `${what} ${reseal}`).toBe(first.out);
    }
  });
});

describe("an article of 20,000 figures on a tenth of the stack (as 200,000 on the default)", () => {
  it("is extracted whole, not a stack overflow", () => {
    const dir = corpus();
    writeFileSync(join(dir, "many.md"), "Some 300 men fled.\n".repeat(20_000));
    const r = spawnSync(process.execPath, [SMALL_STACK, bundle, "extract", "many.md", "--format", "json"], {
      cwd: dir,
      encoding: "utf8",
      timeout: HANG_GUARD_MS,
      maxBuffer: 1 << 30,
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ claims: unknown[] }>)[0]!.claims).toHaveLength(20_000);
  });
});

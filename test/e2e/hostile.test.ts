// Hostile and faulty input, as an attacker would try it (issue 18): every attack runs a real
// process on a copy of the fixture corpus and asserts what a user meets: no crash (exit 3), no
// hang (a spawn timeout guards each run), nothing from an input acting in an output, nothing lost.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "./snapshot.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "src", "cli.js");

/** A guard, not a measure: a run that hangs fails here instead of stalling the suite. */
const HANG_GUARD_MS = 50_000;

interface Run {
  code: number;
  out: string;
  err: string;
  signal: NodeJS.Signals | null;
}

/** The user's cache folder is the tests' own, so that no test writes into the real one. */
const userCache = mkdtempSync(join(tmpdir(), "crosscheck-user-cache-"));

function run(args: string[], cwd: string, input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd, encoding: "utf8", input, timeout: HANG_GUARD_MS,
    env: { ...process.env, CI: "1", XDG_CACHE_HOME: userCache },
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr, signal: r.signal };
}

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

beforeAll(() => {
  if (!existsSync(cli)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
});

describe("the cache never lives among the inputs", () => {
  it("`check .` inside the articles folder writes nothing there: the cache is kept beside the reports", () => {
    const dir = corpus();
    const before = snapshot(join(dir, "articles"));
    const r = run(["check", ".", "--claims", "../claims", "--out", "../out", "--fail-on", "never"], join(dir, "articles"));
    expect(r.code).toBe(0);
    expect(snapshot(join(dir, "articles"))).toEqual(before);
    expect(readdirSync(join(dir, "articles")).sort()).toEqual(["alpha.md", "beta.md", "gamma.md"]);
    expect(statSync(join(dir, ".crosscheck-cache")).isDirectory()).toBe(true);
  });

  it("article files named one by one in a folder: the cache goes to the user's cache folder, not beside them", () => {
    const dir = corpus();
    const r = run(["check", "alpha.md", "beta.md", "--claims", "../claims", "--out", "rep", "--fail-on", "never"], join(dir, "articles"));
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "articles")).sort()).toEqual(["alpha.md", "beta.md", "gamma.md", "rep"]);
    expect(existsSync(join(dir, ".crosscheck-cache"))).toBe(false);
    expect(readdirSync(join(userCache, "crosscheck")).length).toBeGreaterThan(0);
  });
});

describe("only regular files of bounded size are read, everywhere", () => {
  it("cache entries, the article index and the report manifest replaced by named pipes or links to /dev/zero are ignored, not waited on", () => {
    const dir = corpus();
    const first = run(["check", "--fail-on", "never"], dir);
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
    const again = run(["check", "--fail-on", "never"], dir);
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
      const r = run(["check", "--no-cache", "--fail-on", "never"], dir);
      expect(r.signal, make).toBeNull();
      expect(r.code, make).toBe(2);
      expect(r.out.split("\n")[0], make).toBe("crosscheck.config.yaml: error: not a regular file");
      expect(r.out, make).toContain("age-conflict");
    }
  });
});

describe("front matter", () => {
  it("with an alias bomb, or just 101 ordinary aliases, is a located input error for that article only", () => {
    const dir = corpus();
    const lines = ["---", "title: Aliases", "base: &b [1, 2]", ...Array.from({ length: 101 }, (_, i) => `k${i}: *b`), "---", "Some 300 men fled.", ""];
    writeFileSync(join(dir, "articles/aliases.md"), lines.join("\n"));
    const bomb = ["---", 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...["b", "c", "d", "e", "f", "g", "h"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(",")}]`), "---", "Some 300 men fled.", ""];
    writeFileSync(join(dir, "articles/bomb.md"), bomb.join("\n"));
    const r = run(["check", "--no-cache", "--fail-on", "never"], dir);
    expect(r.code).toBe(2);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      "articles/aliases.md:4:5  error  front matter: Excessive alias count indicates a resource exhaustion attack (more than 100 aliases expanded: refused, the front matter is not used)",
      "articles/bomb.md:3:8  error  front matter: Excessive alias count indicates a resource exhaustion attack (more than 100 aliases expanded: refused, the front matter is not used)",
    ]);
    expect(r.out).toContain("age-conflict");
    expect(existsSync(join(dir, "reports/findings.md"))).toBe(true);
  });

  it("with a date that does not exist is an input error, and no rule pairs a claim with itself", () => {
    const dir = corpus();
    for (const [name, date] of [["zero.md", "0000-00-00"], ["nines.md", "9999-99-99"]]) {
      writeFileSync(join(dir, "articles", name), `---\ndate: ${date}\n---\n"We stay," said 45-year-old Pavel Ostrov, a farmer.\n\nThe 45-year-old Pavel Ostrov repeated it.\n`);
    }
    const r = run(["check", "--no-cache", "--fail-on", "never"], dir);
    expect(r.code).toBe(2);
    expect(r.out.split("\n").slice(0, 2)).toEqual([
      'articles/nines.md:2:1  error  front matter: date "9999-99-99" is not a day that exists; the article is read as undated',
      'articles/zero.md:2:1  error  front matter: date "0000-00-00" is not a day that exists; the article is read as undated',
    ]);
    expect(r.out).not.toContain("Pavel Ostrov is 45");
  });
});

describe("a figure of 400 digits", () => {
  it("beside a dated figure on the same subject is no claim: the run ends, and a second run from the cache says the same", () => {
    const dir = corpus();
    writeFileSync(join(dir, "articles/huge.md"), `---\ndate: 2022-09-30\n---\nSome ${"9".repeat(400)} reservists are to be called up, the ministry said.\n`);
    const first = run(["check", "--fail-on", "never"], dir);
    expect(first.signal).toBeNull();
    expect(first.code).toBe(0);
    const again = run(["check", "--fail-on", "never"], dir);
    expect(again.code).toBe(0);
    expect(again.out).toBe(first.out);
    const claims = JSON.parse(readFileSync(join(dir, "reports/findings.json"), "utf8")).claims as Array<{ article: string | null }>;
    expect(claims.filter((c) => c.article === "articles/huge.md")).toEqual([]);
  });
});

// The Markdown reports as a reader follows them: rendered with markdown-it, every link reaches
// its file (whatever the file is called), every line link the line that holds the claim, and the
// figures, dates and keys read as people write them.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import MarkdownIt from "markdown-it";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck, type CheckRun } from "../../src/commands/check.js";

const sink = new Writable({ write: (_c, _e, cb) => cb() });
const md = new MarkdownIt({ html: true, linkify: true });
const root = join(import.meta.dirname, "..", "..");

const ODD = ["a).md", "b(.md", "e#f.md", "i\\j.md", "s p?.md", "100%.txt"];

interface Link {
  page: string;
  href: string;
  text: string;
}

function links(reports: string): Link[] {
  const out: Link[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, f.name);
      if (f.isDirectory()) walk(p);
      else if (f.name.endsWith(".md")) {
        for (const m of md.render(readFileSync(p, "utf8")).matchAll(/<a href="([^"]*)">([\s\S]*?)<\/a>/g))
          out.push({ page: p, href: m[1]!.replace(/&amp;/g, "&"), text: m[2]! });
      }
    }
  };
  walk(reports);
  return out;
}

/** The file a relative link names, and the line it points at. */
function target(l: Link): { file: string; line: number | null; plain: boolean } {
  const m = /^([^?#]*)(\?plain=1)?(?:#L(\d+)|#.*)?$/.exec(l.href)!;
  const file = join(dirname(l.page), ...m[1]!.split("/").map(decodeURIComponent));
  return { file, line: m[3] ? Number(m[3]) : null, plain: !!m[2] };
}

describe("links in the Markdown reports", () => {
  let dir: string;
  let run: CheckRun;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-links-"));
    mkdirSync(join(dir, "articles"));
    mkdirSync(join(dir, "claims"));
    ODD.forEach((name, i) => {
      writeFileSync(
        join(dir, "articles", name),
        `---\noutlet: Outlet ${i}\ndate: 2022-09-2${i}\nlang: en\n---\n\nIntro line.\n\nMore than ${200 + i * 100},000 men have fled the country, ${i % 2 ? "Ilya" : "Ilja"} Sorokin said.\n`,
      );
    });
    writeFileSync(
      join(dir, "claims", "ref (v2).yaml"),
      `source:\n  name: Ministry\n  date: 2022-09-21\nclaims:\n  - id: ref-fled\n    quantity: 300,000\n    unit: men\n    measure: departures\n    quote: "300,000 men have left"\n  - id: on-article\n    article: articles/a).md\n    kind: percent\n    value: 200\n    unit: percent\n    qualifier: exact\n    quote: "demand tripled"\n    asOf: 2022-09-20\n`,
    );
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      run = await runCheck({
        paths: ["articles"],
        claims: "claims",
        out: "reports",
        formats: ["markdown"],
        failOn: "never",
        quiet: true,
        cache: false,
        stdout: sink,
        stderr: sink,
      });
    } finally {
      process.chdir(cwd);
    }
  });

  it("reach every file, whatever its name", () => {
    expect(run.result.inputErrors).toEqual([]);
    const ls = links(join(dir, "reports")).filter((l) => !l.href.includes("docs/rules"));
    for (const name of ODD)
      expect(
        ls.some((l) => target(l).file === join(dir, "articles", name)),
        name,
      ).toBe(true);
    for (const l of ls) {
      const t = target(l);
      expect(existsSync(t.file), `${l.href} from ${l.page}`).toBe(true);
      expect(l.text.trim(), `${l.href} has no text`).not.toBe("");
    }
  });

  it("open a Markdown article's line in the source view, at the line that holds the claim", () => {
    const ls = links(join(dir, "reports")).filter((l) => /#L\d+$/.test(l.href));
    expect(ls.length).toBeGreaterThan(ODD.length);
    for (const l of ls) {
      const t = target(l);
      expect(t.plain, l.href).toBe(/\.md$/.test(t.file));
      const line = readFileSync(t.file, "utf8").split("\n")[t.line! - 1]!;
      expect(line, `${l.href}`).toMatch(/\d|id:|Sorokin/);
    }
  });

  it("link a hand-added claim to its claims file and line, on its article's page and in findings", () => {
    const yaml = join(dir, "claims", "ref (v2).yaml");
    const lines = readFileSync(yaml, "utf8").split("\n");
    const toYaml = links(join(dir, "reports")).filter((l) => target(l).file === yaml);
    const pages = new Set(toYaml.map((l) => l.page.slice(join(dir, "reports").length + 1)));
    expect(pages).toContain("articles/a.md");
    for (const l of toYaml) {
      expect(l.text).toContain("claims/ref (v2).yaml");
      const t = target(l);
      if (t.line !== null) expect(lines[t.line - 1]).toMatch(/- id: (ref-fled|on-article)/);
    }
    const page = md.render(readFileSync(join(dir, "reports", "articles", "a.md"), "utf8"));
    expect(page).not.toMatch(/<a href="[^"]*"><\/a>/);
  });

  it("give name variants and copies the table other findings have: where, outlet, date", () => {
    const findings = md.render(readFileSync(join(dir, "reports", "findings.md"), "utf8"));
    const names = run.result.findings.filter((f) => f.rule === "name-variant");
    expect(names.length).toBeGreaterThan(0);
    for (const f of names) {
      for (const p of f.places) {
        const row = findings.split("<tr>").find((r) => r.includes(`<strong>${p.text}</strong>`));
        expect(row, p.text).toBeDefined();
        const a = run.result.articles.find((x) => x.path === p.article)!;
        expect(row).toContain(a.outlet!);
        expect(row).toMatch(/\d{1,2} Sep 2022/);
      }
    }
  });
});

describe("the demo corpus's reports", () => {
  const reports = join(root, "reports");
  it("link every claim's line to the article line that holds its words", () => {
    const json = JSON.parse(readFileSync(join(reports, "findings.json"), "utf8"));
    const ls = links(reports).filter((l) => /#L\d+$/.test(l.href) && l.href.includes("articles/"));
    expect(ls.length).toBeGreaterThan(20);
    const texts = (
      json.claims as Array<{ article: string | null; span: { line: number } | null; text: string }>
    ).filter((c) => c.span);
    for (const l of ls) {
      const t = target(l);
      const rel = t.file.slice(root.length + 1);
      const line = readFileSync(t.file, "utf8").split("\n")[t.line! - 1]!;
      const here = texts.filter((c) => c.article === rel && c.span!.line === t.line);
      // a claim's line, or a name's (name-variant places)
      expect(here.length > 0 || /[A-Z]\w+ [A-Z]\w+/.test(line), l.href).toBe(true);
      for (const c of here) expect(line).toContain(c.text.split("\n")[0]);
    }
  });

  it("say dates, intervals and keys in people's words", () => {
    const all = ["index.md", "findings.md", ...readdirSync(join(reports, "articles")).map((f) => `articles/${f}`)]
      .map((f) => readFileSync(join(reports, f), "utf8"))
      .join("\n");
    expect(all).not.toMatch(/--\d\d-\d\d|−∞|… ∞|count:person|\(front-matter\)/);
    expect(all).not.toMatch(/\b\d{1,3}(?:,\d{3})+\.\d/); // no 1,931.213
    expect(all).toContain("### called up, date not given");
    expect(all).toContain("English (from the front matter)");
    expect(all).toMatch(/\| <\u00a01,500 \|/);
    expect(all).toMatch(/\| >\u00a02,400 \|/);
  });
});

// Hostile article text cannot change the reports' structure: the Markdown is rendered (as a
// code host would, with markdown-it) and the HTML is inspected. JSON and SARIF stay valid, file
// names stay inside the output folder, and every claim is in findings.json and on its page.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import MarkdownIt from "markdown-it";
import { beforeAll, describe, expect, it } from "vitest";
import { runCheck, type CheckRun } from "../../src/commands/check.js";
import { escapeMarkdown, safeFileName } from "../../src/report/escape.js";
import { schemaValidator } from "../../src/base/schema-check.js";

const HOSTILE = [
  "Some 300 | men | fled `code` <script>alert(1)</script> <!-- hidden --> the border.",
  "# Heading 300 men fled",
  "[click](javascript:alert(1)) says 300 men fled and more than 200,000 men left.",
  "[ref]: https://evil.example  About 200,000 men fled, <img src=x onerror=alert(1)>.",
  "Bidi \u202Etxet desrever\u202C: 400 men fled; ***bold*** _x_ ~~y~~ \\ 500 men fled.",
].join("\n\n");

const sink = new Writable({ write: (_c, _e, cb) => cb() });
const md = new MarkdownIt({ html: true, linkify: true });

describe("reports of hostile text", () => {
  let dir: string;
  let run: CheckRun;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-hostile-"));
    mkdirSync(join(dir, "articles"));
    writeFileSync(
      join(dir, "articles", "evil.md"),
      `---\ntitle: "<script>x</script> | # t \u202Eevil"\noutlet: "[o](javascript:x)"\ndate: 2022-09-27\nlang: en\n---\n${HOSTILE}\n`,
    );
    writeFileSync(join(dir, "articles", "con.md"), "Some 250,000 men fled.");
    writeFileSync(join(dir, "articles", "NUL.txt"), "Some 210,000 men fled.");
    run = await runCheck({
      paths: [join(dir, "articles")],
      claims: join(dir, "claims"),
      out: join(dir, "reports"),
      formats: ["markdown", "json", "sarif"],
      failOn: "never",
      quiet: true,
      cache: false,
      stdout: sink,
      stderr: sink,
    });
  });

  const html = (name: string): string => md.render(readFileSync(join(dir, "reports", name), "utf8"));

  it("renders no script, no injected HTML element, no javascript: link", () => {
    for (const page of [
      "index.md",
      "findings.md",
      ...readdirSync(join(dir, "reports", "articles")).map((f) => `articles/${f}`),
    ]) {
      // The reports' own charts are images; nothing else may be.
      const h = html(page).replace(/<img src="charts\/[\w.-]+\.svg" alt="[^"<>]*">/g, "");
      expect(h, page).not.toMatch(/<script/i);
      expect(h, page).not.toMatch(/<img/i);
      expect(h, page).not.toMatch(/href="javascript:/i);
      expect(h, page).not.toMatch(/<!--/);
      expect(h, page).not.toMatch(/href="https:\/\/evil/);
    }
  });

  it("keeps every table row to its header's width, and starts no heading from article text", () => {
    const page = html("articles/evil.md");
    const headings = page.match(/<h\d>/g) ?? [];
    expect(headings).toHaveLength(1); // the page's own title
    for (const table of page.split("<table>").slice(1)) {
      const width = (table.split("</tr>")[0]!.match(/<th[\s>]/g) ?? []).length;
      expect(width).toBeGreaterThan(0);
      for (const row of table.split("<tr>").slice(2)) expect((row.match(/<td[\s>]/g) ?? []).length).toBe(width);
    }
  });

  it("shows bidirectional controls instead of obeying them", () => {
    const page = readFileSync(join(dir, "reports", "articles", "evil.md"), "utf8");
    expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    expect(page).toContain(escapeMarkdown("[U+202E]"));
    expect(md.render(page)).toContain("[U+202E]evil</h1>");
  });

  it("writes valid JSON and SARIF, and loses no claim", () => {
    const json = JSON.parse(readFileSync(join(dir, "reports", "findings.json"), "utf8"));
    const valid = schemaValidator("findings");
    expect(valid(json), JSON.stringify(valid.errors)).toBe(true);
    JSON.parse(readFileSync(join(dir, "reports", "crosscheck.sarif"), "utf8"));
    const evil = run.result.claims.filter((c) => c.article?.endsWith("evil.md"));
    expect(evil.length).toBeGreaterThanOrEqual(6);
    expect(json.claims).toHaveLength(run.result.claims.length);
    const page = readFileSync(join(dir, "reports", "articles", "evil.md"), "utf8");
    for (const c of evil) expect(page).toContain(escapeMarkdown(c.text));
  });

  it("names report pages so that none can leave the output folder or be a reserved name", () => {
    const pages = readdirSync(join(dir, "reports", "articles")).sort();
    expect(pages).toEqual(["article-con.md", "article-nul.md", "evil.md"]);
    const taken = new Set<string>();
    for (const bad of ["../../etc/passwd", "/abs/path", "NUL", "a/../../b", "...", "con.txt", ""]) {
      const name = safeFileName(bad, taken);
      expect(name).not.toMatch(/[/\\]|^\.|\.\./);
      expect(name).not.toMatch(/^(con|nul|prn|aux)(\.|$)/i);
    }
  });
});

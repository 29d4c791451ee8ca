// Links to the rule docs work wherever the report folder is opened: the docs are copied into it,
// and every link from a report page to a rule doc lands on a file in the folder.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { MemorySink } from "../../src/report/sink.js";
import { writeRuleDocs } from "../../src/report/rule-docs.js";

const reports = join(import.meta.dirname, "..", "..", "reports");

describe("the rule docs in the reports", () => {
  it("copies every rule's page, and keeps the words of a link that leaves docs/rules/", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-docs-"));
    try {
      writeFileSync(
        join(dir, "a-rule.md"),
        "# a-rule\n\nSee [the others](README.md) and [the schema](../../schema/config.schema.json).\n",
      );
      writeFileSync(join(dir, "README.md"), "# Rules\n\n- [a-rule](a-rule.md)\n");
      writeFileSync(join(dir, "notes.txt"), "not a page\n");
      const sink = new MemorySink();
      expect(writeRuleDocs(sink, dir)).toEqual(["README.md", "a-rule.md"]);
      expect(sink.files.get("rules/a-rule.md")).toBe("# a-rule\n\nSee [the others](README.md) and the schema.\n");
      expect(sink.files.get("rules/README.md")).toBe("# Rules\n\n- [a-rule](a-rule.md)\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are linked from the demo reports by paths inside the report folder, each to a file there", () => {
    for (const r of RULES) expect(existsSync(join(reports, "rules", `${r.meta.id}.md`)), r.meta.id).toBe(true);
    const pages = ["index.md", "findings.md", ...readdirSync(join(reports, "articles")).map((f) => `articles/${f}`)];
    let links = 0;
    for (const page of pages) {
      const text = readFileSync(join(reports, page), "utf8");
      for (const m of text.matchAll(/\]\(([^)#]*rules\/[^)#]*\.md)\)/g)) {
        const target = posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(m[1]!)));
        expect(target.startsWith("rules/"), `${page} links ${m[1]} outside the report folder`).toBe(true);
        expect(existsSync(join(reports, target)), `${page} links ${m[1]}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(10);
  });
});

// Every rule has its docs page and every page its rule; each page has the five sections and
// documents every option the rule's metadata declares.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";

const docs = join(import.meta.dirname, "..", "..", "docs", "rules");
const pages = readdirSync(docs).filter((f) => f.endsWith(".md") && f !== "README.md");
const SECTIONS = ["## What it flags", "## Why it matters", "## Options", "## Severity", "## Example"];

describe("rule docs", () => {
  it("has a page for every rule and a rule for every page", () => {
    expect(pages.map((p) => p.slice(0, -3)).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  for (const rule of RULES) {
    it(`${rule.meta.id}: sections, description and every option`, () => {
      const text = readFileSync(join(docs, `${rule.meta.id}.md`), "utf8");
      expect(text.startsWith(`# ${rule.meta.id}\n`)).toBe(true);
      expect(text).toContain(rule.meta.description);
      const at = SECTIONS.map((s) => text.indexOf(`\n${s}\n`));
      expect(
        at.every((i) => i > 0),
        `missing one of ${SECTIONS.join(", ")}`,
      ).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      const options = Object.keys((rule.meta.options as { properties?: object }).properties ?? {});
      const section = text.slice(at[2]!, at[3]!);
      for (const o of options) expect(section, `option ${o}`).toContain(`\`${o}\``);
      if (options.length === 0) expect(section).toContain("This rule has no options.");
      expect(text).toContain(`Default \`${rule.meta.severity}\``);
    });
  }

  it("lists and links every rule in docs/rules/README.md", () => {
    const index = readFileSync(join(docs, "README.md"), "utf8");
    for (const r of RULES) expect(index).toContain(`[${r.meta.id}](${r.meta.id}.md) | ${r.meta.severity} |`);
  });
});

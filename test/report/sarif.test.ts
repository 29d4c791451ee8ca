// SARIF rules carry their documentation as help text; helpUri, when given, is absolute; artifact
// URIs keep every character of a file's name.
import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/report/result.js";
import { repositoryDocsBase, sarifReport, sarifText } from "../../src/report/sarif.js";
import { RULES } from "../../src/rules/index.js";
import type { Claim } from "../../src/model/claim.js";
import { ruleInfo } from "../../src/rules/index.js";

const claim = {
  id: "c1",
  article: "articles/e#f (1).md",
  kind: "count",
  value: 3,
  min: 3,
  max: 3,
  qualifier: "exact",
  unit: "person",
  unitText: null,
  dimension: "count:person",
  noun: "men",
  measure: null,
  entity: null,
  source: null,
  asOf: null,
  date: null,
  text: "3 men",
  span: { start: 0, end: 5, line: 4, column: 2 },
  sentence: null,
  lang: "en",
} as Claim;
const result: CheckResult = {
  articles: [],
  claims: [claim],
  clusters: [],
  clusterPairs: [],
  inputErrors: [],
  claimFiles: [],
  rules: ruleInfo(),
  findings: [
    {
      rule: RULES[0]!.meta.id,
      severity: "error",
      messageId: "x",
      message: "m",
      data: {},
      claims: ["c1"],
      places: [],
      articles: [claim.article!],
      location: { article: claim.article, file: claim.article!, line: 4, column: 2, text: "3 men" },
      fingerprint: "0123456789abcdef",
      advice: null,
      accepted: null,
    },
  ],
};

describe("the SARIF log", () => {
  const log = JSON.parse(sarifReport(result, { reportDir: "reports" }));
  const rules = log.runs[0].tool.driver.rules as Array<{
    id: string;
    helpUri?: string;
    help: { text: string; markdown?: string };
  }>;

  it("gives each rule its documentation as help, and no relative helpUri", () => {
    expect(rules).toHaveLength(RULES.length);
    for (const r of rules) {
      if (r.helpUri !== undefined) expect(r.helpUri).toMatch(/^https:\/\//);
      expect(r.help.text.length).toBeGreaterThan(20);
      expect(r.help.markdown).toMatch(new RegExp(`^# ${r.id}\\n`));
      expect(r.help.markdown).toContain("## What it flags");
    }
  });

  it("makes helpUri from a GitHub repository in package.json, and none without one", () => {
    const base = "https://github.com/o/r/blob/HEAD/docs/rules/";
    expect(repositoryDocsBase({})).toBeNull();
    expect(repositoryDocsBase({ repository: "o/r" })).toBe(base);
    expect(repositoryDocsBase({ repository: "github:o/r" })).toBe(base);
    expect(repositoryDocsBase({ repository: { url: "git+https://github.com/o/r.git" } })).toBe(base);
    expect(repositoryDocsBase({ repository: { url: "git@example.com:o/r.git" } })).toBeNull();
  });

  it("percent-encodes artifact URIs, so that # and spaces stay part of the file's name", () => {
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
    expect(uri).toBe("articles/e%23f%20%281%29.md");
    expect(decodeURIComponent(uri)).toBe(claim.article);
  });
});

describe("sarifText", () => {
  it.each([
    ["[link](https://example.com)", "\\[link\\](https://example.com)"],
    ["a \\[b\\]", "a \\\\\\[b\\\\\\]"],
    ["two \\\\[ before", "two \\\\\\\\\\[ before"],
    ["a \\ alone", "a \\ alone"],
  ])("escapes every bracket and every backslash of a run before one: %s → %s", (text, escaped) => {
    expect(sarifText(text)).toBe(escaped);
  });
});

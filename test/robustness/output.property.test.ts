// Random Unicode, control and invisible characters included, in every field that reaches the
// terminal, the Markdown, the SVG chart or the SARIF log: no control character comes out raw, no
// bidirectional control is obeyed, and no input forges a line (a finding, a heading) or a link.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/article.js";
import type { InputError } from "../../src/base/diagnostic.js";
import type { Claim } from "../../src/model/claim.js";
import type { Finding } from "../../src/rules/types.js";
import type { CheckResult } from "../../src/report/result.js";
import { formatFinding, formatInputError, formatWarning } from "../../src/report/terminal.js";
import { markdownReport } from "../../src/report/markdown.js";
import { sarifReport } from "../../src/report/sarif.js";
import { drawChart } from "../../src/report/chart.js";
import { ruleInfo } from "../../src/rules/index.js";
import { anyCharacter } from "./any-character.js";

/** Characters an attacker reaches for: escapes, line breaks, bidi and invisible marks, markup. */
const NASTY = [
  "\u001b",
  "\u001b[2J",
  "\u001b]8;;https://evil.invalid\u0007",
  "\u0007",
  "\u0000",
  "\b",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u000b",
  "\u000c",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u009d",
  "\u2028",
  "\u2029",
  "\u202e",
  "\u202a",
  "\u2066",
  "\u2069",
  "\u200e",
  "\u061c",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udc00",
  "[x](javascript:alert(1))",
  "\\",
  "[",
  "]",
  "<",
  ">",
  "&",
  "#",
  "|",
  "`",
  "*",
  "_",
  "x:1:1  error  forged  rule",
];
const hostile = fc.string({ unit: fc.oneof(fc.constantFrom(...NASTY), anyCharacter), maxLength: 12 });

/** Raw characters that act on a terminal or a viewer: C0 (but the line break a reporter writes), DEL, C1, bidi controls, line separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a hostile input may carry
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

function result(h: string[]): CheckResult {
  const path = `articles/${h[0]}.md`;
  const article: Article = {
    path,
    text: "",
    bodyStart: 0,
    title: h[1]!,
    outlet: h[2]!,
    date: "2022-09-27",
    lang: "en",
    langFrom: "front-matter",
    hash: "0",
  };
  const claim = (id: string, v: number): Claim => ({
    id,
    article: path,
    kind: "count",
    value: v,
    min: v,
    max: v,
    qualifier: "exact",
    unit: "person",
    unitText: h[3]!,
    dimension: "count:person",
    noun: h[3]!,
    measure: h[4]!,
    scope: { places: [{ name: h[4]!, key: h[4]!, role: "in" }], population: null },
    period: null,
    entity: h[5]!,
    source: h[5]!,
    inferred: [],
    revision: false,
    asOf: "2022-09-27",
    date: null,
    text: h[6]!,
    span: { start: 0, end: 1, line: 1, column: 1 },
    sentence: h[7]!,
    lang: "en",
  });
  const claims = [claim("a", 300), claim("b", 400)];
  const finding: Finding = {
    rule: "figure-conflict",
    severity: "error",
    messageId: "conflict",
    message: h[8]!,
    data: {},
    claims: ["a", "b"],
    places: [{ article: path, line: 1, column: 1, start: 0, end: 1, text: h[6]! }],
    articles: [path],
    location: { article: path, file: path, line: 1, column: 1, text: h[6]! },
    fingerprint: "0123456789abcdef",
    advice: h[9]!,
    accepted: null,
  };
  const inputError: InputError = { file: `claims/${h[0]}.yaml`, line: 2, column: 3, message: h[8]! };
  return {
    articles: [article],
    claims,
    findings: [finding],
    clusters: [],
    clusterPairs: [],
    inputErrors: [inputError],
    claimFiles: [{ path: `claims/${h[0]}.yaml`, source: h[5]!, claims: 0, corrections: 0 }],
    rules: ruleInfo(),
  };
}

const fields = fc.array(hostile, { minLength: 10, maxLength: 10 });

describe("random Unicode in every field that reaches an output", () => {
  it("the terminal: one inert line per finding, input error and warning", () => {
    fc.assert(
      fc.property(fields, (h) => {
        const r = result(h);
        for (const line of [
          formatFinding(r.findings[0]!),
          formatInputError(r.inputErrors[0]!),
          formatWarning(r.inputErrors[0]!),
        ]) {
          expect(line).not.toMatch(ACTIVE);
          expect(line).not.toContain("\n");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the Markdown: no raw control or bidi character, and no heading or finding section forged", () => {
    fc.assert(
      fc.property(fields, (h) => {
        const files = markdownReport(result(h), { reportDir: "reports", quotes: new Map() });
        for (const [name, text] of files) {
          if (!name.endsWith(".md")) continue;
          expect(text.replace(/\n/g, ""), name).not.toMatch(ACTIVE);
        }
        const findings = files.get("findings.md")!;
        expect(findings.split("\n").filter((l) => /^#{1,6} /.test(l))).toEqual(["# Findings", "## F1 figure-conflict"]);
      }),
      { numRuns: 150 },
    );
  });

  it("the SVG chart: well-formed XML characters, markup only of the chart's own elements", () => {
    fc.assert(
      fc.property(fields, (h) => {
        const claim = (v: number): Claim => ({ kind: "count", value: v, min: v, max: v, qualifier: "exact" }) as Claim;
        const { svg } = drawChart(h[0]!, [
          { date: "2022-09-27", label: h[1]!, claim: claim(300) },
          { date: "2022-09-28", label: h[2]!, claim: claim(400) },
        ]);
        // XML 1.0's Char production: no C0 control but tab, line feed, carriage return; no U+FFFE, U+FFFF; no lone surrogate.
        expect(svg).not.toMatch(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML 1.0 forbids
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u,
        );
        expect(svg.replace(/\n/g, "")).not.toMatch(ACTIVE);
        for (const tag of svg.match(/<[^>]*>?/g) ?? [])
          expect(tag).toMatch(/^<\/?(svg|title|rect|text|line|path|circle)[ >/]/);
        for (const amp of svg.match(/&[^;]*;?/g) ?? []) expect(amp).toMatch(/^&(lt|gt|amp|quot|#39);$/);
      }),
      { numRuns: 300 },
    );
  });

  it("the SARIF log: valid JSON, every message one inert line with no embedded link", () => {
    fc.assert(
      fc.property(fields, (h) => {
        const log = JSON.parse(sarifReport(result(h), { reportDir: "reports" })) as {
          runs: Array<{ results: unknown[]; invocations: unknown[] }>;
        };
        const texts: string[] = [];
        const walk = (v: unknown, key: string): void => {
          if (typeof v === "string" && key === "message") {
            texts.push(v);
          } else if (Array.isArray(v)) {
            for (const x of v) walk(x, key);
          } else if (v && typeof v === "object") {
            for (const [k, x] of Object.entries(v)) walk(x, k === "text" && key === "message" ? "message" : k);
          }
        };
        walk(log.runs[0]!.results, "");
        walk(log.runs[0]!.invocations, "");
        expect(texts.length).toBeGreaterThan(2);
        for (const t of texts) {
          expect(t).not.toMatch(ACTIVE);
          expect(t).not.toContain("\n");
          // Every bracket is escaped: preceded by an odd number of backslashes.
          expect(t).not.toMatch(/(?:^|[^\\])(?:\\\\)*[[\]]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("reports of very many findings", () => {
  /** `n` findings, every tenth an error, the rest warnings. */
  function many(n: number): CheckResult {
    const r = result(Array(10).fill("x"));
    const f = r.findings[0]!;
    r.findings = Array.from({ length: n }, (_, i) => ({
      ...f,
      severity: i % 10 === 0 ? "error" : "warning",
      fingerprint: i.toString(16).padStart(16, "0"),
      message: `finding ${i}`,
    }));
    return r;
  }

  it("SARIF: the first 5,000 results, errors first, and a note saying how many more", () => {
    const log = JSON.parse(sarifReport(many(6000), { reportDir: "reports" }));
    const results = log.runs[0].results as Array<{ level: string }>;
    expect(results).toHaveLength(5000);
    expect(results.filter((x) => x.level === "error")).toHaveLength(600);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0]).toEqual({
      level: "note",
      message: {
        text: "and 1,000 more findings (1,000 warnings) are not given as results: this log holds the first 5,000, the most severe first; every finding is in findings.json",
      },
    });
    expect(
      JSON.parse(sarifReport(many(10), { reportDir: "reports" })).runs[0].invocations[0].toolExecutionNotifications,
    ).toHaveLength(1);
  });

  it("Markdown: the first 2,000 findings have sections, then 'and N more'; the index lists 50 of them a rule and severity, then points on", () => {
    const files = markdownReport(many(2500), { reportDir: "reports", quotes: new Map() });
    const findings = files.get("findings.md")!;
    expect(findings.match(/^## F\d+ /gm)).toHaveLength(2000);
    expect(findings).toContain(
      "## … and 500 more findings (500 warnings)\n\nOnly the first 2,000 findings, the most severe first, have a section here; every finding is in findings.json.",
    );
    const index = files.get("index.md")!;
    expect(index).toContain("### 🟠 warning (2250)");
    expect(index).toContain("Listed: 1,750; and 500 more findings (500 warnings), in findings.json.");
    expect(index.match(/^- \[F\d+\]/gm)).toHaveLength(100);
    expect(index).toContain("- and 1700 more in [findings.md](findings.md)");
  });
});

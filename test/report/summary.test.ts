// The summary an editor reads first: each disputed quantity with its figures and who gives them,
// the most serious first; findings with one figure or none are not disputes.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/model/claim.js";
import type { Article } from "../../src/corpus/article.js";
import type { Finding, Severity } from "../../src/rules/types.js";
import type { CheckResult } from "../../src/report/result.js";
import { disputedQuantities, otherFindings } from "../../src/report/summary.js";
import { markdownReport } from "../../src/report/markdown.js";
import { ruleInfo } from "../../src/rules/index.js";

const article = (path: string, outlet: string | null, date: string | null): Article =>
  ({ path, outlet, date, title: null, lang: "en", langFrom: "front-matter", text: "" }) as unknown as Article;
let n = 0;
const claim = (o: Partial<Claim>): Claim =>
  ({
    id: `c${++n}`,
    article: null,
    kind: "count",
    value: null,
    min: null,
    max: null,
    qualifier: "exact",
    unit: "person",
    unitText: null,
    dimension: "count:person",
    noun: null,
    measure: null,
    scope: null,
    period: null,
    entity: null,
    source: null,
    inferred: [],
    revision: false,
    asOf: null,
    date: null,
    text: "",
    span: null,
    sentence: null,
    lang: "en",
    ...o,
  }) as Claim;
const finding = (rule: string, severity: Severity, claims: Claim[], o: Partial<Finding> = {}): Finding =>
  ({
    rule,
    severity,
    messageId: "m",
    message: `${rule} message`,
    data: {},
    claims: claims.map((c) => c.id),
    places: [],
    articles: [],
    location: { article: null, file: "a.md", line: 1, column: 1, text: "" },
    fingerprint: `${rule}${claims.map((c) => c.id).join("")}`,
    advice: null,
    accepted: null,
    ...o,
  }) as Finding;
const span = { start: 0, end: 1, line: 3, column: 1 };

// Three quantities: the detention figures within one article (an error), emigration figures
// across outlets (a warning, two findings), and one repeated figure (info, not a dispute).
const ex = (v: number): Partial<Claim> => ({ value: v, min: v, max: v });
const det1 = claim({
  article: "a.md",
  measure: "detained",
  qualifier: "more-than",
  value: 2400,
  min: 2400,
  text: "more than 2,400",
  span,
  asOf: "2022-09-26",
});
const det2 = claim({
  article: "a.md",
  measure: "detained",
  qualifier: "less-than",
  value: 1500,
  max: 1500,
  text: "fewer than 1,500",
  span,
  asOf: "2022-09-26",
});
const em1 = claim({ article: "a.md", measure: "departures", ...ex(200000), text: "200,000", span, asOf: "2022-09-26" });
const em2 = claim({
  article: "b.md",
  measure: "departures",
  ...ex(700000),
  text: "some 700,000",
  span,
  source: "A ministry",
});
const em3 = claim({
  article: null,
  measure: "departures",
  ...ex(260000),
  text: "a sentence by hand",
  source: "Border service",
  origin: { file: "claims/ref.yaml", line: 4, column: 3 },
  asOf: "2022-10-01",
});
const rep1 = claim({ article: "a.md", measure: "aid", ...ex(50), text: "50", span });
const rep2 = claim({ article: "b.md", measure: "aid", ...ex(50), text: "fifty", span });
const result: CheckResult = {
  articles: [article("a.md", "The Courier", "2022-09-26"), article("b.md", null, null)],
  claims: [det1, det2, em1, em2, em3, rep1, rep2],
  findings: [
    finding("divergent-estimate", "info", [em1, em2]),
    finding("duplicate-claim", "info", [rep1, rep2]),
    finding("disputed-figure", "warning", [em1, em3]),
    finding("name-variant", "warning", []),
    finding("inconsistent-in-article", "error", [det1, det2]),
    finding("figure-conflict", "error", [em2, em3], { accepted: { reason: "checked" } }),
  ],
  clusters: [],
  clusterPairs: [],
  inputErrors: [],
  claimFiles: [],
  rules: ruleInfo(),
};

describe("the summary of disputed quantities", () => {
  const qs = disputedQuantities(result);

  it("lists each quantity with two or more figures once, most serious first", () => {
    expect(qs.map((q) => [q.label, q.severity, q.findings.map((f) => f.rule)])).toEqual([
      ["detained: number counted", "error", ["inconsistent-in-article"]],
      // the accepted figure-conflict no longer counts
      ["departures: number counted", "warning", ["divergent-estimate", "disputed-figure"]],
    ]);
  });

  it("gives each figure as written, smallest first, with who gives it and when, unknowns said plainly", () => {
    expect(qs[1]!.figures.map((f) => [f.text, f.givenBy])).toEqual([
      ["200,000", ["The Courier (source not named), 26 Sep 2022"]],
      ["260,000", ["Border service (added by hand in claims/ref.yaml), 1 Oct 2022"]],
      ["some 700,000", ["A ministry, via b.md, date unknown"]],
    ]);
    expect(qs[0]!.figures.map((f) => f.text)).toEqual(["fewer than 1,500", "more than 2,400"]);
  });

  it("counts the other open findings by rule", () => {
    expect([...otherFindings(result, qs)]).toEqual([
      ["duplicate-claim", 1],
      ["name-variant", 1],
    ]);
  });

  it("opens the index, before the details", () => {
    const index = markdownReport(result, { reportDir: "reports" }).get("index.md")!;
    const summary = index.indexOf("## Summary");
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(index.indexOf("## Findings"));
    const lines = index.slice(summary, index.indexOf("## Findings")).split("\n");
    expect(lines.filter((l) => /^\d+\. /.test(l))[0]).toMatch(
      /^1\. 🔴 error \*\*detained: number counted\*\*: 2 different figures/,
    );
    expect(lines).toContain("   - **some 700,000**: A ministry, via b.md, date unknown");
    expect(lines).toContain(
      "Also: 1 [duplicate-claim](rules/duplicate-claim.md), 1 [name-variant](rules/name-variant.md) findings about no disputed figure, below.",
    );
    // the corpus table says plainly what is not known
    expect(index).toMatch(/\| \[b\.md\]\(articles\/b\.md\) \| {2}\| outlet unknown \| date unknown \|/);
  });

  it("takes findings that share a claim for one quantity, and findings with none in common for two", () => {
    // one measure, two places the rules told apart: no claim in common
    const north = [
      claim({ article: "a.md", measure: "arrivals", ...ex(900), text: "900", span }),
      claim({ article: "b.md", measure: "arrivals", ...ex(2000), text: "2,000", span }),
    ];
    const south = [
      claim({ article: "a.md", measure: "arrivals", ...ex(40), text: "40", span }),
      claim({ article: "b.md", measure: "arrivals", ...ex(75), text: "75", span }),
    ];
    const third = claim({ article: "c.md", measure: "arrivals", ...ex(3000), text: "3,000", span });
    const r: CheckResult = {
      ...result,
      claims: [...north, ...south, third],
      findings: [
        finding("figure-conflict", "error", north),
        finding("figure-conflict", "warning", south),
        finding("divergent-estimate", "info", [north[1]!, third]),
      ],
    };
    const qs = disputedQuantities(r);
    expect(qs.map((q) => [q.severity, q.figures.map((f) => f.text)])).toEqual([
      ["error", ["900", "2,000", "3,000"]],
      ["warning", ["40", "75"]],
    ]);
  });
});

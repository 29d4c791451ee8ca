// The HTML report as a file: every string from the input is text, never markup; nothing points
// off the page but the articles and the rule docs beside it; the same result gives the same bytes;
// and a huge result still gives a page a browser opens.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/model/claim.js";
import type { Article } from "../../src/corpus/article.js";
import type { Finding } from "../../src/rules/types.js";
import type { CheckResult } from "../../src/report/result.js";
import { htmlReport } from "../../src/report/html.js";
import { escapeXml } from "../../src/report/escape.js";
import { ruleInfo } from "../../src/rules/index.js";

const EVIL = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&amp;\u202e`;
const article = (path: string): Article =>
  ({
    path,
    outlet: `Outlet ${EVIL}`,
    date: "2022-09-26",
    title: `Title ${EVIL}`,
    lang: "en",
    langFrom: "front-matter",
    text: "",
  }) as unknown as Article;
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
    measure: `detained ${EVIL}`,
    scope: null,
    period: null,
    entity: null,
    inferred: [],
    revision: false,
    source: `Source ${EVIL}`,
    asOf: "2022-09-26",
    date: null,
    text: `2,400 ${EVIL}`,
    span: null,
    sentence: `A sentence ${EVIL}`,
    lang: "en",
    ...o,
  }) as Claim;
const finding = (i: number, claims: Claim[], o: Partial<Finding> = {}): Finding =>
  ({
    rule: "figure-conflict",
    severity: i % 3 === 0 ? "error" : i % 3 === 1 ? "warning" : "info",
    messageId: "m",
    message: `Message ${i} ${EVIL}`,
    data: {},
    claims: claims.map((c) => c.id),
    places: [{ article: `a${EVIL}.md`, line: 2, column: 1, start: 0, end: 1, text: `Name ${EVIL}` }],
    articles: [`a${EVIL}.md`],
    location: { article: null, file: `a${EVIL}.md`, line: 1, column: 1, text: "" },
    fingerprint: `fp${i}`,
    advice: `Advice ${EVIL}`,
    accepted: null,
    ...o,
  }) as Finding;

function result(findings: number): CheckResult {
  const a = claim({ article: `a${EVIL}.md`, value: 2400, min: 2400, max: 2400 });
  const b = claim({ article: `a${EVIL}.md`, value: 1500, min: 1500, max: 1500, asOf: "2022-09-27" });
  return {
    articles: [article(`a${EVIL}.md`)],
    claims: [a, b],
    findings: Array.from({ length: findings }, (_, i) =>
      finding(i, [a, b], i === 1 ? { accepted: { reason: `Reason ${EVIL}` } } : {}),
    ),
    clusters: [],
    clusterPairs: [
      { a: `a${EVIL}.md`, b: `b${EVIL}.md`, kind: "copy", factSimilarity: 0.9, textSimilarity: 0.8 },
    ] as CheckResult["clusterPairs"],
    inputErrors: [{ file: `bad${EVIL}.md`, line: 3, column: 4, message: `Error ${EVIL}` }],
    claimFiles: [],
    rules: ruleInfo(),
  };
}

describe("the HTML report", () => {
  const html = htmlReport(result(3), { reportDir: "reports" });

  it("keeps every string from the input as text", () => {
    // The only script is the report's own, the only elements those it writes.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img/);
    expect(html).not.toContain("\u202e");
    for (const field of ["Outlet", "Title", "Source", "Message 0", "Advice", "Name", "Reason", "Error"]) {
      expect(html, field).toContain(`${field} ${escapeXml(EVIL)}`);
    }
    expect(escapeXml(EVIL)).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;amp;[U+202E]",
    );
    // a finding names its articles by their number in the article filter
    expect(html).toContain(`data-articles="0"`);
    expect(html).toContain(`<option value="0">a${escapeXml(EVIL)}.md</option>`);
  });

  it("links only to the articles (percent-encoded) and the rule docs beside it, and fetches nothing", () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const h of hrefs) expect(h, h).toMatch(/^(#|rules\/[a-z-]+\.md$|\.\.\/[^"<>\s]*$)/);
    expect(hrefs).toContain("rules/figure-conflict.md");
    // no tag has an attribute that loads something, and the style sheet loads nothing
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g)!)
      expect(tag.replace(/="[^"]*"/g, '=""')).not.toMatch(/\s(src|srcset|data|poster|background)=/);
    expect(/<style>([\s\S]*?)<\/style>/.exec(html)![1]).not.toMatch(/url\(|@import/);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`,
    );
  });

  it("offers each severity, rule and article as a filter, and shows the most serious findings first", () => {
    expect(html).toMatch(
      /<select id="filter-severity"><option value="">all<\/option><option value="error">error \(1\)<\/option><option value="warning">warning \(1\)<\/option><option value="info">info \(1\)<\/option><\/select>/,
    );
    expect(html).toContain(`<option value="figure-conflict">figure-conflict (3)</option>`);
    const order = [...html.matchAll(/<article class="finding ([a-z ]+)" id="f(\d)-/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(order).toEqual(["1 error", "3 info", "2 warning accepted"]);
  });

  it("draws the disputed quantity's chart inline, and points at it from the summary", () => {
    expect(html.match(/<figure id="chart-1"><figcaption>/g)).toHaveLength(1);
    expect(html).toMatch(
      /<figure id="chart-1">[\s\S]*?<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*?<\/svg>\s*<\/figure>/,
    );
    expect(html).toMatch(
      /<strong>detained [^<]*: number counted<\/strong>: 2 different figures \([^)]*\) · <a href="#chart-1">chart<\/a>/,
    );
  });

  it("gives the same bytes for the same result", () => {
    expect(htmlReport(result(3), { reportDir: "reports" })).toBe(html);
  });

  it("stays a page a browser opens at once, however many findings there are", () => {
    const big = htmlReport(result(5000), { reportDir: "reports" });
    expect(big.match(/<article class="finding/g)).toHaveLength(500);
    expect(big).toContain("The 500 most serious of 5000 findings; findings.json and findings.md have them all.");
  });
});

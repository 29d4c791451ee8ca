// The HTML report in a real browser (Debian's chromium, headless): `crosscheck check` runs (its
// command line in this process: test/support/cli.ts) on articles written here, then the page is
// opened from disk. Filtering by severity, rule and article shows exactly the findings
// findings.json says match; nothing is fetched from the network; text from the articles stays
// text; every chart label is drawn inside its axes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { cli } from "../support/cli.js";
import { hasChromium, NO_CHROMIUM, openChromium } from "./chromium.js";

// The project compiles without the DOM's types: what the page's own code touches, typed here.
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
type Measured = { getBBox(): Box };

// Each article is ours, written for this test: a disputed detention count inside one article (an
// error), two sources far apart on a call-up (a warning), a name spelt two ways, and a title that
// would run script if it were markup.
const HOSTILE = `<img src=x onerror="document.body.dataset.pwned='1'">`;
const ARTICLES: Record<string, string> = {
  "alpha.md": `---\noutlet: Alpha Wire\ndate: 2022-09-27\nlang: en\ntitle: ${JSON.stringify(`${HOSTILE} Call-up`)}\n---\n\nAbout 300,000 reservists will be called up, the Defence Ministry said on Tuesday.\n\nOfficer Ilja Sorokin spoke to reporters.\n`,
  "beta.md": `---\noutlet: Beta Post\ndate: 2022-09-28\nlang: en\n---\n\nUp to 1 million men will be drafted, according to Novaya Gazeta Europe.\n\nOfficer Ilya Sorokin confirmed it.\n`,
  "gamma.md": `---\noutlet: Gamma Daily\ndate: 2022-09-26\nlang: en\n---\n\nMore than 2,400 people were detained at the protests on Saturday.\n\nFewer than 1,500 people were detained at the protests on Saturday, a later count said.\n`,
};

interface JsonFinding {
  rule: string;
  severity: string;
  articles: string[];
}

describe.skipIf(!hasChromium())("the HTML report in headless chromium", () => {
  let dir: string;
  let findings: JsonFinding[];
  let browser: Awaited<ReturnType<typeof openChromium>>;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-html-"));
    mkdirSync(join(dir, "articles"));
    mkdirSync(join(dir, "no-claims"));
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, "articles", name), text);
    const run = await cli(
      ["check", "articles", "--no-cache", "--fail-on", "never", "--claims", "no-claims", "--format", "html,json"],
      dir,
    );
    expect(run.code, run.err + run.out).toBe(0);
    findings = (JSON.parse(readFileSync(join(dir, "reports", "findings.json"), "utf8")) as { findings: JsonFinding[] })
      .findings;
    browser = await openChromium();
    page = await browser.context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(pathToFileURL(join(dir, "reports", "index.html")).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The findings on show: their rule and severity, read off the page. */
  const visible = async (): Promise<string[]> =>
    page.$$eval("article.finding", (els) =>
      els
        .filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null)
        .map((e) => `${e.getAttribute("data-rule")}/${e.getAttribute("data-severity")}`),
    );
  /**
   * The form's reset is applied after the event (setTimeout 0): wait until every finding is on
   * show again, polling as the other checks read the page (the page's CSP allows no evaluated strings).
   */
  const allShown = async (): Promise<void> => {
    for (let i = 0; i < 100 && (await visible()).length !== findings.length; i++)
      await new Promise((done) => setTimeout(done, 20));
  };
  const expected = (p: (f: JsonFinding) => boolean): string[] =>
    findings.filter(p).map((f) => `${f.rule}/${f.severity}`);
  const sorted = (xs: string[]): string[] => [...xs].sort();
  const choose = async (select: string, value: string): Promise<void> => {
    // articles by the path shown; severities and rules by their name
    await page.selectOption(select, select === "#filter-article" && value ? { label: value } : value);
  };

  it("shows every finding at first, and says how many", async () => {
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(findings.map((f) => f.severity)).size).toBeGreaterThanOrEqual(2);
    expect(sorted(await visible())).toEqual(sorted(expected(() => true)));
    expect(await page.textContent("#filter-count")).toBe(`${findings.length} of ${findings.length} findings shown`);
  });

  it("filters by severity", async () => {
    for (const severity of new Set(findings.map((f) => f.severity))) {
      await choose("#filter-severity", severity);
      const want = expected((f) => f.severity === severity);
      expect(sorted(await visible()), severity).toEqual(sorted(want));
      expect(await page.textContent("#filter-count")).toBe(`${want.length} of ${findings.length} findings shown`);
    }
    await page.click("button[type=reset]");
    await allShown();
    expect((await visible()).length).toBe(findings.length);
  });

  it("filters by rule, and by rule and article together", async () => {
    for (const rule of new Set(findings.map((f) => f.rule))) {
      await choose("#filter-rule", rule);
      expect(sorted(await visible()), rule).toEqual(sorted(expected((f) => f.rule === rule)));
    }
    await choose("#filter-rule", "");
    const article = "articles/gamma.md";
    await choose("#filter-article", article);
    const want = expected((f) => f.articles.includes(article));
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(findings.length);
    expect(sorted(await visible())).toEqual(sorted(want));
    // a rule with no finding in that article leaves nothing on show
    const other = findings.find((f) => !f.articles.includes(article))!.rule;
    if (!findings.some((f) => f.rule === other && f.articles.includes(article))) {
      await choose("#filter-rule", other);
      expect(await visible()).toEqual([]);
      expect(await page.textContent("#filter-count")).toBe(`0 of ${findings.length} findings shown`);
    }
    await page.click("button[type=reset]");
    await allShown();
  });

  it("fetches nothing, runs no script from the articles, and logs no error", async () => {
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    expect(requests).toHaveLength(1); // the page itself: charts and styles are inline
    expect(errors).toEqual([]);
    expect(await page.$$eval("img", (els) => els.length)).toBe(0);
    expect(await page.$$eval("body[data-pwned]", (els) => els.length)).toBe(0);
    expect(await page.textContent("#corpus")).toContain(`${HOSTILE} Call-up`);
  });

  it("draws each disputed quantity's chart inline, every label inside the axes", async () => {
    const charts = await page.$$eval("#charts figure svg", (svgs) =>
      svgs.map((svg) => {
        const frame = (svg.querySelector("rect[data-plot]") as unknown as Measured).getBBox();
        const labels = [...svg.querySelectorAll("text[data-label]")].map((t) => (t as unknown as Measured).getBBox());
        return {
          frame: { x0: frame.x, y0: frame.y, x1: frame.x + frame.width, y1: frame.y + frame.height },
          labels: labels.map((b) => ({ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height })),
        };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(1);
    for (const { frame, labels } of charts) {
      expect(labels.length).toBeGreaterThanOrEqual(2);
      // as the browser measures the text, not as the chart estimated it
      for (const b of labels)
        expect(
          b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1,
          JSON.stringify({ b, frame }),
        ).toBe(true);
    }
  });
});

describe.skipIf(hasChromium())("the HTML report in headless chromium (skipped: no chromium here)", () => {
  it.skip(NO_CHROMIUM, () => {});
});

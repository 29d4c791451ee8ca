// The figures chart: dots and bars drawn over the labels, each label beside its own dot (or
// joined to it by a line) and covering no dot, bar or other label, open intervals with arrows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/model/claim.js";
import { drawChart, labelWidth, type Box, type ChartPoint } from "../../src/report/chart.js";

const claim = (o: Partial<Claim>): Claim =>
  ({ kind: "count", value: null, min: null, max: null, qualifier: "exact", ...o }) as Claim;
const point = (date: string, label: string, o: Partial<Claim>): ChartPoint => ({ date, label, claim: claim(o) });
const exact = (v: number): Partial<Claim> => ({ value: v, min: v, max: v });
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** How far a box is from a point, 0 inside. */
const distance = (b: Box, x: number, y: number): number =>
  Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

const num = (tag: string, attr: string): number => Number(new RegExp(`\\b${attr}="(-?[\\d.]+)"`).exec(tag)![1]);
const unescapeHtml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Reads the SVG itself, as a viewer would: the plot's frame, each label's text box (from its x, y,
 * anchor and text), its dot and its leader line; every label inside the frame, beside its own dot
 * or joined to it by a line that starts at the dot and ends at the label.
 */
function checkSvg(svg: string, count: number): void {
  const frame = /<rect data-plot="" [^>]*>/.exec(svg)![0];
  const plot: Box = {
    x0: num(frame, "x"),
    y0: num(frame, "y"),
    x1: num(frame, "x") + num(frame, "width"),
    y1: num(frame, "y") + num(frame, "height"),
  };
  const labels = [...svg.matchAll(/<text data-label="(\d+)"([^>]*)>([^<]*)<\/text>/g)];
  expect(labels).toHaveLength(count);
  for (const [, i, attrs, text] of labels) {
    const x = num(attrs!, "x");
    const y = num(attrs!, "y");
    const w = labelWidth(unescapeHtml(text!));
    const box: Box = attrs!.includes('text-anchor="end"')
      ? { x0: x - w, y0: y - 11, x1: x, y1: y + 3 }
      : { x0: x, y0: y - 11, x1: x + w, y1: y + 3 };
    expect(
      box.x0 >= plot.x0 && box.x1 <= plot.x1 && box.y0 >= plot.y0 && box.y1 <= plot.y1,
      `label ${i} "${text}" at ${JSON.stringify(box)} is outside the axes ${JSON.stringify(plot)}`,
    ).toBe(true);
    const dotTag = new RegExp(`<circle data-dot="${i}" [^>]*>`).exec(svg)?.[0];
    const barTag = new RegExp(`<line data-bar="${i}" [^>]*>`).exec(svg)![0];
    const cx = dotTag ? num(dotTag, "cx") : num(barTag, "x1");
    const cy = dotTag ? num(dotTag, "cy") : (num(barTag, "y1") + num(barTag, "y2")) / 2;
    const leader = new RegExp(`<line data-leader="${i}" [^>]*>`).exec(svg)?.[0];
    if (leader) {
      expect([num(leader, "x1"), num(leader, "y1")]).toEqual([Number(cx.toFixed(1)), Number(cy.toFixed(1))]);
      expect(
        distance(box, num(leader, "x2"), num(leader, "y2")),
        `label ${i}'s line ends away from it`,
      ).toBeLessThanOrEqual(3);
    } else expect(distance(box, cx, cy), `label ${i} is far from its dot`).toBeLessThanOrEqual(12);
  }
}

function checkLayout(points: ChartPoint[]): void {
  const { svg, layout } = drawChart("t: people", points, "people");
  checkSvg(svg, points.length);
  const ps = layout.points;
  ps.forEach((p, i) => {
    // beside its own dot, or joined to it by a line
    if (!p.leader) expect(distance(p.label, p.cx, p.cy), `label ${i} is far from its dot`).toBeLessThanOrEqual(12);
    ps.forEach((q, j) => {
      if (q.dot) expect(overlaps(p.label, q.dot), `label ${i} covers dot ${j}`).toBe(false);
      if (j !== i) {
        expect(overlaps(p.label, q.bar), `label ${i} crosses bar ${j}`).toBe(false);
        expect(overlaps(p.label, q.label), `labels ${i} and ${j} overlap`).toBe(false);
      }
    });
  });
  // dots, bars and arrows are drawn after (over) every label
  const lastText = svg.lastIndexOf('paint-order="stroke"');
  const firstMark = Math.min(...["<circle", 'stroke-width="4"'].map((m) => svg.indexOf(m)).filter((k) => k >= 0));
  expect(firstMark).toBeGreaterThan(lastText);
}

describe("the figures chart", () => {
  it("places crowded labels (one figure on many dates) without covering a dot", () => {
    checkLayout([
      point("2022-09-21", "claims/reference.yaml: 300,000", exact(300000)),
      point("2022-09-22", "Baltic Ledger: 300,000", exact(300000)),
      point("2022-09-23", "Rheinische Rundschau: 300,000", exact(300000)),
      point("2022-09-27", "Northern Courier: 300,000", exact(300000)),
      point("2022-09-29", "Baltic Ledger: 300,000", exact(300000)),
      point("2022-09-29", "Baltic Ledger: up to 1,200,000", { qualifier: "at-most", value: 1.2e6, max: 1.2e6 }),
    ]);
  });

  it("places the labels of any handful of figures so", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 12 }),
            v: fc.integer({ min: 100, max: 2_000_000 }),
            open: fc.constantFrom("none", "up", "down"),
            name: fc.string({ unit: fc.constantFrom("a", "B", " ", "m", "1"), minLength: 3, maxLength: 28 }),
          }),
          { minLength: 1, maxLength: 7 },
        ),
        (rows) => {
          const points = rows.map((r) =>
            point(
              `2022-09-${String(r.day).padStart(2, "0")}`,
              r.name,
              r.open === "up"
                ? { qualifier: "more-than", value: r.v, min: r.v }
                : r.open === "down"
                  ? { qualifier: "less-than", value: r.v, max: r.v }
                  : exact(r.v),
            ),
          );
          points.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
          checkLayout(points);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("marks an interval open downwards with an arrow at the bottom, and says so in the legend", () => {
    const { svg } = drawChart("detention: people", [
      point("2022-09-26", "fewer than 1,500", { qualifier: "less-than", value: 1500, max: 1500 }),
      point("2022-09-27", "more than 2,400", { qualifier: "more-than", value: 2400, min: 2400 }),
    ]);
    const arrows = [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+) L([\d.]+) ([\d.]+) /g)].map((m) => ({
      tipY: Number(m[4]),
      sideY: Number(m[2]),
    }));
    expect(arrows).toHaveLength(2);
    expect(arrows.some((a) => a.tipY > a.sideY)).toBe(true); // pointing down
    expect(arrows.some((a) => a.tipY < a.sideY)).toBe(true); // pointing up
    expect(svg).toContain("open downwards");
    expect(svg).toContain("open upwards");
    expect(svg).toContain(">detention: people</text>");
    expect(svg).toMatch(/>26 Sep 2022</);
  });

  it("keeps every label inside the axes, even the last date's longest one", () => {
    const long = "A Very Long Outlet Name Indeed: more than 1,200,000";
    const { svg } = drawChart(
      "emigration: people",
      [
        point("2022-09-21", "Short: 300,000", exact(300000)),
        point("2022-09-29", long, { qualifier: "more-than", value: 1.2e6, min: 1.2e6 }),
      ],
      "people",
    );
    checkSvg(svg, 2);
  });

  it("says along the value axis what is counted", () => {
    const { svg } = drawChart(
      "emigration: people",
      [point("2022-09-21", "a: 300,000", exact(300000))],
      "people who left",
    );
    expect(svg).toMatch(/<text transform="translate\(18 [\d.]+\) rotate\(-90\)"[^>]*>people who left<\/text>/);
  });

  it("puts figures whose date is unknown in a column of their own, right of every date", () => {
    const undated: ChartPoint = { date: null, label: "b: 700,000", claim: claim(exact(700000)) };
    const { svg } = drawChart(
      "emigration: people",
      [point("2022-09-21", "a: 300,000", exact(300000)), point("2022-10-02", "c: 260,000", exact(260000)), undated],
      "people",
    );
    const dotX = (i: number): number => num(new RegExp(`<circle data-dot="${i}" [^>]*>`).exec(svg)![0], "cx");
    expect(dotX(2)).toBeGreaterThan(dotX(1));
    const column = /<text x="([\d.]+)" y="[\d.]+" text-anchor="middle" fill="#333">date unknown<\/text>/.exec(svg);
    expect(column).not.toBeNull();
    expect(Math.abs(Number(column![1]) - dotX(2))).toBeLessThan(15);
    checkSvg(svg, 3);
  });
});

describe("the figures chart with figures no scale can hold", () => {
  it("ends, and draws only finite numbers, with an infinite or huge figure beside a dated one", () => {
    for (const big of [Infinity, 1e308, Number.MAX_VALUE]) {
      const { svg } = drawChart("t: people", [
        point("2022-09-21", "a: 300", exact(300)),
        point("2022-09-22", "b: huge", exact(big)),
      ]);
      expect(svg, String(big)).not.toMatch(/Infinity|NaN/);
    }
  });
});

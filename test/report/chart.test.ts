// The figures chart: dots and bars drawn over the labels, each label beside its own dot (or
// joined to it by a line) and covering no dot, bar or other label, open intervals with arrows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claims/claim.js";
import { drawChart, type Box, type ChartPoint } from "../../src/report/chart.js";

const claim = (o: Partial<Claim>): Claim => ({ kind: "count", value: null, min: null, max: null, qualifier: "exact", ...o }) as Claim;
const point = (date: string, label: string, o: Partial<Claim>): ChartPoint => ({ date, label, claim: claim(o) });
const exact = (v: number): Partial<Claim> => ({ value: v, min: v, max: v });
const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** How far a box is from a point, 0 inside. */
const distance = (b: Box, x: number, y: number): number => Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

function checkLayout(points: ChartPoint[]): void {
  const { svg, layout } = drawChart("t: people", points);
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
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 12 }), v: fc.integer({ min: 100, max: 2_000_000 }), open: fc.constantFrom("none", "up", "down"), name: fc.string({ unit: fc.constantFrom("a", "B", " ", "m", "1"), minLength: 3, maxLength: 28 }) }), { minLength: 1, maxLength: 7 }),
        (rows) => {
          const points = rows.map((r) => point(`2022-09-${String(r.day).padStart(2, "0")}`, r.name, r.open === "up" ? { qualifier: "more-than", value: r.v, min: r.v } : r.open === "down" ? { qualifier: "less-than", value: r.v, max: r.v } : exact(r.v)));
          points.sort((a, b) => a.date.localeCompare(b.date));
          checkLayout(points);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("marks an interval open downwards with an arrow at the bottom, and says so in the legend", () => {
    const { svg } = drawChart("detention: people", [point("2022-09-26", "fewer than 1,500", { qualifier: "less-than", value: 1500, max: 1500 }), point("2022-09-27", "more than 2,400", { qualifier: "more-than", value: 2400, min: 2400 })]);
    const arrows = [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+) L([\d.]+) ([\d.]+) /g)].map((m) => ({ tipY: Number(m[4]), sideY: Number(m[2]) }));
    expect(arrows).toHaveLength(2);
    expect(arrows.some((a) => a.tipY > a.sideY)).toBe(true); // pointing down
    expect(arrows.some((a) => a.tipY < a.sideY)).toBe(true); // pointing up
    expect(svg).toContain("open downwards");
    expect(svg).toContain("open upwards");
    expect(svg).toContain(">detention: people</text>");
    expect(svg).toMatch(/>26 Sep 2022</);
  });
});

describe("the figures chart with figures no scale can hold", () => {
  it("ends, and draws only finite numbers, with an infinite or huge figure beside a dated one", () => {
    for (const big of [Infinity, 1e308, Number.MAX_VALUE]) {
      const { svg } = drawChart("t: people", [point("2022-09-21", "a: 300", exact(300)), point("2022-09-22", "b: huge", exact(big))]);
      expect(svg, String(big)).not.toMatch(/Infinity|NaN/);
    }
  });
});

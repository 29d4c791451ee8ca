// An SVG chart of one subject's figures over time: each claim's interval as a vertical bar at
// its date, its point value as a dot, its outlet as a label; a log scale, since estimates span
// orders of magnitude. Deterministic: the same claims draw the same bytes.
import type { Claim } from "../claims/claim.js";

export interface ChartPoint {
  label: string;
  date: string;
  claim: Claim;
}

const W = 900;
const H = 400;
// Labels stand to the right of their bar: the right margin keeps the last date's labels whole.
const M = { left: 80, right: 260, top: 40, bottom: 70 };

const xml = (s: string): string => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c]!);

const fmt = (x: number): string => (x >= 1e6 ? `${+(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${+(x / 1e3).toFixed(1)}k` : `${+x.toFixed(2)}`);

export function figureChart(title: string, points: ChartPoint[]): string {
  const days = (d: string): number => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d) / 864e5;
  const vals = points.flatMap((p) => [p.claim.min, p.claim.max, p.claim.value].filter((v): v is number => v !== null && v > 0));
  const lo = Math.min(...vals) / 1.5;
  const hi = Math.max(...vals) * 1.5;
  const d0 = Math.min(...points.map((p) => days(p.date))) - 1;
  const d1 = Math.max(...points.map((p) => days(p.date))) + 1;
  const x = (d: string): number => M.left + ((days(d) - d0) / (d1 - d0)) * (W - M.left - M.right);
  const y = (v: number): number => H - M.bottom - ((Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (H - M.top - M.bottom);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${xml(title)}</text>`);
  // value grid: powers of ten and their halves
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** p;
      if (v < lo || v > hi) continue;
      out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e5e5"/>`);
      out.push(`<text x="${M.left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${fmt(v)}</text>`);
    }
  }
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>`);
  const dates = [...new Set(points.map((p) => p.date))].sort();
  let lastDateX = -Infinity;
  for (const d of dates) {
    // Dates a day apart would print over each other: every other one drops a line.
    const dy = x(d) - lastDateX < 80 ? 34 : 18;
    out.push(`<text x="${x(d).toFixed(1)}" y="${H - M.bottom + dy}" text-anchor="middle" fill="#333">${xml(d)}</text>`);
    if (dy === 18) lastDateX = x(d);
  }
  const placed: Array<{ x: number; y: number }> = [];
  // Labels go on top of every bar, so none is hidden behind a neighbour's bar.
  const labels: string[] = [];
  // Several claims on one date are spread sideways so that none hides another.
  const seen = new Map<string, number>();
  points.forEach((p, i) => {
    const k = seen.get(p.date) ?? 0;
    seen.set(p.date, k + 1);
    const cx = x(p.date) + (k - 1) * 14 + 7;
    const c = p.claim;
    const top = c.max ?? hi;
    const bottom = c.min ?? lo;
    const colour = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"][i % 8];
    out.push(`<line x1="${cx.toFixed(1)}" x2="${cx.toFixed(1)}" y1="${y(top).toFixed(1)}" y2="${y(bottom).toFixed(1)}" stroke="${colour}" stroke-width="4" stroke-linecap="round" opacity="0.55"/>`);
    if (c.max === null) out.push(`<path d="M${cx - 6} ${y(top) + 8} L${cx} ${y(top)} L${cx + 6} ${y(top) + 8}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    if (c.value !== null) out.push(`<circle cx="${cx.toFixed(1)}" cy="${y(c.value).toFixed(1)}" r="5" fill="${colour}"/>`);
    let ly = y(c.value ?? Math.sqrt((c.min ?? lo) * (c.max ?? hi)));
    // Move a label down until it clears the labels already placed near it.
    while (placed.some((q) => Math.abs(q.x - cx) < 230 && Math.abs(q.y - ly) < 15)) ly += 15;
    placed.push({ x: cx, y: ly });
    labels.push(`<text x="${(cx + 9).toFixed(1)}" y="${(ly + 4).toFixed(1)}" fill="${colour}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xml(p.label)}</text>`);
  });
  out.push(...labels);
  out.push(`<text x="${M.left}" y="${H - 18}" fill="#555">Bars: the interval each wording allows (arrow: open upwards). Dots: the figure stated. Log scale.</text>`);
  out.push("</svg>");
  return out.join("\n") + "\n";
}

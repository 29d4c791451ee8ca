// An SVG chart of one quantity's figures over time: each claim's interval as a vertical bar at
// its date (claims whose date is unknown in a column of their own at the right), its point value
// as a dot, its outlet and figure as a label beside its own dot and inside the axes; the value
// axis says what is counted; a log scale, since estimates span orders of magnitude. An interval open upwards ("more than") ends in
// an arrow at the top, one open downwards ("up to", "fewer than") in an arrow at the bottom.
// Labels are placed where they cover no dot, bar or other label (next to the dot when there is
// room, else as near as there is, joined to the dot by a line), and drawn under the bars and dots.
// Deterministic: the same claims draw the same bytes.
import type { Claim } from "../model/claim.js";
import type { ArticleInfo } from "../corpus/article.js";
import { outletOf } from "../rules/helpers.js";
import { compareText } from "../base/intl.js";
import { escapeXml } from "./escape.js";
import { terminalSafe } from "./terminal.js";
import { describeFigure, humanDate } from "./words.js";

export interface ChartPoint {
  label: string;
  /** The date the figure stands as of; null when the text does not say. */
  date: string | null;
  claim: Claim;
}

/** Points in one chart, beyond which a chart stops being readable (and cheap). */
export const MAX_CHART_POINTS = 40;

/**
 * The points of one quantity's chart: one per outlet, date and figure (a figure repeated in an
 * outlet's many articles is one point, "(×3)"), at most MAX_CHART_POINTS, the most repeated first.
 */
export function chartPoints(
  claims: readonly Claim[],
  articles: ReadonlyMap<string, ArticleInfo>,
): { points: ChartPoint[]; omitted: number } {
  const grouped = new Map<string, { label: string; date: string | null; claim: Claim; count: number }>();
  for (const c of claims) {
    if (c.correction?.ignored || (c.min ?? c.value ?? c.max) === null) continue;
    const label = `${outletOf(c, articles)}: ${describeFigure(c)}`;
    const k = `${c.asOf}|${label}`;
    const g = grouped.get(k);
    if (g) g.count++;
    else grouped.set(k, { label, date: c.asOf, claim: c, count: 1 });
  }
  const byDate = (x: { date: string | null }, y: { date: string | null }): number =>
    compareText(x.date ?? "~", y.date ?? "~");
  const kept = [...grouped.values()]
    .sort((x, y) => y.count - x.count || byDate(x, y) || compareText(x.label, y.label))
    .slice(0, MAX_CHART_POINTS)
    .sort((x, y) => byDate(x, y) || compareText(x.label, y.label));
  return {
    points: kept.map((g) => ({
      label: g.count > 1 ? `${g.label} (×${g.count})` : g.label,
      date: g.date,
      claim: g.claim,
    })),
    omitted: grouped.size - kept.length,
  };
}

const W = 900;
const H = 400;
// Every label stands inside the axes; the left margin holds the value axis and what it counts.
const M = { left: 96, right: 20, top: 40, bottom: 70 };
const DOT = 5;
const LABEL_H = 14;
/** How far from its dot a label joined to it by a line may stand sideways, nearest first. */
const GAPS = [
  [12, 40],
  [80, 140],
  [220, 320, 440],
];
/** A label's width in 12 px sans-serif, estimated on the generous side so that its box holds it. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (/[ .,:;'|!ijlIft()[\]]/.test(ch)) w += 3.6;
    else if (/[mwMW@%]/.test(ch)) w += 10.5;
    else if (/[0-9a-z]/.test(ch)) w += 6.9;
    else w += 8.4;
  }
  return Math.ceil(w);
}

// Shown as the terminal shows it (a tab or a line break visibly), then escaped: one label, one line.
const xml = (text: string): string => escapeXml(terminalSafe(text));

const fmt = (x: number): string =>
  x >= 1e6 ? `${+(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${+(x / 1e3).toFixed(1)}k` : `${+x.toFixed(2)}`;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** What a chart drew, for tests: each point's dot (or bar middle) and label box. */
export interface ChartLayout {
  points: Array<{ cx: number; cy: number; label: Box; leader: boolean; dot: Box | null; bar: Box }>;
}

/** `axis`: what the value axis counts ("people", "distance (km)"). */
export function figureChart(title: string, points: ChartPoint[], axis = ""): string {
  return drawChart(title, points, axis).svg;
}

const days = (d: string): number => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d) / 864e5;

/** Where a date and a value stand on the chart. */
interface Scales {
  lo: number;
  hi: number;
  unknownDates: boolean;
  x(d: string | null): number;
  y(v: number): number;
}

/**
 * The value range: only finite figures set the scale (an infinite one, from a hand-made claim or
 * an old cache, would make the grid's loop endless). Loops, not Math.min(...): spreading a
 * hundred thousand points overflows the stack.
 */
function valueRange(points: readonly ChartPoint[]): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = 0;
  for (const p of points) {
    for (const v of [p.claim.min, p.claim.max, p.claim.value]) {
      if (v !== null && v > 0 && Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (hi === 0) return { lo: 1 / 1.5, hi: 10 * 1.5 };
  return { lo: lo / 1.5, hi: Math.min(hi * 1.5, Number.MAX_VALUE) };
}

function scalesOf(points: readonly ChartPoint[]): Scales {
  const { lo, hi } = valueRange(points);
  let first = Infinity;
  let latest = -Infinity;
  let unknownDates = false;
  for (const p of points) {
    if (!p.date) {
      unknownDates = true;
      continue;
    }
    const d = days(p.date);
    first = Math.min(first, d);
    latest = Math.max(latest, d);
  }
  const anyKnown = Number.isFinite(first);
  const d0 = (anyKnown ? first : 0) - 1;
  const dMax = (anyKnown ? latest : 0) + 1;
  // Claims whose date is unknown stand in a column of their own, a fifth of the width to the right.
  const dUnknown = anyKnown ? dMax + Math.max(2, (dMax - d0) / 4) : dMax;
  const d1 = unknownDates ? dUnknown + 1 : dMax;
  return {
    lo,
    hi,
    unknownDates,
    x: (d) => M.left + (((d ? days(d) : dUnknown) - d0) / (d1 - d0)) * (W - M.left - M.right),
    y: (v) =>
      H -
      M.bottom -
      ((Math.log(Math.min(Math.max(v, lo), hi)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) *
        (H - M.top - M.bottom),
  };
}

/**
 * The value grid: powers of ten, their doubles and halves; every step from 1 to 9 when the figures
 * span less than a power of ten (ages, days), so that the axis always has a few values.
 */
function gridValues(lo: number, hi: number): number[] {
  const ticks = (steps: number[]): number[] => {
    const out: number[] = [];
    for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++)
      for (const m of steps) if (m * 10 ** p >= lo && m * 10 ** p <= hi) out.push(m * 10 ** p);
    return out;
  };
  const grid = ticks([1, 2, 5]);
  return grid.length < 3 ? ticks([1, 2, 3, 4, 5, 6, 7, 8, 9]) : grid;
}

/** The title, the value grid and axis, the frame, and the dates along the bottom. */
function axes(out: string[], s: Scales, title: string, points: readonly ChartPoint[], axis: string): void {
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
  );
  out.push(`<title>${xml(title)}</title>`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${xml(title)}</text>`);
  for (const v of gridValues(s.lo, s.hi)) {
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${s.y(v).toFixed(1)}" y2="${s.y(v).toFixed(1)}" stroke="#e5e5e5"/>`,
    );
    out.push(`<text x="${M.left - 8}" y="${(s.y(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${fmt(v)}</text>`);
  }
  out.push(
    `<rect data-plot="" x="${M.left}" y="${M.top}" width="${W - M.left - M.right}" height="${H - M.top - M.bottom}" fill="none" stroke="#333"/>`,
  );
  // What the value axis counts, along it.
  if (axis)
    out.push(
      `<text transform="translate(18 ${(M.top + (H - M.bottom)) / 2}) rotate(-90)" text-anchor="middle" fill="#333" font-weight="bold">${xml(axis)}</text>`,
    );
  if (s.unknownDates)
    out.push(
      `<text x="${s.x(null).toFixed(1)}" y="${H - M.bottom + 18}" text-anchor="middle" fill="#333">date unknown</text>`,
    );
  const dates = [...new Set(points.flatMap((p) => (p.date ? [p.date] : [])))].sort();
  let lastDateX = -Infinity;
  let lastYear = "";
  for (const d of dates) {
    // Dates a day apart would print over each other: every other one drops a line. The year is
    // written on the first date and wherever it changes.
    const dy = s.x(d) - lastDateX < 80 ? 34 : 18;
    const year = d.slice(0, 4);
    const text = year === lastYear && d.length > 4 ? humanDate(`--${d.slice(5)}`) : humanDate(d);
    lastYear = year;
    out.push(
      `<text x="${s.x(d).toFixed(1)}" y="${H - M.bottom + dy}" text-anchor="middle" fill="#333">${xml(text)}</text>`,
    );
    if (dy === 18) lastDateX = s.x(d);
  }
}

const COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

interface Mark {
  i: number;
  p: ChartPoint;
  c: Claim;
  cx: number;
  cy: number;
  top: number;
  bottom: number;
  colour: string;
  bar: Box;
  dot: Box | null;
}

/** Where each bar, arrow and dot stands (made first, so that labels can keep clear of all of them). */
function marksOf(points: readonly ChartPoint[], s: Scales): Mark[] {
  const seen = new Map<string | null, number>();
  return points.map((p, i) => {
    const k = seen.get(p.date) ?? 0;
    seen.set(p.date, k + 1);
    // Several claims on one date are spread sideways so that none hides another.
    const cx = s.x(p.date) + (k - 1) * 14 + 7;
    const c = p.claim;
    const top = s.y(c.max ?? s.hi);
    const bottom = s.y(c.min ?? s.lo);
    const cy = c.value !== null ? s.y(c.value) : (top + bottom) / 2;
    const colour = COLOURS[i % COLOURS.length] ?? "#000000";
    const bar: Box = {
      x0: cx - 4,
      y0: top - (c.max === null ? 2 : 4),
      x1: cx + 4,
      y1: bottom + (c.min === null ? 2 : 4),
    };
    const dot: Box | null =
      c.value !== null ? { x0: cx - DOT - 2, y0: cy - DOT - 2, x1: cx + DOT + 2, y1: cy + DOT + 2 } : null;
    return { i, p, c, cx, cy, top, bottom, colour, bar, dot };
  });
}

/** Labels stand inside the axes, clear of the frame. */
const PLOT: Box = { x0: M.left + 2, y0: M.top + 2, x1: W - M.right - 2, y1: H - M.bottom - 2 };

/**
 * Where a mark's label goes: beside the dot, then touching it from above or below, then farther
 * away with a leader line; with no free place at all (a very crowded chart), beside the dot on
 * the side with room, moved inside the axes, drawn under the dots and bars.
 */
function placeLabel(m: Mark, placed: readonly Box[], obstacles: readonly Box[]): { box: Box; leader: boolean } {
  const w = labelWidth(m.p.label);
  // A pixel of room all round, so that no rounding can make a label touch what it must clear.
  const free = (b: Box): boolean => {
    const g: Box = { x0: b.x0 - 1, y0: b.y0 - 1, x1: b.x1 + 1, y1: b.y1 + 1 };
    return (
      b.x0 >= PLOT.x0 &&
      b.x1 <= PLOT.x1 &&
      b.y0 >= PLOT.y0 &&
      b.y1 <= PLOT.y1 &&
      !placed.some((q) => overlaps(q, g)) &&
      !obstacles.some((q) => overlaps(q, g))
    );
  };
  const right = (ly: number, gap: number): Box => ({
    x0: m.cx + gap,
    y0: ly - LABEL_H / 2,
    x1: m.cx + gap + w,
    y1: ly + LABEL_H / 2,
  });
  const left = (ly: number, gap: number): Box => ({
    x0: m.cx - gap - w,
    y0: ly - LABEL_H / 2,
    x1: m.cx - gap,
    y1: ly + LABEL_H / 2,
  });
  const near = [
    right(m.cy, DOT + 4),
    left(m.cy, DOT + 4),
    right(m.cy - 14, 3),
    right(m.cy + 14, 3),
    left(m.cy - 14, 3),
    left(m.cy + 14, 3),
  ].find(free);
  if (near) return { box: near, leader: false };
  // Near the dot sideways first, up and down as far as need be; farther sideways only then,
  // so that a leader line stays short and crosses as little as it can.
  for (const gaps of GAPS) {
    for (let step = 4; step < 160; step++) {
      for (const ly of [m.cy - step * 4, m.cy + step * 4]) {
        const b = gaps.flatMap((g) => [right(ly, g), left(ly, g)]).find(free);
        if (b) return { box: b, leader: true };
      }
    }
  }
  const b = m.cx + DOT + 4 + w <= PLOT.x1 ? right(m.cy, DOT + 4) : left(m.cy, DOT + 4);
  const dx = Math.max(0, PLOT.x0 - b.x0) - Math.max(0, b.x1 - PLOT.x1);
  const dy = Math.max(0, PLOT.y0 - b.y0) - Math.max(0, b.y1 - PLOT.y1);
  return { box: { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy }, leader: false };
}

/** Each mark's label (and leader line), placed in turn; the layout of every point. */
function labelsOf(marks: readonly Mark[]): { labels: string[]; leaders: string[]; layout: ChartLayout } {
  const obstacles: Box[] = marks.flatMap((m) => (m.dot ? [m.bar, m.dot] : [m.bar]));
  const layout: ChartLayout = { points: [] };
  const labels: string[] = [];
  const leaders: string[] = [];
  const placed: Box[] = [];
  for (const m of marks) {
    const { box, leader } = placeLabel(m, placed, obstacles);
    placed.push(box);
    const onRight = box.x0 > m.cx;
    if (leader) {
      const lx = onRight ? box.x0 - 2 : box.x1 + 2;
      const ly = (box.y0 + box.y1) / 2;
      leaders.push(
        `<line data-leader="${m.i}" x1="${m.cx.toFixed(1)}" y1="${m.cy.toFixed(1)}" x2="${lx.toFixed(1)}" y2="${ly.toFixed(1)}" stroke="${m.colour}" stroke-width="1"/>`,
      );
    }
    const tx = onRight ? box.x0 : box.x1;
    labels.push(
      `<text data-label="${m.i}" x="${tx.toFixed(1)}" y="${(box.y1 - 3).toFixed(1)}"${onRight ? "" : ` text-anchor="end"`} fill="${m.colour}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xml(m.p.label)}</text>`,
    );
    layout.points.push({ cx: m.cx, cy: m.cy, label: box, leader, dot: m.dot, bar: m.bar });
  }
  return { labels, leaders, layout };
}

/** A mark's bar, its arrows where the interval is open, and its dot. */
function drawMark(out: string[], m: Mark): void {
  const cx = m.cx.toFixed(1);
  out.push(
    `<line data-bar="${m.i}" x1="${cx}" x2="${cx}" y1="${m.top.toFixed(1)}" y2="${m.bottom.toFixed(1)}" stroke="${m.colour}" stroke-width="4" stroke-linecap="round" opacity="0.55"/>`,
  );
  if (m.c.max === null)
    out.push(
      `<path d="M${(m.cx - 6).toFixed(1)} ${(m.top + 8).toFixed(1)} L${cx} ${m.top.toFixed(1)} L${(m.cx + 6).toFixed(1)} ${(m.top + 8).toFixed(1)}" fill="none" stroke="${m.colour}" stroke-width="2"/>`,
    );
  if (m.c.min === null)
    out.push(
      `<path d="M${(m.cx - 6).toFixed(1)} ${(m.bottom - 8).toFixed(1)} L${cx} ${m.bottom.toFixed(1)} L${(m.cx + 6).toFixed(1)} ${(m.bottom - 8).toFixed(1)}" fill="none" stroke="${m.colour}" stroke-width="2"/>`,
    );
  if (m.c.value !== null)
    out.push(
      `<circle data-dot="${m.i}" cx="${cx}" cy="${m.cy.toFixed(1)}" r="${DOT}" fill="${m.colour}" stroke="#ffffff" stroke-width="1"/>`,
    );
}

export function drawChart(title: string, points: ChartPoint[], axis = ""): { svg: string; layout: ChartLayout } {
  const s = scalesOf(points);
  const out: string[] = [];
  axes(out, s, title, points, axis);
  const marks = marksOf(points, s);
  const { labels, leaders, layout } = labelsOf(marks);
  // Leader lines and labels first, bars, arrows and dots over them: no label can hide a dot.
  out.push(...leaders, ...labels);
  for (const m of marks) drawMark(out, m);
  out.push(
    `<text x="${M.left}" y="${H - 20}" fill="#555">Bars: the range of figures each wording allows; an arrow at the top: open upwards ("more than"),</text>`,
  );
  out.push(
    `<text x="${M.left}" y="${H - 6}" fill="#555">an arrow at the bottom: open downwards ("up to", "fewer than"). Dots: the figure stated. Log scale.</text>`,
  );
  out.push("</svg>");
  return { svg: `${out.join("\n")}\n`, layout };
}

// How the reports and the rules' messages say things to people: dates as they are written
// ("21 Sep 2022"), figures rounded to the precision a text can have, intervals in words and signs
// ("> 2,400", "≤ 1,500"), quantities, periods and sources, comparison keys and languages by name.
// The rules are given these words by the engine (WORDS, rules/types.ts Words); they import
// nothing of the reports. Display only: findings.json keeps every digit.
import { MULTIPLE_DIMENSION, withoutForecast, type Claim, type ClaimPeriod, type ScopePlace } from "../model/claim.js";
import type { Article, ArticleInfo } from "../corpus/article.js";
import { formatNumber, formatNumber3 } from "../base/intl.js";
import {
  availableLanguages,
  getDimensions,
  getUnits,
  lookupUnit,
  measureLabel,
  readLexiconFile,
} from "../language/lexicon.js";
import { outletOf } from "../rules/helpers.js";
import type { QuantityGroup } from "../rules/quantities.js";
import type { Words } from "../rules/types.js";

/** "1,234": a count as progress lines write it. */
export const count = (n: number): string => formatNumber(n);

/** "1 article", "2 articles": `written` is the number as shown (default: its digits, "1234"). */
export const plural = (n: number, word: string, written = String(n)): string =>
  `${written} ${word}${n === 1 ? "" : "s"}`;

/** Between a sign and its figure, so that a narrow column never breaks "≤ 1,200,000" in two. */
const NBSP = "\u00a0";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Dates written so far: a corpus has few distinct dates, written once per figure of every report. */
const written = new Map<string, string>();

/** "2022-09-21" → "21 Sep 2022", "--09-21" → "21 Sep", "2022-09" → "Sep 2022", "2014" → "2014". */
export function humanDate(iso: string | null | undefined): string {
  if (!iso) return "";
  let text = written.get(iso);
  if (text === undefined) {
    text = writeDate(iso);
    if (written.size < 100_000) written.set(iso, text);
  }
  return text;
}

function writeDate(iso: string): string {
  const m = /^(\d{4}|-)-?(\d{2})?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !name) return iso;
  const y = year === "-" ? "" : year!;
  return [day ? String(Number(day)) : "", name ?? "", y].filter(Boolean).join(" ") || iso;
}

/** A date as the reports and the rules' messages write it ("21 Sep 2022"), or `unknown` where the text gives none. */
export const dateText = (iso: string | null | undefined, unknown = "date unknown"): string => humanDate(iso) || unknown;

/** Who a claim says gave the figure, or that the text names nobody. */
export const sourceText = (c: Pick<Claim, "source">): string => c.source ?? "source not named";

/**
 * The unit the text wrote a figure in ("hours", "miles") when it is not the canonical one the
 * claim keeps (day, km), and how to turn a canonical figure back into it; null when they are one.
 */
function writtenUnit(c: Claim): { word: string; back(x: number): number } | null {
  if (!c.unitText || !c.unit || c.kind === "count" || c.kind === "money" || c.kind === "date") return null;
  const found = lookupUnit(c.unitText, c.lang ?? "en");
  const def = found?.unit ? getUnits().get(found.unit) : undefined;
  if (!def || def.canonical !== c.unit || (def.factor === 1 && def.offset === 0)) return null;
  return { word: c.unitText.replace(/\s+/g, " "), back: (x) => (x - def.offset) / def.factor };
}

/** The fields of a hand correction that change what the figure says. */
const FIGURE_FIELDS = new Set(["value", "min", "max", "qualifier", "unit", "kind"]);

let suffixes: Map<string, string> | undefined;

/** What follows a figure in a canonical unit: " km", "%", " °C" (units.yaml's display forms); " USD" for any other unit. */
function unitSuffix(unit: string): string {
  if (!suffixes) {
    suffixes = new Map();
    for (const d of getDimensions().values())
      if (d.canonical && d.display) suffixes.set(d.canonical, d.display.replace("{n}", ""));
  }
  return suffixes.get(unit) ?? ` ${unit}`;
}

/**
 * A figure in words, for an editor: as the article wrote it ("more than 20 hours", "Etwa 260.000")
 * when it was extracted and not corrected by hand; else from its value, in the unit the text used
 * where one is known ("more than 200,000", "up to 1,000,000", "about 6,500 km", "5,000–6,000 km").
 */
export function describeFigure(c: Claim): string {
  if (c.span && !c.correction?.fields.some((f) => FIGURE_FIELDS.has(f))) {
    const asWritten = c.text.replace(/\s+/g, " ").trim();
    if (asWritten) return asWritten;
  }
  const written = writtenUnit(c);
  const unit = written
    ? ` ${written.word}`
    : c.unit === null || c.kind === "count" || c.kind === "number"
      ? ""
      : unitSuffix(c.unit);
  const n = (x: number | null): string => (x === null ? "…" : displayNumber(written ? written.back(x) : x));
  const v = c.value;
  if (c.kind === "date") return dateText(c.date);
  if (v === null && c.qualifier !== "range" && c.qualifier !== "vague") return c.text;
  switch (c.qualifier) {
    case "exact":
      return n(v) + unit;
    case "approximate":
      return `about ${n(v)}${unit}`;
    case "more-than":
      return `more than ${n(v)}${unit}`;
    case "at-least":
      return `at least ${n(v)}${unit}`;
    case "less-than":
      return `fewer than ${n(v)}${unit}`;
    case "at-most":
      return `up to ${n(v)}${unit}`;
    case "range":
    case "vague":
      return `${n(c.min)}–${n(c.max)}${unit}`;
  }
}

/** A claim's figure in a report's figure column: a date as a date, anything else as describeFigure writes it. */
export const figureText = (c: Claim): string => (c.kind === "date" ? humanDate(c.date) : describeFigure(c));

/**
 * A figure as a report shows it: whole numbers from 1,000 up (a conversion's decimals are not
 * in the text), four significant digits below (1.609, 26.5, 0.3333).
 */
export function displayNumber(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  return formatNumber3(Math.abs(x) >= 1000 ? Math.round(x) : Number(x.toPrecision(4)));
}

/** The interval a claim's wording allows: "234,000–286,000", "300,000", "> 2,400", "≤ 1,500". */
export function intervalText(c: Claim): string {
  if (c.kind === "date") return humanDate(c.date);
  // In the unit the text used: "> 20 hours", not "> 0.8333" days.
  const written = writtenUnit(c);
  const n = (x: number): string => displayNumber(written ? written.back(x) : x);
  const unit = written ? ` ${written.word}` : "";
  const { min, max } = c;
  if (min !== null && max !== null) return (min === max ? n(min) : `${n(min)}–${n(max)}`) + unit;
  if (min !== null) return `${c.qualifier === "more-than" ? ">" : "≥"}${NBSP}${n(min)}${unit}`;
  if (max !== null) return `${c.qualifier === "less-than" ? "<" : "≤"}${NBSP}${n(max)}${unit}`;
  return "any";
}

const SIGN: Partial<Record<Claim["qualifier"], string>> = {
  approximate: "≈",
  "more-than": ">",
  "at-least": "≥",
  "less-than": "<",
  "at-most": "≤",
};

/** The figure stated, with its qualifier as a sign: "> 2,400", "≈ 260,000", "1,931"; a date as written. */
export function valueText(c: Claim): string {
  if (c.kind === "date") return humanDate(c.date);
  if (c.value === null) return "";
  const written = writtenUnit(c);
  const v = displayNumber(written ? written.back(c.value) : c.value) + (written ? ` ${written.word}` : "");
  const sign = SIGN[c.qualifier];
  return sign ? `${sign}${NBSP}${v}` : v;
}

/** What a quantity's figures count, for a chart's value axis: "detained|count" → "number counted". */
export function axisLabel(key: string): string {
  const label = keyLabel(key);
  const colon = key.includes("|") ? label.indexOf(": ") : -1;
  return colon < 0 ? label : label.slice(colon + 2);
}

/** "detained|count" → "detained: number counted", "trip|length" → "trip: distance (km)". */
export function keyLabel(key: string): string {
  const bar = key.indexOf("|");
  const subject = bar < 0 ? key : key.slice(0, bar);
  const dim = bar < 0 ? "" : key.slice(bar + 1);
  const what =
    getDimensions().get(dim)?.label ??
    (dim.startsWith("count:") ? dim.slice(6) : dim.startsWith("money:") ? `money (${dim.slice(6)})` : dim);
  return what ? `${subject}: ${what}` : subject;
}

// Made when first asked for: each loads ICU's display names, which an `extract` run never needs.
let languages: Intl.DisplayNames | undefined;
let countries: Intl.DisplayNames | undefined;

/** "en" → "English". */
const languageNames = new Map<string, string>();

export function languageName(code: string): string {
  let name = languageNames.get(code);
  // A language crosscheck has a lexicon for names itself there; Intl's display names took a
  // fortieth of a small check's time to load.
  if (name === undefined && availableLanguages().includes(code)) name = readLexiconFile(code).englishName;
  if (name === undefined) {
    try {
      languages ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
      name = languages.of(code) ?? code;
    } catch {
      name = code;
    }
    languageNames.set(code, name);
  }
  return name;
}

const LANG_FROM: Record<Article["langFrom"], string> = {
  option: "set with --lang",
  "front-matter": "from the front matter",
  detected: "detected from the text",
};

/** "English (from the front matter)". */
export const languageNote = (a: Pick<Article, "lang" | "langFrom">): string =>
  `${languageName(a.lang)} (${LANG_FROM[a.langFrom] ?? a.langFrom})`;

/** "21 Jan 2024", "19–21 Jan 2024", "a Sunday (the articles give no date)". */
export function describePeriod(p: ClaimPeriod | null): string {
  if (!p) return "date not given";
  if (p.start === null) return `${p.text} (no date given)`;
  if (p.start === p.end) return dateText(p.start, "an unknown date");
  return `${dateText(p.start, "an unknown date")} to ${dateText(p.end, "an unknown date")}`;
}

/** A place as the reports name it: a country by its English name, any other as written. */
function placeName(p: ScopePlace): string {
  if (!p.key.startsWith("country:")) return p.name;
  countries ??= new Intl.DisplayNames(["en"], { type: "region" });
  return countries.of(p.key.slice("country:".length)) ?? p.name;
}

/** "participants in Munich", "suspected cases in Seltra" (a status the story splits the measure by). */
export function describeScope(
  g: Pick<QuantityGroup, "measure" | "place"> & { status?: string | null; dimension?: string },
): string {
  const what = withoutForecast(g.measure);
  // "four times as many as were registered": a multiple of the expected figure, not a forecast.
  const multipleOfExpected = what !== g.measure && g.dimension === MULTIPLE_DIMENSION;
  const expected = what === g.measure || multipleOfExpected ? "" : "expected ";
  const kind = `${expected}${g.status ? `${g.status.split("+").join(" ")} ` : ""}`;
  // A fallback measure reads "flight · cancel" (its counted noun and its predicate's stem).
  const label = measureLabel(what) + (multipleOfExpected ? " as a multiple of those expected" : "");
  const where = g.place
    ? g.place.role === "nationwide"
      ? " nationwide"
      : ` ${g.place.role === "from" || g.place.role === "into" ? g.place.role : "in"} ${placeName(g.place)}`
    : "";
  return `${kind}${label}${where}`;
}

/** "participants in Munich, 21 Jan 2024". */
export function describeQuantity(g: QuantityGroup): string {
  return `${describeScope(g)}, ${describePeriod(g.period)}`;
}

/** "Russian Defence Ministry, via DW, 24 Sep 2022": who says it, where, when. */
export function provenance(c: Claim, articles: ReadonlyMap<string, ArticleInfo>): string {
  const outlet = outletOf(c, articles);
  const parts: string[] = [];
  if (c.source && c.source !== outlet) parts.push(c.article ? `${c.source}, via ${outlet}` : c.source);
  else parts.push(outlet);
  parts.push(dateText(c.asOf));
  return parts.join(", ");
}

/** The words the rules' messages are written with (the engine gives them to every rule). */
export const WORDS: Words = {
  figure: describeFigure,
  date: (iso) => dateText(iso, "an unknown date"),
  period: describePeriod,
  scope: describeScope,
  quantity: describeQuantity,
  provenance,
};

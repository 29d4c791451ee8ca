// How the reports say things to people: dates as they are written ("21 Sep 2022"), figures
// rounded to the precision a text can have, intervals in words and signs ("> 2,400", "≤ 1,500"),
// comparison keys and languages by name. Display only: findings.json keeps every digit.
import type { Claim } from "../claims/claim.js";
import type { Article } from "../corpus/article.js";
import { formatNumber3 } from "../rules/intl.js";

/** Between a sign and its figure, so that a narrow column never breaks "≤ 1,200,000" in two. */
const NBSP = "\u00a0";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-09-21" → "21 Sep 2022", "--09-21" → "21 Sep", "2022-09" → "Sep 2022", "2014" → "2014". */
export function humanDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4}|-)-?(\d{2})?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !name) return iso;
  const y = year === "-" ? "" : year!;
  return [day ? String(Number(day)) : "", name ?? "", y].filter(Boolean).join(" ") || iso;
}

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
  const { min, max } = c;
  if (min !== null && max !== null) return min === max ? displayNumber(min) : `${displayNumber(min)}–${displayNumber(max)}`;
  if (min !== null) return `${c.qualifier === "more-than" ? ">" : "≥"}${NBSP}${displayNumber(min)}`;
  if (max !== null) return `${c.qualifier === "less-than" ? "<" : "≤"}${NBSP}${displayNumber(max)}`;
  return "any";
}

const SIGN: Partial<Record<Claim["qualifier"], string>> = { approximate: "≈", "more-than": ">", "at-least": "≥", "less-than": "<", "at-most": "≤" };

/** The figure stated, with its qualifier as a sign: "> 2,400", "≈ 260,000", "1,931"; a date as written. */
export function valueText(c: Claim): string {
  if (c.kind === "date") return humanDate(c.date);
  if (c.value === null) return "";
  const sign = SIGN[c.qualifier];
  return sign ? `${sign}${NBSP}${displayNumber(c.value)}` : displayNumber(c.value);
}

const DIMENSION: Record<string, string> = {
  length: "distance (km)", area: "area (km²)", mass: "weight (kg)", volume: "volume (litres)", speed: "speed (km/h)",
  temperature: "temperature (°C)", duration: "duration (days)", percent: "share (%)", "percentage-points": "change (percentage points)",
  age: "age (years)", "count:person": "people", count: "number counted",
};

/** "detained|count" → "detained: number counted", "trip|length" → "trip: distance (km)". */
export function keyLabel(key: string): string {
  const bar = key.indexOf("|");
  const subject = bar < 0 ? key : key.slice(0, bar);
  const dim = bar < 0 ? "" : key.slice(bar + 1);
  const what = DIMENSION[dim] ?? (dim.startsWith("count:") ? dim.slice(6) : dim.startsWith("money:") ? `money (${dim.slice(6)})` : dim);
  return what ? `${subject}: ${what}` : subject;
}

const languages = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** "en" → "English". */
const languageNames = new Map<string, string>();

export function languageName(code: string): string {
  let name = languageNames.get(code);
  if (name === undefined) {
    try {
      name = languages.of(code) ?? code;
    } catch {
      name = code;
    }
    languageNames.set(code, name);
  }
  return name;
}

const LANG_FROM: Record<Article["langFrom"], string> = { option: "set with --lang", "front-matter": "from the front matter", detected: "detected from the text" };

/** "English (from the front matter)". */
export const languageNote = (a: Pick<Article, "lang" | "langFrom">): string => `${languageName(a.lang)} (${LANG_FROM[a.langFrom] ?? a.langFrom})`;

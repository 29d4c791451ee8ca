// A quantity and its figures in words, for the messages of the figure rules: "participants,
// munich, 21 Jan 2024: about 100,000 (police; BR24, Brisbane Times) · up to 250,000
// (organisers; cash.ch)". One finding per quantity lists every figure that measures it.
import type { ArticleInfo } from "../corpus/article.js";
import type { Claim, ClaimPeriod, FrameKey, ScopePlace } from "../claims/claim.js";
import { getMeasures } from "../extract/lexicon.js";
import { describeFigure, formatRatio } from "./figures.js";
import { formatDate, outletOf } from "./helpers.js";
import type { JudgedGroup, QuantityGroup } from "./quantities.js";
import type { ArticleClusters } from "./clusters.js";
import { countSources, sourcesPhrase } from "./sources.js";

/** "21 Jan 2024", "19–21 Jan 2024", "a Sunday (the articles give no date)". */
export function describePeriod(p: ClaimPeriod | null): string {
  if (!p) return "date not given";
  if (p.start === null) return `${p.text} (no date given)`;
  if (p.start === p.end) return formatDate(p.start) ?? p.start;
  return `${formatDate(p.start) ?? p.start} to ${formatDate(p.end) ?? p.end}`;
}

const countries = new Intl.DisplayNames(["en"], { type: "region" });

/** A place as the reports name it: a country by its English name, any other as written. */
function placeName(p: ScopePlace): string {
  return p.key.startsWith("country:") ? (countries.of(p.key.slice("country:".length)) ?? p.name) : p.name;
}

/** "participants in Munich, 21 Jan 2024". */
export function describeQuantity(g: QuantityGroup): string {
  const [kind, what] = g.measure.startsWith("expected:") ? ["expected ", g.measure.slice(9)] : ["", g.measure];
  const label = getMeasures().get(what)?.label ?? what;
  const where = g.place ? (g.place.role === "nationwide" ? " nationwide" : ` ${g.place.role === "from" || g.place.role === "into" ? g.place.role : "in"} ${placeName(g.place)}`) : "";
  return `${kind}${label}${where}, ${describePeriod(g.period)}`;
}

/**
 * One figure with whose it is and where it stands: "about 100,000 (police; BR24, Brisbane
 * Times; 2 places, 1 independent source)". Copies and one outlet's stories count once.
 */
function describeGroupFigure(claims: Claim[], articles: ReadonlyMap<string, ArticleInfo>, clusters: ArticleClusters): string {
  const sources = [...new Set(claims.map((c) => c.source).filter((s): s is string => !!s))];
  const outlets = [...new Set(claims.map((c) => outletOf(c, articles)))];
  const shown = outlets.length > 3 ? [...outlets.slice(0, 3), `${outlets.length - 3} more`] : outlets;
  const s = countSources(claims, articles, clusters);
  const count = s.places < 2 ? "" : `; ${s.places} places, ${sourcesPhrase(s)}`;
  return `${describeFigure(claims[0]!)} (${sources.length ? `${sources.join(", ")}; ` : "source not named; "}${shown.join(", ")}${count})`;
}

const MISSING_WORDS: Record<FrameKey, string> = { measure: "what is counted", noun: "what is counted", scope: "the place", period: "the date", source: "the source" };

/** The data every figure rule's message reads. */
export function groupData(j: JudgedGroup, articles: ReadonlyMap<string, ArticleInfo>, clusters: ArticleClusters): Record<string, string | number> {
  const missing = j.group.missing.map((k) => MISSING_WORDS[k]);
  return {
    quantity: describeQuantity(j.group),
    figures: j.figures.map((f) => describeGroupFigure(f, articles, clusters)).join(" · "),
    count: j.figures.length,
    ratio: j.ratio !== null ? formatRatio(j.ratio) : "?",
    missing:
      (missing.length ? ` Some figures do not give ${missing.join(" or ")}; they are compared as if they did.` : "") +
      (j.group.period === null ? " No figure says when it was true; they are compared as of their articles' dates." : ""),
  };
}

/** Every claim of a judged group, the two furthest-apart figures first (where the finding points). */
export function groupClaims(j: JudgedGroup): Claim[] {
  const first = [...j.extremes[0], ...j.extremes[1]];
  return [...first, ...j.figures.flat().filter((c) => !first.includes(c))];
}

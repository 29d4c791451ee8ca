// A quantity and its figures in words, for the messages of the figure rules: "participants,
// munich, 21 Jan 2024: about 100,000 (police; BR24, Brisbane Times) · up to 250,000
// (organisers; cash.ch)". One finding per quantity lists every figure that measures it. The
// figures and the quantity are written with the reports' words (RuleContext.words).
import type { ArticleInfo } from "../corpus/article.js";
import { getMeasures } from "../language/lexicon.js";
import type { Claim, FrameKey } from "../model/claim.js";
import { formatRatio } from "./figures.js";
import { outletOf } from "./helpers.js";
import type { JudgedGroup } from "./quantities.js";
import type { Words } from "./types.js";
import type { ArticleClusters } from "./clusters.js";
import { countSources, sourcesPhrase } from "./sources.js";

/**
 * One figure with whose it is and where it stands: "about 100,000 (police; BR24, Brisbane
 * Times; 2 places, 1 independent source)". Copies and one outlet's stories count once.
 */
export function describeGroupFigure(
  claims: Claim[],
  articles: ReadonlyMap<string, ArticleInfo>,
  clusters: ArticleClusters,
  words: Words,
): string {
  const sources = [...new Set(claims.map((c) => c.source).filter((s): s is string => !!s))];
  const outlets = [...new Set(claims.map((c) => outletOf(c, articles)))];
  const shown = outlets.length > 3 ? [...outlets.slice(0, 3), `${outlets.length - 3} more`] : outlets;
  const s = countSources(claims, articles, clusters);
  const count = s.places < 2 ? "" : `; ${s.places} places, ${sourcesPhrase(s)}`;
  return `${words.figure(claims[0]!)} (${sources.length ? `${sources.join(", ")}; ` : "source not named; "}${shown.join(", ")}${count})`;
}

const MISSING_WORDS: Record<FrameKey, string> = {
  measure: "what is counted",
  noun: "what is counted",
  scope: "the place",
  period: "the date",
  source: "the source",
};

/** The data every figure rule's message reads. */
export function groupData(
  j: JudgedGroup,
  articles: ReadonlyMap<string, ArticleInfo>,
  clusters: ArticleClusters,
  words: Words,
): Record<string, string | number> {
  const missing = j.group.missing.map((k) => MISSING_WORDS[k]);
  return {
    quantity: words.quantity(j.group),
    figures: j.figures.map((f) => describeGroupFigure(f, articles, clusters, words)).join(" · "),
    count: j.figures.length,
    ratio: j.ratio !== null ? formatRatio(j.ratio) : "?",
    missing:
      (missing.length ? ` Some figures do not give ${missing.join(" or ")}; they are compared as if they did.` : "") +
      (j.group.period === null ? undatedWords(j.group.measure) : ""),
  };
}

/** What a finding of figures with no period says of their time. */
function undatedWords(measure: string): string {
  return getMeasures().get(measure)?.moment
    ? " They count one moment of the event, whenever they were given."
    : " No figure says when it was true; they are compared as of their articles' dates.";
}

/** Every claim of a judged group, the two furthest-apart figures first (where the finding points). */
export function groupClaims(j: JudgedGroup): Claim[] {
  const first = [...j.extremes[0], ...j.extremes[1]];
  return [...first, ...j.figures.flat().filter((c) => !first.includes(c))];
}

// What the cross-article figure rules share: the claims about one thing, grouped by the figure
// they state, and how two such groups relate. Groups are compared with each other, never
// claims with claims, so a figure repeated in a thousand articles costs one comparison.
import type { Claim } from "../claims/claim.js";
import type { ClaimStore } from "../claims/store.js";
import { getConcepts } from "../extract/lexicon.js";
import { byFigure } from "./helpers.js";
import { DEFAULT_MAX_RATIO, intervalOf, meet, ratio } from "./figures.js";

/** Option schemas the figure rules share, so that each is described once. */
export const TOLERANCE_OPTION = { type: "number", minimum: 0, maximum: 1, description: "Relative slack added to both intervals before comparing." } as const;
export const MAX_RATIO_OPTION = { type: "number", exclusiveMinimum: 1, description: "Figures further apart than this are taken to count different things (a part and the whole)." } as const;

export interface FigurePair {
  key: string;
  subject: string;
  a: Claim[];
  b: Claim[];
  meet: boolean;
  ratio: number | null;
  /** The two figures are attributed to different sources, and no source gives both. */
  disputed: boolean;
  /** Both figures stand in one article only (and the same one). */
  sameArticle: boolean;
  /** A cumulative subject whose later figure is the larger: growth over time. */
  growth: boolean;
  /** So far apart that they count different things (see DEFAULT_MAX_RATIO). */
  differentScope: boolean;
}

const sources = (cs: Claim[]): Set<string> => new Set(cs.map((c) => c.source).filter((s): s is string => !!s));

const latest = (cs: Claim[]): string => cs.reduce((m, c) => (c.asOf && c.asOf > m ? c.asOf : m), "");
const earliest = (cs: Claim[]): string => cs.reduce((m, c) => (c.asOf && c.asOf < m ? c.asOf : m), "\uffff");

interface Group {
  claims: Claim[];
  sources: Set<string>;
  /** The one article (or claims file) all the group's claims stand in, else null. */
  only: string | null;
  latest: string;
  earliest: string;
}

function group(claims: Claim[]): Group {
  const paths = new Set(claims.map((c) => c.article ?? c.origin?.file ?? ""));
  return { claims, sources: sources(claims), only: paths.size === 1 ? [...paths][0]! : null, latest: latest(claims), earliest: earliest(claims) };
}

// Three rules ask for the pairs of one store, mostly with the same options: made once each.
const memo = new WeakMap<ClaimStore, Map<string, FigurePair[]>>();

export function figurePairs(store: ClaimStore, tolerance: number, includeVague: boolean, maxRatio = DEFAULT_MAX_RATIO): FigurePair[] {
  const key = `${tolerance}|${includeVague}|${maxRatio}`;
  const byOptions = memo.get(store) ?? memo.set(store, new Map()).get(store)!;
  const known = byOptions.get(key);
  if (known) return known;
  const out: FigurePair[] = [];
  const concepts = getConcepts();
  for (const key of store.comparisonKeys(2)) {
    const claims = store.byComparisonKey(key).filter((c) => includeVague || c.qualifier !== "vague");
    const groups = byFigure(claims).map(group);
    const subject = key.split("|")[0]!;
    const cumulative = concepts.get(subject)?.cumulative === true;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const ga = groups[i]!;
        const gb = groups[j]!;
        const a = ga.claims;
        const b = gb.claims;
        const sa = ga.sources;
        const sb = gb.sources;
        const disputed = sa.size > 0 && sb.size > 0 && [...sa].every((s) => !sb.has(s));
        const m = meet(intervalOf(a[0]!), intervalOf(b[0]!), tolerance);
        // Growth: every claim of the larger figure is dated after every claim of the smaller.
        const [small, large] = intervalOf(a[0]!).hi <= intervalOf(b[0]!).lo ? [ga, gb] : [gb, ga];
        const growth = !m && cumulative && large.earliest > small.latest && small.latest !== "";
        const r = ratio(a[0]!, b[0]!);
        out.push({ key, subject, a, b, meet: m, ratio: r, disputed, sameArticle: ga.only !== null && ga.only === gb.only, growth, differentScope: r !== null && r > maxRatio });
      }
    }
  }
  byOptions.set(key, out);
  return out;
}

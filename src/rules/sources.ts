// How many independent sources stand behind claims of one figure. A place (an article or a
// claims file) is not a source: copies and translations of one article (one cluster) are one
// source, one outlet's stories are one source, and places that attribute the figure to the same
// originator ("according to the Defence Ministry") trace back to that one source. The count is a
// union-find over places joined by cluster, outlet and originator: linear in the claims.
import type { ArticleInfo } from "../corpus/article.js";
import type { Claim } from "../model/claim.js";
import type { ArticleClusters } from "./clusters.js";
import { outletOf } from "./helpers.js";
import { compareText } from "../base/intl.js";
import { availableLanguages, getLexicon, matchPhrase, phraseKey, readLexiconFile } from "../language/lexicon.js";

export interface SourceCount {
  /** Distinct articles and claims files. */
  places: number;
  /** Their outlets (a claims file is its own), sorted. */
  outlets: string[];
  /** The sources the claims are attributed to, one name each (the longest spelling), sorted. */
  originators: string[];
  /** Places none of whose claims says whose figure it is. */
  unattributed: number;
  /** Places left once copies, one outlet's stories and one originator's quotes count once. */
  independent: number;
  /**
   * The sources are named in articles of more than one language, so two names may be one
   * originator in two languages (Defence Ministry, Verteidigungsministerium): no name table says.
   */
  languages: number;
}

const placeOf = (c: Claim): string => c.article ?? c.origin?.file ?? "";

/** A source name as words without case or accents: "Russian Defence Ministry" → russian defence ministry. */
function words(source: string): string[] {
  return (
    source
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

let nameWords: { joiners: Set<string>; spellings: Array<[string, string]> } | undefined;

/**
 * From every language's lexicon: the words that join or introduce a name ("of", "the", "des"),
 * no part of what it names, and the word endings that spell one word two ways (-ence, -ense).
 */
function nameWordRules(): { joiners: Set<string>; spellings: Array<[string, string]> } {
  if (!nameWords) {
    nameWords = { joiners: new Set<string>(), spellings: [] };
    for (const lang of availableLanguages()) {
      const a = readLexiconFile(lang).attribution;
      for (const w of [...a.determiners, ...a.nameJoiners]) nameWords.joiners.add(w.toLowerCase());
      nameWords.spellings.push(...a.spellings);
    }
  }
  return nameWords;
}

/**
 * A source name as the set of its telling words, in a fixed order: "Ministry of Defence" and
 * "Defense Ministry" are both "defense ministry".
 */
function wordKey(source: string): string {
  const { joiners, spellings } = nameWordRules();
  const fold = (w: string): string => {
    for (const [from, to] of spellings) if (w.endsWith(from)) return w.slice(0, -from.length) + to;
    return w;
  };
  const ws = words(source)
    .filter((w) => !joiners.has(w))
    .map(fold);
  return [...new Set(ws)].sort().join(" ");
}

const sourceKeys = new Map<string, string>();

/**
 * The key sources are compared by: a kind of source that is no name ("police", "Polizeiangaben",
 * "organisers", "Veranstalter") is the same key in every language (the lexicons' frame.sources);
 * any other source is its telling words (wordKey).
 */
export function sourceKey(source: string): string {
  let key = sourceKeys.get(source);
  if (key !== undefined) return key;
  const words = phraseKey(source);
  search: for (const lang of availableLanguages()) {
    const lexicon = getLexicon(lang);
    for (let i = 0; i < words.length; i++) {
      const m = matchPhrase(lexicon, words, i);
      if (m?.entry.cats.includes("sourceKind")) {
        key = `kind:${m.entry.info.sourceKey!}`;
        break search;
      }
    }
  }
  key ??= wordKey(source);
  sourceKeys.set(source, key);
  return key;
}

/** Beyond this many distinct names a figure's sources are matched by their exact words only. */
const MAX_NAMES_FOR_SUBSETS = 400;

/**
 * The originator each distinct source name stands for. A name whose words are all in a longer
 * name ("Defence Ministry", "Ministry of Defence" in "Russian Defense Ministry") is that source
 * with words left off, when every longer name holding its words lies on one chain; two
 * candidates ("Russian …", "Ukrainian Defence Ministry") leave it alone, as age-conflict treats a
 * surname that fits two people.
 */
function originatorsOf(names: readonly string[]): Map<string, string> {
  const keyOf = new Map<string, string>();
  const spelling = new Map<string, string>();
  for (const n of names) {
    const k = wordKey(n);
    keyOf.set(n, k);
    const known = spelling.get(k);
    if (known === undefined || n.length > known.length || (n.length === known.length && compareText(n, known) < 0))
      spelling.set(k, n);
  }
  const keys = [...spelling.keys()].filter((k) => k !== "");
  const setOf = new Map(keys.map((k) => [k, new Set(k.split(" "))]));
  const within = (a: string, b: string): boolean => {
    const A = setOf.get(a)!;
    const B = setOf.get(b)!;
    if (A.size >= B.size) return false;
    for (const w of A) if (!B.has(w)) return false;
    return true;
  };
  const root = new Map<string, string>();
  if (keys.length <= MAX_NAMES_FOR_SUBSETS) {
    for (const k of keys) {
      const longer = keys.filter((l) => within(k, l));
      if (longer.length === 0) continue;
      const largest = longer.reduce((a, b) =>
        setOf.get(b)!.size > setOf.get(a)!.size || (setOf.get(b)!.size === setOf.get(a)!.size && b < a) ? b : a,
      );
      if (longer.every((l) => l === largest || within(l, largest))) root.set(k, largest);
    }
  }
  const out = new Map<string, string>();
  for (const n of names) {
    const k = keyOf.get(n)!;
    out.set(n, spelling.get(root.get(k) ?? k)!);
  }
  return out;
}

export function countSources(
  claims: readonly Claim[],
  articles: ReadonlyMap<string, ArticleInfo>,
  clusters: ArticleClusters,
): SourceCount {
  // Union by size with path compression: a figure repeated in 100,000 places must not build a
  // chain that every later find walks (that was quadratic).
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const union = (a: string, b: string): void => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if ((size.get(ra) ?? 1) < (size.get(rb) ?? 1)) [ra, rb] = [rb, ra];
    parent.set(rb, ra);
    size.set(ra, (size.get(ra) ?? 1) + (size.get(rb) ?? 1));
  };
  const originator = originatorsOf([...new Set(claims.map((c) => c.source).filter((s): s is string => !!s))]);
  const outlets = new Set<string>();
  const attributed = new Set<string>();
  const places = new Set<string>();
  const languages = new Set<string>();
  for (const c of claims) {
    const place = `p\u0001${placeOf(c)}`;
    places.add(place);
    find(place);
    const outlet = outletOf(c, articles);
    outlets.add(outlet);
    union(place, `o\u0001${outlet}`);
    if (c.article) union(place, `c\u0001${clusters.clusterOf(c.article)}`);
    if (c.source) {
      attributed.add(place);
      const lang = c.article ? articles.get(c.article)?.lang : undefined;
      if (lang) languages.add(lang);
      union(place, `s\u0001${originator.get(c.source)!}`);
    }
  }
  return {
    places: places.size,
    outlets: [...outlets].sort(compareText),
    originators: [...new Set(originator.values())].sort(compareText),
    unattributed: places.size - attributed.size,
    independent: new Set([...places].map(find)).size,
    languages: languages.size,
  };
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Are the independent sources known to be that many: every place names an originator, each
 * independent source is one of them, and the names are in one language?
 */
export function sourcesKnown(s: SourceCount): boolean {
  return s.unattributed === 0 && s.originators.length === s.independent && (s.independent === 1 || s.languages <= 1);
}

/**
 * The number of sources in words, never more than the claims show: "1 original source" when
 * every place names the one originator, "2 original sources" when the sources are known
 * (sourcesKnown), else "at most 3 independent sources" (unattributed places may share one, and
 * names in two languages may be one originator).
 */
export function sourcesPhrase(s: SourceCount): string {
  const plural = s.independent === 1 ? "source" : "sources";
  if (sourcesKnown(s)) return `${s.independent} original ${plural}`;
  if (s.independent === 1) return "1 independent source";
  return `at most ${s.independent} independent sources`;
}

// Copies and translations: articles that carry the same figures, ages, names and dates in the
// same order (in any language), or, in one language, largely the same wording. Candidates come
// from MinHash signatures bucketed by locality-sensitive hashing, so no two articles are
// compared unless they share a bucket; clusters are the connected candidates that verify.
import type { Article } from "../corpus/article.js";
import type { Claim } from "../claims/claim.js";
import type { ClaimStore, NameMention } from "../claims/store.js";
import { personKey } from "../claims/store.js";

export interface ClusterPair {
  a: string;
  b: string;
  kind: "copy" | "translation";
  /** Share of the shorter article's fact sequence found in the other, 0–1. */
  factSimilarity: number;
  textSimilarity: number | null;
}

export interface ArticleClusters {
  /** Each cluster's articles, sorted; only clusters of two or more. */
  clusters: string[][];
  pairs: ClusterPair[];
  /** The cluster an article belongs to (itself when alone). */
  clusterOf(article: string): string;
}

export interface ClusterOptions {
  /** Share of distinct facts (figures, ages, dates, names) two articles must share (Jaccard). */
  factThreshold: number;
  /** Share of the shorter article's facts found in the same order in the other. */
  orderThreshold: number;
  /** Same-language articles also need this much shared wording to be copies. */
  textThreshold: number;
  /** Articles with fewer facts than this cannot be judged. */
  minFacts: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { factThreshold: 0.5, orderThreshold: 0.7, textThreshold: 0.3, minFacts: 5 };

const HASHES = 128;
// 32 bands of 4 rows: articles sharing 70% of their facts (a translation or a copy) meet in a
// band with probability 1 − (1 − 0.7⁴)³² > 0.9999, half the same 0.87, a third 0.23; every
// candidate is then verified exactly, so a band only decides what gets looked at.
const BANDS = 32;
const ROWS = HASHES / BANDS;

/** FNV-1a, 32 bits. */
function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => hash32(`seed${i}`));

function minhash(shingles: Set<string>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) {
    const base = hash32(s);
    for (let i = 0; i < HASHES; i++) {
      // a cheap family of hash functions: xor with a seed, then mix
      let h = (base ^ SEEDS[i]!) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The longest common subsequence of two fact sequences, as a share of the shorter one. */
function lcsRatio(a: string[], b: string[]): number {
  const n = Math.min(a.length, 2000);
  const m = Math.min(b.length, 2000);
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[m]! / Math.max(1, Math.min(n, m));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}

const similarity = (a: Uint32Array, b: Uint32Array): number => {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
};

/** A claim as a language-independent fact: "count:300000", "age:28", "date:2022-09-21". */
function fact(c: Claim): string {
  if (c.kind === "date") return `date:${c.date}`;
  return `${c.kind}:${c.value ?? `${c.min}-${c.max}`}:${c.unit ?? ""}`;
}

function shingles(items: string[], k: number): Set<string> {
  const out = new Set<string>();
  if (items.length < k) {
    if (items.length) out.add(items.join("\u0001"));
    return out;
  }
  for (let i = 0; i + k <= items.length; i++) out.add(items.slice(i, i + k).join("\u0001"));
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function findClusters(
  articles: readonly Article[],
  store: ClaimStore,
  names: readonly NameMention[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): ArticleClusters {
  const namesByArticle = new Map<string, NameMention[]>();
  for (const n of names) (namesByArticle.get(n.article) ?? namesByArticle.set(n.article, []).get(n.article)!).push(n);

  interface Sig { article: Article; facts: Uint32Array; factSeq: string[]; factSet: Set<string>; words: Uint32Array }
  const sigs: Sig[] = [];
  for (const a of articles) {
    const items: Array<{ at: number; key: string }> = [];
    for (const c of store.byArticle(a.path)) if (c.span) items.push({ at: c.span.start, key: fact(c) });
    for (const n of namesByArticle.get(a.path) ?? []) {
      const k = personKey(n.text);
      if (k) items.push({ at: n.start, key: `name:${k}` });
    }
    items.sort((x, y) => x.at - y.at);
    if (items.length < options.minFacts) continue;
    const words = (a.text.slice(a.bodyStart).toLowerCase().match(WORD) ?? []);
    // Candidates come from the set of facts; the order is checked when verifying, with a
    // measure that forgives a translation swapping two neighbours (German moves dates and verbs).
    const keys = items.map((i) => i.key);
    const set = new Set(keys);
    sigs.push({ article: a, facts: minhash(set), factSeq: keys, factSet: set, words: minhash(shingles(words, 4)) });
  }

  // Locality-sensitive hashing: articles whose signatures agree on a whole band are candidates.
  const buckets = new Map<string, number[]>();
  sigs.forEach((s, idx) => {
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(s.facts.subarray(b * ROWS, (b + 1) * ROWS)).join(",")}`;
      (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(idx);
    }
  });
  const candidates = new Set<string>();
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > 50) continue; // a bucket half the corpus shares says nothing
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) candidates.add(`${list[i]}|${list[j]}`);
  }

  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const pairs: ClusterPair[] = [];
  for (const c of [...candidates].sort()) {
    const [i, j] = c.split("|").map(Number) as [number, number];
    const A = sigs[i]!;
    const B = sigs[j]!;
    if (jaccard(A.factSet, B.factSet) < options.factThreshold) continue;
    const factSimilarity = lcsRatio(A.factSeq, B.factSeq);
    if (factSimilarity < options.orderThreshold) continue;
    const sameLang = A.article.lang === B.article.lang;
    const textSimilarity = sameLang ? similarity(A.words, B.words) : null;
    if (sameLang && textSimilarity! < options.textThreshold) continue;
    const [a, b] = [A.article.path, B.article.path].sort() as [string, string];
    pairs.push({ a, b, kind: sameLang ? "copy" : "translation", factSimilarity, textSimilarity });
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const p of pairs) for (const x of [p.a, p.b]) groups.set(find(x), [...new Set([...(groups.get(find(x)) ?? []), x])]);
  const clusters = [...groups.values()].map((g) => g.sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
  pairs.sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { clusters, pairs, clusterOf: (article) => (parent.has(article) ? find(article) : article) };
}

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
  /** Estimated Jaccard similarity of fact shingles above which two articles are one story told twice. */
  factThreshold: number;
  /** Same-language articles also need this much shared wording to be copies. */
  textThreshold: number;
  /** Articles with fewer facts than this cannot be judged. */
  minFacts: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { factThreshold: 0.5, textThreshold: 0.3, minFacts: 5 };

const HASHES = 64;
const BANDS = 16;
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

  interface Sig { article: Article; facts: Uint32Array; words: Uint32Array; factCount: number }
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
    sigs.push({ article: a, facts: minhash(shingles(items.map((i) => i.key), 2)), words: minhash(shingles(words, 4)), factCount: items.length });
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
    if (list.length < 2 || list.length > 200) continue; // a bucket everybody shares says nothing
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
    const factSimilarity = similarity(A.facts, B.facts);
    if (factSimilarity < options.factThreshold) continue;
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

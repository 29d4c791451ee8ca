// Copies, translations and rewrites: articles that carry the same figures, ages, names and dates
// in the same order (in any language); in one language they must also share much of their
// wording (a copy), or else share a long run of facts, people among them (a rewrite: one agency
// story retold, a second translation of one foreign article). Candidates come
// from MinHash signatures bucketed by locality-sensitive hashing, so no two articles are
// compared unless they share a bucket; clusters are the connected candidates that verify.
import type { Article, ArticleInfo } from "../corpus/article.js";
import { MULTIPLE_DIMENSION, type Claim } from "../model/claim.js";
import type { ClaimStore, NameMention } from "../claims/store.js";
import { personKey } from "../claims/store.js";
import { compareText } from "../base/intl.js";

export interface ClusterPair {
  a: string;
  b: string;
  kind: "copy" | "translation" | "rewrite";
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
  /**
   * Same-language articles with less shared wording are rewrites when, beyond the thresholds
   * above, their facts agree this much (Jaccard) …
   */
  rewriteFactThreshold: number;
  /** … this share of the shorter article's facts is in the same order in the other … */
  rewriteOrderThreshold: number;
  /** … at least this many facts are in that common order … */
  rewriteMinFacts: number;
  /**
   * … and at least this many of the shared facts are about people (names, ages), so that two
   * reports of the same official figures and dates are not taken for one story.
   */
  rewriteMinPersonFacts: number;
  /**
   * Instead of rewriteOrderThreshold: this many people named with the same age in both
   * ("Ivan Gromov, 28" / "Ivan Gromov (28)"). Officials are quoted by everyone, but two desks
   * rarely interview the same private people, and when they give them the same ages the
   * articles tell one story, whatever each adds of its own around them.
   */
  rewriteMinAgedPeople: number;
  /**
   * An excerpt, a shortened or updated version, or a translation of part of an article: the
   * smaller article's facts are mostly found in the other (containment, not Jaccard, since the
   * other has more of its own). At least `containMinFacts` distinct facts are shared …
   */
  containMinFacts: number;
  /** … this share of the smaller article's distinct facts is in the other … */
  containThreshold: number;
  /** … this share of the shared facts comes in the same order in both … */
  containOrderThreshold: number;
  /** … in one language, this share of the shorter article's wording is in the other … */
  textContainThreshold: number;
  /** … and across languages, where wording cannot be compared, at least this many facts are shared. */
  containMinTranslatedFacts: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  factThreshold: 0.5,
  orderThreshold: 0.7,
  textThreshold: 0.3,
  minFacts: 5,
  rewriteFactThreshold: 0.6,
  rewriteOrderThreshold: 0.8,
  rewriteMinFacts: 8,
  rewriteMinPersonFacts: 2,
  rewriteMinAgedPeople: 2,
  containMinFacts: 6,
  containThreshold: 0.6,
  containOrderThreshold: 0.7,
  textContainThreshold: 0.4,
  containMinTranslatedFacts: 8,
};

/** The rule whose options set the thresholds copies are found with (docs/rules/duplicate-article.md). */
export const COPY_RULE_ID = "duplicate-article";

const share = (description: string): object => ({ type: "number", minimum: 0, maximum: 1, description });
const atLeast = (min: number, description: string): object => ({ type: "integer", minimum: min, description });

/** The JSON Schema of the options (the config's `duplicate-article:` entry). */
export const CLUSTER_OPTIONS_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    factThreshold: share("share of distinct facts two articles must share (Jaccard), every kind"),
    orderThreshold: share("share of the shorter article's facts in the same order in the other, every kind"),
    textThreshold: share("shared wording (word 4-grams) that makes a same-language pair a copy"),
    minFacts: atLeast(1, "articles with fewer distinct facts are not judged"),
    rewriteFactThreshold: share("a rewrite shares at least this share of distinct facts"),
    rewriteOrderThreshold: share("a rewrite has at least this share of the shorter article's facts in the same order"),
    rewriteMinFacts: atLeast(1, "a rewrite has at least this many facts in that common order"),
    rewriteMinPersonFacts: atLeast(0, "a rewrite shares at least this many facts about people"),
    rewriteMinAgedPeople: atLeast(1, "or, instead of rewriteOrderThreshold, names this many people with the same ages"),
    containMinFacts: atLeast(1, "an excerpt, version or partial translation shares at least this many distinct facts"),
    containThreshold: share("… and this share of the smaller article's distinct facts"),
    containOrderThreshold: share("… with this share of the shared facts in the same order"),
    textContainThreshold: share("… and, in one language, this share of the shorter article's wording (word 4-grams)"),
    containMinTranslatedFacts: atLeast(1, "… or, across languages, at least this many shared facts"),
  },
};

/**
 * The thresholds copies are found with: the defaults, and what the config sets for
 * duplicate-article (they apply even when the rule is off). Typed by shape, not by Config, so
 * that the engine needs nothing of the config module (which needs the rules, which need this).
 */
export function clusterOptionsOf(config: {
  rules: ReadonlyMap<string, { options: Record<string, unknown> }>;
}): ClusterOptions {
  return {
    ...DEFAULT_CLUSTER_OPTIONS,
    ...(config.rules.get(COPY_RULE_ID)?.options as Partial<ClusterOptions> | undefined),
  };
}

const HASHES = 128;
// 32 bands of 4 rows: articles sharing 70% of their facts (a translation or a copy) meet in a
// band with probability 1 − (1 − 0.7⁴)³² > 0.9999, half the same 0.87, a third 0.23; every
// candidate is then verified exactly, so a band only decides what gets looked at.
const BANDS = 32;
const ROWS = HASHES / BANDS;
/** Buckets larger than this are linked in linear time, not by all their pairs. */
const LARGE_BUCKET = 50;
/** Facts held by more articles than this are not counted when pairing by rare facts. */
const RARE_FACT = 20;

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

/**
 * A MinHash signature from the shingles' 32-bit hashes (repeats change nothing). One hash
 * function at a time over all shingles, its minimum in a local: a fifth faster than one shingle
 * at a time through every function (100,000 articles spent 14 s here), and the same values.
 */
function minhashOf(bases: ArrayLike<number>): Uint32Array {
  const sig = new Uint32Array(HASHES);
  const n = bases.length;
  // Four hash functions per pass over the shingles: each shingle is loaded once for four (HASHES is a multiple of 4).
  for (let i = 0; i < HASHES; i += 4) {
    const s0 = SEEDS[i]!;
    const s1 = SEEDS[i + 1]!;
    const s2 = SEEDS[i + 2]!;
    const s3 = SEEDS[i + 3]!;
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    for (let k = 0; k < n; k++) {
      const b = bases[k]!;
      const h0 = mix(b ^ s0);
      const h1 = mix(b ^ s1);
      const h2 = mix(b ^ s2);
      const h3 = mix(b ^ s3);
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
    sig[i + 2] = m2;
    sig[i + 3] = m3;
  }
  return sig;
}

/** A cheap family of hash functions: a shingle's hash xor a seed, then mixed (murmur3's finaliser). */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

function minhash(shingles: Set<string>): Uint32Array {
  return minhashOf(Array.from(shingles, (s) => hash32(s)));
}

/** The length of the longest common subsequence of two fact sequences (their first 2,000 facts). */
function lcsLength(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, 2000);
  const m = Math.min(b.length, 2000);
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

/** How many of the ids both sorted arrays hold are marked in `marked`. */
function sharedMarked(a: Int32Array, b: Int32Array, marked: ReadonlySet<number>): number {
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! === b[j]!) {
      if (marked.has(a[i]!)) both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both;
}

/** How many ids both sorted arrays hold. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! === b[j]!) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both;
}

const similarity = (a: Uint32Array, b: Uint32Array): number => {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
};

/**
 * A multiple ("twice as many as registered") is no fact of its own: it restates figures the
 * article gives, and an updated version changes it with them, so it would count a change twice.
 */
const isFact = (c: Claim): boolean => c.dimension !== MULTIPLE_DIMENSION;

/**
 * A claim as a language-independent fact: "n:300000", "age:28:year", "date:2022-09-21". A count
 * and a bare number of one value of a thousand or more are one fact: a retelling or a
 * translation drops or adds the counted noun of a headline figure ("up to one million" / "up to
 * 1 million men"). Small counts keep what they count: "3 friends" and "3 Kinder" are not one fact.
 */
function fact(c: Claim): string {
  if (c.kind === "date") return `date:${c.date}`;
  const value = c.value ?? `${c.min}-${c.max}`;
  if ((c.kind === "count" || c.kind === "number") && Math.abs(c.value ?? c.max ?? c.min ?? 0) >= 1000)
    return `n:${value}`;
  return `${c.kind}:${value}:${c.unit ?? ""}`;
}

/**
 * The hashes of every run of k items joined by U+0001, without building the joined strings:
 * FNV-1a is fed the same code units, so each equals hash32 of the joined run.
 */
function shingleHashes(items: string[], k: number): Uint32Array {
  if (items.length < k) return items.length ? Uint32Array.of(hash32(items.join("\u0001"))) : new Uint32Array(0);
  const out = new Uint32Array(items.length - k + 1);
  for (let i = 0; i + k <= items.length; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + k; w++) {
      if (w > i) h = Math.imul(h ^ 1, 0x01000193) >>> 0;
      const s = items[w]!;
      for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193) >>> 0;
    }
    out[i] = h;
  }
  return out;
}

/** The distinct values of `xs`, sorted (xs is sorted in place). */
function distinct(xs: Uint32Array): Uint32Array {
  xs.sort();
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[n - 1]) xs[n++] = xs[i]!;
  return xs.subarray(0, n);
}

/**
 * The MinHash signature of an article's wording (its body's runs of four words), followed by the
 * number of distinct runs, from which the share of the shorter text found in the longer is read.
 */
export function wordSignature(a: Pick<Article, "text" | "bodyStart">): Uint32Array {
  // Repeats change no minimum: each distinct run is hashed once, and their number is the count.
  const shingles = distinct(shingleHashes(a.text.slice(a.bodyStart).toLowerCase().match(WORD) ?? [], 4));
  const sig = new Uint32Array(HASHES + 1);
  sig.set(minhashOf(shingles));
  sig[HASHES] = shingles.length;
  return sig;
}

/**
 * The share of the shorter wording found in the longer, estimated from the Jaccard similarity
 * of the signatures and the two sizes: |A ∩ B| = J / (1 + J) · (|A| + |B|).
 */
function textContainment(a: Uint32Array, b: Uint32Array): number {
  const j = similarity(a, b);
  const na = a[HASHES] ?? 0;
  const nb = b[HASHES] ?? 0;
  if (na === 0 || nb === 0) return 0;
  return Math.min(1, ((j / (1 + j)) * (na + nb)) / Math.min(na, nb));
}

const WORD = /[\p{L}\p{N}]+/gu;

export function findClusters(
  articles: readonly ArticleInfo[],
  store: ClaimStore,
  names: readonly NameMention[],
  options: ClusterOptions,
  /** The signature of an article's wording (wordSignature), made when it was analysed. */
  wordsOf: (a: ArticleInfo) => Uint32Array,
  /** Its facts (factSignature) as the analysis kept them, when the store holds exactly its extracted claims. */
  factsOf: (a: ArticleInfo) => FactSignature | undefined = () => undefined,
): ArticleClusters {
  const { sigs, personal } = signatures(articles, store, names, options, factsOf);
  const { pairs, parent } = verify(sigs, personal, options, wordsOf);
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const groups = new Map<string, Set<string>>();
  for (const p of pairs)
    for (const x of [p.a, p.b]) (groups.get(find(x)) ?? groups.set(find(x), new Set()).get(find(x))!).add(x);
  const clusters = [...groups.values()].map((g) => [...g].sort()).sort((x, y) => compareText(x[0]!, y[0]!));
  pairs.sort((x, y) => compareText(x.a, y.a) || compareText(x.b, y.b));
  return { clusters, pairs, clusterOf: (article) => (parent.has(article) ? find(article) : article) };
}

// The wording's signature is only needed for candidates in one language, so it is made lazily.
// Facts are compared as small integers (one per distinct fact string in the run): exact, and
// far cheaper than comparing strings in the pairs' Jaccard and LCS.
interface Sig {
  article: ArticleInfo;
  facts: Uint32Array;
  /** The facts in the order of their mentions. */
  factSeq: Int32Array;
  /** The distinct facts in the order of their first mention. */
  firstSeq: Int32Array;
  factSet: Int32Array;
  /** People named with an age ("gromov:28"), as sorted ids. */
  agedPeople: Int32Array;
  words: Uint32Array | null;
}

/** `f` remembering what it gave for each argument (for a run's worth of calls). */
function remembered<R>(f: (x: string) => R): (x: string) => R {
  const seen = new Map<string, R>();
  return (x) => {
    if (seen.has(x)) return seen.get(x)!;
    const r = f(x);
    seen.set(x, r);
    return r;
  };
}

/**
 * An article's facts for copy detection, made from its own claims and names alone, so that they
 * are kept with its analysis (claims/cache.ts) and a re-check makes them only for what changed.
 */
export interface FactSignature {
  /** The facts in the order of their mentions ("n:300000", "name:gromov"). */
  keys: string[];
  /** People named with an age ("aged:gromov:28"). */
  aged: string[];
  /** The MinHash signature of the distinct facts. */
  sig: Uint32Array;
}

/** The article's facts (its claims and name mentions), as copy detection reads them (a change here bumps FACT_SIGNATURE_VERSION in claims/cache.ts). */
export function factSignature(
  claims: readonly Claim[],
  names: readonly NameMention[],
  personKeyOf: (name: string) => string | null = personKey,
): FactSignature {
  const items: Array<{ at: number; key: string }> = [];
  const aged = new Set<string>();
  for (const c of claims) {
    if (!c.span || !isFact(c)) continue;
    items.push({ at: c.span.start, key: fact(c) });
    const person = c.kind === "age" && c.entity ? personKeyOf(c.entity) : null;
    if (person) aged.add(`aged:${person}:${c.value}`);
  }
  for (const n of names) {
    // A single word (a place written with accents, for the name rule) is no fact of a story.
    if (!/\s/u.test(n.text)) continue;
    const k = personKeyOf(n.text);
    if (k) items.push({ at: n.start, key: `name:${k}` });
  }
  items.sort((x, y) => x.at - y.at);
  const keys = items.map((i) => i.key);
  return { keys, aged: [...aged], sig: minhash(new Set(keys)) };
}

/** `personKey` remembering its answers for a run: the same people are named in thousands of articles. */
export const rememberedPersonKey = (): ((name: string) => string | null) => remembered(personKey);

function signatures(
  articles: readonly ArticleInfo[],
  store: ClaimStore,
  names: readonly NameMention[],
  options: ClusterOptions,
  kept: (a: ArticleInfo) => FactSignature | undefined,
): { sigs: Sig[]; personal: Set<number> } {
  let namesByArticle: Map<string, NameMention[]> | undefined;
  const namesOf = (path: string): NameMention[] => {
    if (!namesByArticle) {
      const m = new Map<string, NameMention[]>();
      for (const n of names) (m.get(n.article) ?? m.set(n.article, []).get(n.article)!).push(n);
      namesByArticle = m;
    }
    return namesByArticle.get(path) ?? [];
  };
  const sigs: Sig[] = [];
  const ids = new Map<string, number>();
  // Facts about people (a name, an age) rather than figures anyone may quote.
  const personal = new Set<number>();
  const personKeyOf = rememberedPersonKey();
  const idOf = (k: string): number => {
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
      if (k.startsWith("name:") || k.startsWith("age:")) personal.add(id);
    }
    return id;
  };
  const mark: number[] = [];
  articles.forEach((a, k) => {
    const f = kept(a) ?? factSignature(store.byArticle(a.path), namesOf(a.path), personKeyOf);
    // Candidates come from the set of facts; the order is checked when verifying, with a
    // measure that forgives a translation swapping two neighbours (German moves dates and verbs).
    // The order is read on every mention and on first mentions (see verify).
    const { seq, firsts } = idsOf(f.keys, k, mark, idOf);
    if (firsts.length < options.minFacts) return;
    const aged = new Int32Array(f.aged.length);
    for (let i = 0; i < aged.length; i++) aged[i] = idOf(f.aged[i]!);
    sigs.push({
      article: a,
      facts: f.sig,
      factSeq: seq,
      firstSeq: firsts,
      factSet: firsts.slice().sort(),
      agedPeople: aged.sort(),
      words: null,
    });
  });
  return { sigs, personal };
}

/**
 * The ids of the `k`th article's facts in the order of their mentions, and the distinct ones in
 * the order of their first mention. `mark` holds, for each id, the last article whose facts held
 * it (k), then that its first mention was taken (-1 - k): no set per article.
 */
function idsOf(
  keys: readonly string[],
  k: number,
  mark: number[],
  idOf: (key: string) => number,
): { seq: Int32Array; firsts: Int32Array } {
  const seq = new Int32Array(keys.length);
  let distinct = 0;
  for (let i = 0; i < seq.length; i++) {
    const id = idOf(keys[i]!);
    seq[i] = id;
    if (mark[id] !== k) {
      mark[id] = k;
      distinct++;
    }
  }
  const firsts = new Int32Array(distinct);
  for (let i = 0, j = 0; i < seq.length; i++)
    if (mark[seq[i]!] === k) {
      mark[seq[i]!] = -1 - k;
      firsts[j++] = seq[i]!;
    }
  return { seq, firsts };
}

/** Candidate pairs, gathered as numbers i·n + j (exact in a double up to 94 million articles) in a growing typed array. */
class Candidates {
  private pending = new Float64Array(1024);
  private count = 0;
  constructor(private readonly n: number) {}

  add(i: number, j: number): void {
    if (this.count === this.pending.length) this.compact();
    this.pending[this.count++] = i * this.n + j;
  }

  /**
   * Sorts the pairs gathered and drops repeats; grows the array only when they fill half of it.
   * A pair of copies meets in most of the 32 bands: at 10,000 articles 3.1 million candidates were
   * 102,000 pairs, and at 100,000 the array of repeats took 270 MB and seconds to sort.
   */
  private compact(): void {
    const sorted = this.pending.subarray(0, this.count).sort();
    let kept = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[kept - 1]) sorted[kept++] = sorted[k]!;
    this.count = kept;
    if (kept * 2 > this.pending.length) {
      const bigger = new Float64Array(this.pending.length * 2);
      bigger.set(this.pending.subarray(0, kept));
      this.pending = bigger;
    }
  }

  /** Every pair once, in order, as [i, j]. */
  *pairs(): Generator<[number, number]> {
    const sorted = this.pending.subarray(0, this.count).sort();
    for (let k = 0; k < sorted.length; k++) {
      const c = sorted[k]!;
      if (k > 0 && c === sorted[k - 1]) continue;
      const i = Math.floor(c / this.n);
      yield [i, c - i * this.n];
    }
  }
}

/**
 * Locality-sensitive hashing: articles whose signatures agree on a whole band are candidates. A
 * band's key is its number and its rows' values as 16-bit halves: one short string, no joins.
 */
function candidatesByBands(sigs: readonly Sig[], out: Candidates): void {
  const buckets = new Map<string, number[]>();
  const codes = new Array<number>(1 + 2 * ROWS);
  sigs.forEach((s, idx) => {
    for (let b = 0; b < BANDS; b++) {
      codes[0] = b;
      for (let r = 0; r < ROWS; r++) {
        const v = s.facts[b * ROWS + r]!;
        codes[1 + 2 * r] = v >>> 16;
        codes[2 + 2 * r] = v & 0xffff;
      }
      const key = String.fromCharCode(...codes);
      (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(idx);
    }
  });
  // Copies of one text share every band: a bucket of the same members as one seen in another
  // band gives the same candidates again, and is skipped (lists keyed by a hash of their members).
  const seen = new Map<number, number[][]>();
  const sameMembers = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, k) => x === b[k]);
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    let h = 0x811c9dc5;
    for (const x of list) h = Math.imul(h ^ x, 0x01000193);
    const lists = seen.get(h) ?? seen.set(h, []).get(h)!;
    if (lists.some((l) => sameMembers(l, list))) continue;
    lists.push(list);
    if (list.length <= LARGE_BUCKET) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.add(list[i]!, list[j]!);
      continue;
    }
    // A large bucket is a story many outlets ran (syndication: 200 papers printing one wire
    // story) or facts half the corpus shares: its members are compared with its first member and
    // with their neighbour in it, 2n candidates instead of n²/2. Copies of one text all verify
    // against the first and join one cluster; the neighbours link what the first does not.
    for (let k = 1; k < list.length; k++) {
      out.add(list[0]!, list[k]!);
      if (k > 1) out.add(list[k - 1]!, list[k]!);
    }
  }
}

/**
 * Facts few articles share: pairs of articles that share several of them are candidates too. An
 * excerpt or an updated version holds most of the smaller article's facts, but the other's own
 * facts keep their Jaccard, and so their chance of meeting in a band, low. A fact shared by many
 * articles says little and would cost many pairs, so only rare facts are counted.
 */
function candidatesByRareFacts(sigs: readonly Sig[], minShared: number, out: Candidates): void {
  const n = sigs.length;
  const byFact = new Map<number, number[]>();
  sigs.forEach((s, idx) => {
    for (const f of s.factSet) (byFact.get(f) ?? byFact.set(f, []).get(f)!).push(idx);
  });
  const sharedRare = new Map<number, number>();
  for (const list of byFact.values()) {
    if (list.length < 2 || list.length > RARE_FACT) continue;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const code = list[i]! * n + list[j]!;
        sharedRare.set(code, (sharedRare.get(code) ?? 0) + 1);
      }
  }
  for (const [code, shared] of sharedRare) if (shared >= minShared) out.add(Math.floor(code / n), code % n);
}

/** Candidates from the signatures' bands and rare facts, verified; the union-find parents of what verified. */
function verify(
  sigs: Sig[],
  personal: ReadonlySet<number>,
  options: ClusterOptions,
  wordsOfArticle: (a: ArticleInfo) => Uint32Array,
): { pairs: ClusterPair[]; parent: Map<string, string> } {
  const candidates = new Candidates(sigs.length);
  candidatesByBands(sigs, candidates);
  candidatesByRareFacts(sigs, options.containMinFacts, candidates);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const pairs: ClusterPair[] = [];
  // Pairs in one language first: a cluster's pairs then say which article copies which ("the
  // Herald copies the wire") before which translates which, when both would join it.
  const sameLang = (p: readonly [number, number]): number =>
    sigs[p[0]]!.article.lang === sigs[p[1]]!.article.lang ? 0 : 1;
  const ordered = [...candidates.pairs()].sort((x, y) => sameLang(x) - sameLang(y));
  for (const [i, j] of ordered) {
    // Two articles already in one cluster are not judged again: the pairs are a spanning forest
    // of the clusters (a cluster of n articles has n − 1 pairs), so 40 outlets printing one wire
    // story give 39 pairs, not 780, and the clusters are the same.
    if (find(sigs[i]!.article.path) === find(sigs[j]!.article.path)) continue;
    const pair = judgePair(sigs[i]!, sigs[j]!, personal, options, wordsOfArticle);
    if (!pair) continue;
    pairs.push(pair);
    const ra = find(pair.a);
    const rb = find(pair.b);
    // The root that sorts first stays the root (paths compared as text).
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  }
  return { pairs, parent };
}

/** The share of two fact sequences in the same order: their common subsequence, over the shorter. */
function inOrder(x: Int32Array, y: Int32Array): { common: number; share: number } {
  const n = lcsLength(x, y);
  return { common: n, share: n / Math.max(1, Math.min(x.length, y.length, 2000)) };
}

/** Whether two articles are one story (a copy, a translation, a rewrite, or one holding the other), and how. */
function judgePair(
  A: Sig,
  B: Sig,
  personal: ReadonlySet<number>,
  options: ClusterOptions,
  wordsOfArticle: (a: ArticleInfo) => Uint32Array,
): ClusterPair | null {
  const wordsOf = (s: Sig): Uint32Array => {
    s.words ??= wordsOfArticle(s.article);
    return s.words;
  };
  const shared = sharedCount(A.factSet, B.factSet);
  const factJaccard = shared / (A.factSet.length + B.factSet.length - shared || 1);
  const containment = shared / Math.max(1, Math.min(A.factSet.length, B.factSet.length));
  const contained = shared >= options.containMinFacts && containment >= options.containThreshold;
  if (factJaccard < options.factThreshold && !contained) return null;
  // The share in the same order, read on every mention and on first mentions, the better of
  // the two: repeats count where both articles repeat alike (a copy), first mentions where
  // one names a person again and the other says "he" (a translation, a retelling).
  const byMention = inOrder(A.factSeq, B.factSeq);
  const byFirst = inOrder(A.firstSeq, B.firstSeq);
  const { common, share: factSimilarity } = byFirst.share > byMention.share ? byFirst : byMention;
  const sameLang = A.article.lang === B.article.lang;
  const whole = factJaccard >= options.factThreshold && factSimilarity >= options.orderThreshold;
  const part = contained && byFirst.common / shared >= options.containOrderThreshold;
  if (!whole && !part) return null;
  const textSimilarity = sameLang ? similarity(wordsOf(A), wordsOf(B)) : null;
  let kind: ClusterPair["kind"] = sameLang ? "copy" : "translation";
  if (!whole) {
    // Part of one in the other: an excerpt or a version in one language shares the wording
    // of what it keeps; a translated part shares more facts than a whole translation must.
    const partOf = sameLang
      ? textContainment(wordsOf(A), wordsOf(B)) >= options.textContainThreshold
      : shared >= options.containMinTranslatedFacts;
    if (!partOf) return null;
  } else if (
    sameLang &&
    textSimilarity! < options.textThreshold &&
    textContainment(wordsOf(A), wordsOf(B)) < options.textContainThreshold
  ) {
    // Different wording: one story only when the facts agree far more closely than a
    // translation must, over a long run, with people in it.
    const rewrite =
      factJaccard >= options.rewriteFactThreshold &&
      common >= options.rewriteMinFacts &&
      sharedMarked(A.factSet, B.factSet, personal) >= options.rewriteMinPersonFacts &&
      (factSimilarity >= options.rewriteOrderThreshold ||
        sharedCount(A.agedPeople, B.agedPeople) >= options.rewriteMinAgedPeople);
    if (!rewrite) return null;
    kind = "rewrite";
  }
  const [a, b] = [A.article.path, B.article.path].sort() as [string, string];
  return { a, b, kind, factSimilarity, textSimilarity };
}

// The analyse stage: everything the later stages need from an article's text, so that none of
// them needs the text again. An article's analysis is its claims, the names it mentions, where
// each claim stands in its sentence (the reports' quotes), the signature of its wording (copy
// detection), and what was read from it besides its text (ArticleInfo). It is cached by the
// text's hash (claims/cache.ts ExtractCache); what is not cached is extracted across all cores.
import type { Article, ArticleInfo } from "../../corpus/article.js";
import type { InputError } from "../../base/diagnostic.js";
import type { Claim, ClaimPeriod, ClaimScope, FrameKey } from "../../model/claim.js";
import type { NameMention } from "../../claims/store.js";
import {
  EXTRACTED_KEYS,
  fitsText,
  keysAre,
  SPAN_KEYS,
  type Analysis,
  type CacheKey,
  type ExtractCache,
} from "../../claims/cache.js";
import { analyse } from "../../extract/extract.js";
import { analyseAll } from "../../extract/parallel.js";
import { factSignature, rememberedPersonKey, wordSignature, type FactSignature } from "../../rules/clusters.js";
import { planQuotes, type QuotePlan } from "../../report/quote.js";
import { count, plural } from "../../report/words.js";
import type { Chunk } from "./read.js";
import type { Run } from "./run.js";

export interface AnalysedArticle {
  /** The article without its text. */
  article: ArticleInfo;
  claims: Claim[];
  names: NameMention[];
  /** Each extracted claim's place in its sentence (or its quote's pieces), by claim id. */
  quotes: Map<string, QuotePlan>;
  /** The MinHash signature of the article's wording (rules/clusters.ts wordSignature). */
  words: Uint32Array;
  /** Its facts for copy detection (rules/clusters.ts factSignature). */
  facts: FactSignature;
}

const keyOf = (a: Article): CacheKey => ({ path: a.path, hash: a.hash, lang: a.lang, date: a.date });
const inputOf = (a: Article): Parameters<typeof analyse>[0] => ({
  path: a.path,
  text: a.text,
  lang: a.lang,
  date: a.date,
  bodyStart: a.bodyStart,
});

/** The cached analysis of `a`, when there is one and it fits its text (spans inside it, holding the claims' words). */
function cached(a: Article, cache: ExtractCache | null): Analysis | undefined {
  const got = cache?.getAnalysis(keyOf(a));
  if (got === undefined || fitsText(got, a.text)) return got;
  cache!.refuse(keyOf(a));
  return undefined;
}

/**
 * One copy of each short string the claims of a run repeat: claims come from worker threads or
 * cache files, each with its own copy of every string, and at 100,000 articles a million claims
 * each held their own "count", "person", "deaths", place keys, periods and sources.
 */
export class Strings {
  private readonly seen = new Map<string, string>();
  /** Strings longer than this are rarely repeated across articles (sentences are kept once per article instead). */
  private static readonly MAX_LENGTH = 64;
  one = <S extends string | null>(s: S): S => {
    if (s === null || s.length > Strings.MAX_LENGTH) return s;
    const known = this.seen.get(s);
    if (known !== undefined) return known as S;
    this.seen.set(s, s);
    return s;
  };
}

/**
 * One copy of each scope, period and list of inferred keys the claims of a run repeat, frozen
 * (nothing downstream changes a claim's parts; a change would throw instead of reaching every
 * claim that shares them). At 100,000 articles these were about 250 of a claim's 520 bytes,
 * and most claims of a story share them.
 */
export class Parts {
  private readonly scopes = new Map<string, ClaimScope>();
  private readonly periods = new Map<string, ClaimPeriod>();
  private readonly inferreds = new Map<string, FrameKey[]>();
  readonly strings = new Strings();
  /** People's keys for the fact signatures, once a run per name. */
  readonly personKeyOf = rememberedPersonKey();

  scope(s: ClaimScope | null): ClaimScope | null {
    if (s === null) return null;
    let k = s.population ?? "\u0001";
    for (const p of s.places) k += `\u0000${p.name}\u0000${p.key}\u0000${p.role}`;
    // The places of the count a figure is some of, where it has them ("four of them in the capital").
    if (s.within) k += `\u0002${s.within.map((p) => `${p.name}\u0000${p.key}\u0000${p.role}`).join("\u0000")}`;
    return once(this.scopes, k, s, (x) => {
      const one = this.strings.one;
      x.population = one(x.population);
      for (const p of [...x.places, ...(x.within ?? [])]) {
        p.name = one(p.name);
        p.key = one(p.key);
        p.role = one(p.role);
        Object.freeze(p);
      }
      Object.freeze(x.places);
      if (x.within) Object.freeze(x.within);
    });
  }

  period(p: ClaimPeriod | null): ClaimPeriod | null {
    if (p === null) return null;
    const k = `${p.start}\u0000${p.end}\u0000${p.unresolved}\u0000${p.text}`;
    return once(this.periods, k, p, (x) => {
      const one = this.strings.one;
      x.start = one(x.start);
      x.end = one(x.end);
      x.unresolved = one(x.unresolved);
      x.text = one(x.text);
    });
  }

  inferred(keys: FrameKey[]): FrameKey[] {
    return once(this.inferreds, keys.join("\u0000"), keys, () => undefined);
  }
}

/** The kept copy of what `k` names, else `x` made the kept one (`share` first shares its insides). */
function once<T extends object>(kept: Map<string, T>, k: string, x: T, share: (x: T) => void): T {
  const known = kept.get(k);
  if (known !== undefined) return known;
  share(x);
  kept.set(k, Object.freeze(x));
  return x;
}

/** Shares the claim's short strings and its parts through `parts` (the values stay the same). */
function shareStrings(c: Claim, parts: Parts): void {
  const one = parts.strings.one;
  c.kind = one(c.kind);
  c.qualifier = one(c.qualifier);
  c.unit = one(c.unit);
  c.unitText = one(c.unitText);
  c.dimension = one(c.dimension);
  c.noun = one(c.noun);
  c.measure = one(c.measure);
  c.entity = one(c.entity);
  c.source = one(c.source);
  c.asOf = one(c.asOf);
  c.date = one(c.date);
  c.text = one(c.text);
  c.lang = one(c.lang);
  c.scope = parts.scope(c.scope);
  c.period = parts.period(c.period);
  c.inferred = parts.inferred(c.inferred);
}

/**
 * The claim as one object literal, the same keys in the same order: a claim cloned from a worker
 * or parsed from the cache gets its fields one by one, most of them in a second block (about 190
 * bytes a claim with its span; 100 as a literal), and at 100,000 articles there are a million
 * claims. A claim of another shape is kept as it is.
 */
export function compactClaim(c: Claim): Claim {
  const sp = c.span;
  if (!keysAre(c, EXTRACTED_KEYS) || (sp !== null && !keysAre(sp, SPAN_KEYS))) return c;
  return {
    id: c.id,
    article: c.article,
    kind: c.kind,
    value: c.value,
    min: c.min,
    max: c.max,
    qualifier: c.qualifier,
    unit: c.unit,
    unitText: c.unitText,
    dimension: c.dimension,
    noun: c.noun,
    measure: c.measure,
    scope: c.scope,
    period: c.period,
    entity: c.entity,
    source: c.source,
    inferred: c.inferred,
    revision: c.revision,
    asOf: c.asOf,
    date: c.date,
    text: c.text,
    span: sp === null ? null : { start: sp.start, end: sp.end, line: sp.line, column: sp.column },
    sentence: c.sentence,
    lang: c.lang,
  };
}

/**
 * The article's analysis from its claims and names: the quotes planned and the signature made
 * while the text is at hand. The article's path and a sentence stating several figures are stored
 * once (a sixth of the claims' memory at 10,000 articles), and the short strings once a run.
 */
function finish(a: Article, got: Analysis, fresh: boolean, cache: ExtractCache | null, parts: Parts): AnalysedArticle {
  const sentences = new Map<string, string>();
  // A cached analysis's claims were made as literals when read (cache.ts decodeRecord).
  const claims = fresh ? got.claims.map(compactClaim) : got.claims;
  for (const c of claims) {
    if (c.article === a.path) c.article = a.path;
    if (c.sentence !== null) {
      const s = sentences.get(c.sentence);
      if (s === undefined) sentences.set(c.sentence, c.sentence);
      else c.sentence = s;
    }
    shareStrings(c, parts);
  }
  for (const n of got.names) {
    if (n.article === a.path) n.article = a.path;
    n.text = parts.strings.one(n.text);
  }
  const words = got.words ?? wordSignature(a);
  const facts = got.facts ?? factSignature(claims, got.names, parts.personKeyOf);
  facts.keys = facts.keys.map(parts.strings.one);
  if (fresh || !got.words || !got.facts) cache?.setAnalysis(keyOf(a), { claims, names: got.names, words, facts });
  const quotes = new Map<string, QuotePlan>();
  planQuotes(new Map([[a.path, a]]), claims, quotes);
  const { text: _text, ...article } = a;
  return { article, claims, names: got.names, quotes, words, facts };
}

/** One article's analysis, in this thread. */
export function analyseArticle(a: Article, cache: ExtractCache | null = null, parts = new Parts()): AnalysedArticle {
  const got = cached(a, cache);
  return finish(a, got ?? analyse(inputOf(a)), !got, cache, parts);
}

/** A chunk's analysis under way: what the cache had, and the rest being extracted across all cores. */
interface Started {
  articles: readonly Article[];
  got: Array<Analysis | undefined>;
  /** The indexes of the articles being extracted. */
  missing: number[];
  fresh: Promise<Analysis[]>;
}

function start(
  articles: readonly Article[],
  cache: ExtractCache | null,
  onProgress?: (n: number) => void,
  threads?: number,
): Started {
  const got = articles.map((a) => cached(a, cache));
  const missing = got.flatMap((g, i) => (g ? [] : [i]));
  const hits = articles.length - missing.length;
  const fresh = analyseAll(
    missing.map((i) => inputOf(articles[i]!)),
    (n) => onProgress?.(hits + n),
    threads,
  );
  return { articles, got, missing, fresh };
}

/** Articles finished between two turns of the event loop, so that worker threads extracting meanwhile are handed their next batch. */
const FINISH_SLICE = 500;

/** The started chunk's analyses once extracted, finished in this thread in slices. */
async function finishStarted(s: Started, cache: ExtractCache | null, parts: Parts): Promise<AnalysedArticle[]> {
  const fresh: Array<Analysis | undefined> = await s.fresh;
  s.missing.forEach((i, k) => {
    s.got[i] = fresh[k];
    fresh[k] = undefined;
  });
  const isFresh = new Set(s.missing);
  const out: AnalysedArticle[] = [];
  for (let i = 0; i < s.articles.length; i++) {
    if (i > 0 && i % FINISH_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(finish(s.articles[i]!, s.got[i]!, isFresh.has(i), cache, parts));
    // The analysis as it came (its claims before compactClaim) is let go at once, not with the
    // whole chunk: a chunk's claims were otherwise held twice at its end, where the peak was.
    s.got[i] = undefined;
  }
  return out;
}

/** Every article's analysis, in order: from the cache where it can, the rest across all cores. */
export async function analyseArticles(
  articles: readonly Article[],
  cache: ExtractCache | null,
  onProgress?: (n: number) => void,
  threads?: number,
  parts = new Parts(),
): Promise<AnalysedArticle[]> {
  const out = await finishStarted(start(articles, cache, onProgress, threads), cache, parts);
  cache?.save();
  return out;
}

/** A warning when records of the analysis cache were found damaged (a crash mid-write, an edit): their articles were analysed again. */
export function cacheWarnings(cache: ExtractCache | null): InputError[] {
  const n = cache?.damaged ?? 0;
  if (n === 0) return [];
  const them = n === 1 ? ["was", "its article was", "it"] : ["were", "their articles were", "them"];
  return [
    {
      file: cache!.file,
      line: 0,
      column: 0,
      message: `${plural(n, "record", count(n))} of the analysis cache ${them[0]} damaged (torn by a crash while written, or edited) and not used: ${them[1]} analysed again, and the file rewritten without ${them[2]}`,
    },
  ];
}

/** The analysed corpus: everything the stages after analysis read, and no text. */
export interface Corpus {
  articles: ArticleInfo[];
  /** The extracted claims, article by article. */
  claims: Claim[];
  names: NameMention[];
  quotes: Map<string, QuotePlan>;
  words: Map<ArticleInfo, Uint32Array>;
  /** Each article's facts for copy detection, made from its extracted claims (rules/clusters.ts factSignature). */
  facts: Map<ArticleInfo, FactSignature>;
}

function add(corpus: Corpus, analysed: readonly AnalysedArticle[]): void {
  for (const a of analysed) {
    corpus.articles.push(a.article);
    for (const c of a.claims) corpus.claims.push(c);
    for (const n of a.names) corpus.names.push(n);
    for (const [id, q] of a.quotes) corpus.quotes.set(id, q);
    corpus.words.set(a.article, a.words);
    corpus.facts.set(a.article, a.facts);
  }
}

/**
 * Analyses the chunks as they are read; `total` is the number of files, for the progress display.
 * A chunk is finished here (word signatures, quotes, cache entries: 25 s of this thread at
 * 100,000 articles) while the next one is read and extracted in the worker threads.
 */
export async function analyseCorpus(
  run: Run,
  chunks: Iterable<Chunk>,
  total: number,
  cache: ExtractCache | null,
): Promise<Corpus> {
  const corpus: Corpus = { articles: [], claims: [], names: [], quotes: new Map(), words: new Map(), facts: new Map() };
  const parts = new Parts();
  const { progress } = run;
  const so = (claims: number, articles: number): string =>
    `Extracted ${plural(claims, "claim", count(claims))} from ${plural(articles, "article", count(articles))}`;
  const t = performance.now();
  const readBefore = run.times.read;
  let begun = 0;
  const begin = (chunk: Chunk): Started => {
    const done = begun;
    begun += chunk.articles.length;
    progress.start("Extracting claims");
    const onProgress = (n: number): void =>
      progress.update(`Extracting claims: ${count(done + n)} of ${count(total)} articles`);
    return start(chunk.articles, cache, onProgress, run.o.threads);
  };
  const reading = chunks[Symbol.iterator]();
  let next = reading.next();
  let started = next.done ? null : begin(next.value);
  while (started !== null) {
    const current = started;
    const fresh = await current.fresh;
    // Said before the next chunk is read, as the chunks come: finishing changes no count.
    if (!next.done && !next.value.last) {
      let claims = corpus.claims.length + fresh.reduce((n, a) => n + a.claims.length, 0);
      for (const g of current.got) claims += g?.claims.length ?? 0;
      progress.done(`${so(claims, corpus.articles.length + current.articles.length)} so far`);
    }
    next = reading.next();
    started = next.done ? null : begin(next.value);
    add(corpus, await finishStarted(current, cache, parts));
    cache?.flush();
  }
  cache?.save();
  // The extract stage's time is this wall time but for the reading done meanwhile.
  run.times.extract += performance.now() - t - (run.times.read - readBefore);
  progress.done(so(corpus.claims.length, corpus.articles.length));
  return corpus;
}

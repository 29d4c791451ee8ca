// The analyse stage: everything the later stages need from an article's text, so that none of
// them needs the text again. An article's analysis is its claims, the names it mentions, where
// each claim stands in its sentence (the reports' quotes), the signature of its wording (copy
// detection), and what was read from it besides its text (ArticleInfo). It is cached by the
// text's hash (claims/cache.ts ExtractCache); what is not cached is extracted across all cores.
import type { Article, ArticleInfo } from "../../corpus/article.js";
import type { Claim } from "../../model/claim.js";
import type { NameMention } from "../../claims/store.js";
import { fitsText, type Analysis, type CacheKey, type ExtractCache } from "../../claims/cache.js";
import { analyse } from "../../extract/extract.js";
import { analyseAll } from "../../extract/parallel.js";
import { wordSignature } from "../../rules/clusters.js";
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
  return got && fitsText(got, a.text) ? got : undefined;
}

/**
 * The article's analysis from its claims and names: the quotes planned and the signature made
 * while the text is at hand. Claims come from worker threads or cache files, each with its own
 * copy of every string: the article's path and a sentence stating several figures are stored once
 * (a sixth of the claims' memory at 10,000 articles).
 */
function finish(a: Article, got: Analysis, fresh: boolean, cache: ExtractCache | null): AnalysedArticle {
  const sentences = new Map<string, string>();
  for (const c of got.claims) {
    if (c.article === a.path) c.article = a.path;
    if (c.sentence !== null) {
      const s = sentences.get(c.sentence);
      if (s === undefined) sentences.set(c.sentence, c.sentence);
      else c.sentence = s;
    }
  }
  for (const n of got.names) if (n.article === a.path) n.article = a.path;
  const words = got.words ?? wordSignature(a);
  if (fresh || !got.words) cache?.setAnalysis(keyOf(a), { claims: got.claims, names: got.names, words });
  const quotes = new Map<string, QuotePlan>();
  planQuotes(new Map([[a.path, a]]), got.claims, quotes);
  const { text: _text, ...article } = a;
  return { article, claims: got.claims, names: got.names, quotes, words };
}

/** One article's analysis, in this thread. */
export function analyseArticle(a: Article, cache: ExtractCache | null = null): AnalysedArticle {
  const got = cached(a, cache);
  return finish(a, got ?? analyse(inputOf(a)), !got, cache);
}

/** Every article's analysis, in order: from the cache where it can, the rest across all cores. */
export async function analyseArticles(
  articles: readonly Article[],
  cache: ExtractCache | null,
  onProgress?: (n: number) => void,
  threads?: number,
): Promise<AnalysedArticle[]> {
  const got = articles.map((a) => cached(a, cache));
  const missing = got.flatMap((g, i) => (g ? [] : [i]));
  const hits = articles.length - missing.length;
  const fresh = await analyseAll(
    missing.map((i) => inputOf(articles[i]!)),
    (n) => onProgress?.(hits + n),
    threads,
  );
  const isFresh = new Set(missing);
  missing.forEach((i, k) => {
    got[i] = fresh[k];
  });
  return articles.map((a, i) => finish(a, got[i]!, isFresh.has(i), cache));
}

/** The analysed corpus: everything the stages after analysis read, and no text. */
export interface Corpus {
  articles: ArticleInfo[];
  /** The extracted claims, article by article. */
  claims: Claim[];
  names: NameMention[];
  quotes: Map<string, QuotePlan>;
  words: Map<ArticleInfo, Uint32Array>;
}

function add(corpus: Corpus, analysed: readonly AnalysedArticle[]): void {
  for (const a of analysed) {
    corpus.articles.push(a.article);
    for (const c of a.claims) corpus.claims.push(c);
    for (const n of a.names) corpus.names.push(n);
    for (const [id, q] of a.quotes) corpus.quotes.set(id, q);
    corpus.words.set(a.article, a.words);
  }
}

/** Analyses the chunks as they are read; `total` is the number of files, for the progress display. */
export async function analyseCorpus(
  run: Run,
  chunks: Iterable<Chunk>,
  total: number,
  cache: ExtractCache | null,
): Promise<Corpus> {
  const corpus: Corpus = { articles: [], claims: [], names: [], quotes: new Map(), words: new Map() };
  const { progress } = run;
  const so = (claims: number, articles: number): string =>
    `Extracted ${plural(claims, "claim", count(claims))} from ${plural(articles, "article", count(articles))}`;
  for (const chunk of chunks) {
    const t = performance.now();
    const done = corpus.articles.length;
    progress.start("Extracting claims");
    const onProgress = (n: number): void =>
      progress.update(`Extracting claims: ${count(done + n)} of ${count(total)} articles`);
    add(corpus, await analyseArticles(chunk.articles, cache, onProgress, run.o.threads));
    run.times.extract += performance.now() - t;
    if (!chunk.last) progress.done(`${so(corpus.claims.length, corpus.articles.length)} so far`);
  }
  progress.done(so(corpus.claims.length, corpus.articles.length));
  return corpus;
}

// The statistics that make a corpus hard or easy for extraction, measured the same way on the
// bench's generated corpus and on any folder of real articles (`node dist/bench/statistics.js
// DIR…`), so that the two can be put side by side. Counts only, never text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { articleFromText } from "../src/corpus/article.js";
import { analyse } from "../src/extract/extract.js";
import { fullNames } from "../src/extract/frame.js";
import { getLexicon } from "../src/language/lexicon.js";
import { canStartAt, hasFigure } from "../src/extract/parse-phrases.js";
import { tag } from "../src/extract/tagger.js";

export interface CorpusDoc {
  text: string;
  lang: string;
  bodyStart: number;
}

export interface CorpusStatistics {
  articles: number;
  kb: number;
  /** Share of the body text in each language, by characters. */
  langShare: Record<string, number>;
  /** Per KB of body text. */
  claims: number;
  sentences: number;
  figureSentences: number;
  names: number;
  /** Tokens where nearley is started (a category that can begin a phrase), in figure sentences. */
  phraseStarts: number;
  /** Tokens the tagger tags when it skips sentences that can hold no figure and no name. */
  taggedTokens: number;
  /** Share of all tokens that get tagged. */
  taggedShare: number;
  /** Mean characters in a sentence. */
  sentenceChars: number;
  /** Share of claims of each kind. */
  kinds: Record<string, number>;
}

/** Measures a corpus; `text` is the whole file, `bodyStart` where its front matter ends. */
export function corpusStatistics(docs: Iterable<CorpusDoc>): CorpusStatistics {
  let articles = 0,
    chars = 0,
    claims = 0,
    sentences = 0,
    figureSentences = 0,
    names = 0,
    starts = 0,
    tagged = 0,
    allTokens = 0,
    sentenceChars = 0;
  const langChars: Record<string, number> = {};
  const kinds: Record<string, number> = {};
  for (const d of docs) {
    articles++;
    const body = d.text.slice(d.bodyStart);
    chars += body.length;
    langChars[d.lang] = (langChars[d.lang] ?? 0) + body.length;
    const lexicon = getLexicon(d.lang);
    const t = tag(body, lexicon, "figures");
    tagged += t.tokens.length;
    allTokens += tag(body, lexicon, "all").tokens.length;
    sentences += t.sentences.length;
    names += fullNames(t, lexicon).length;
    for (const s of t.sentences) {
      sentenceChars += s.end - s.start;
      if (!hasFigure(t.tokens, s)) continue;
      figureSentences++;
      for (let i = s.first; i < s.last; i++) if (canStartAt(t.tokens, i, s.last)) starts++;
    }
    for (const c of analyse({ path: "x", text: d.text, lang: d.lang, bodyStart: d.bodyStart }).claims) {
      claims++;
      kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    }
  }
  const kb = chars / 1024;
  const per = (n: number): number => n / (kb || 1);
  const share = (r: Record<string, number>, total: number): Record<string, number> =>
    Object.fromEntries(
      Object.entries(r)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, v / (total || 1)]),
    );
  return {
    articles,
    kb,
    langShare: share(langChars, chars),
    claims: per(claims),
    sentences: per(sentences),
    figureSentences: per(figureSentences),
    names: per(names),
    phraseStarts: per(starts),
    taggedTokens: per(tagged),
    taggedShare: tagged / (allTokens || 1),
    sentenceChars: sentenceChars / (sentences || 1),
    kinds: share(kinds, claims),
  };
}

const f = (x: number, d = 2): string => x.toFixed(d);
const pct = (x: number): string => `${Math.round(100 * x)}%`;

/** One line per statistic: name, value. */
export function statisticsLines(s: CorpusStatistics): string[] {
  return [
    `articles ${s.articles}, ${f(s.kb, 0)} KB of body text; languages ${Object.entries(s.langShare)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(", ")}`,
    `per KB: claims ${f(s.claims)}, sentences ${f(s.sentences)}, figure sentences ${f(s.figureSentences)}, full names ${f(s.names)}, phrase starts ${f(s.phraseStarts)}, tagged tokens ${f(s.taggedTokens, 1)}`,
    `tokens tagged ${pct(s.taggedShare)}; mean sentence ${f(s.sentenceChars, 0)} characters`,
    `claim kinds: ${Object.entries(s.kinds)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(", ")}`,
  ];
}

/** The articles (.md, .txt) of folders, read as `check` reads them. */
export function* docsIn(dirs: string[]): Generator<CorpusDoc> {
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (!/\.(md|txt)$/u.test(name) || !statSync(file).isFile()) continue;
      const { article } = articleFromText(file, readFileSync(file, "utf8"));
      yield { text: article.text, lang: article.lang, bodyStart: article.bodyStart };
    }
  }
}

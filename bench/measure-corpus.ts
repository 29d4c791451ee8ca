// `node dist/bench/measure-corpus.js DIR…`: prints the statistics of folders of articles (counts
// only, never text), to compare a real sample with the bench's generated corpus;
// `--generated N` measures N articles of the bench's generator instead.
import { articleFromText } from "../src/corpus/article.js";
import { generateArticles } from "./generate.js";
import { corpusStatistics, docsIn, statisticsLines, type CorpusDoc } from "./statistics.js";

function* generated(n: number): Generator<CorpusDoc> {
  for (const a of generateArticles(n, 7)) {
    const { article } = articleFromText(a.name, a.text);
    yield { text: article.text, lang: article.lang, bodyStart: article.bodyStart };
  }
}

const args = process.argv.slice(2);
if (args.length === 0) {
  process.stderr.write("usage: node dist/bench/measure-corpus.js DIR… | --generated N\n");
  process.exit(2);
}
const docs = args[0] === "--generated" ? generated(Number(args[1] ?? 500)) : docsIn(args);
for (const l of statisticsLines(corpusStatistics(docs))) process.stdout.write(`${l}\n`);

// The first stages of check: guard the output folder (walk the inputs, and refuse a folder the
// reports may not replace), then read the corpus a chunk at a time.
import { readFileSync } from "node:fs";
import { articleFromText, readArticle, type Article } from "../../corpus/article.js";
import { decode } from "../../base/decode.js";
import { expandPaths, ignoreFilter } from "../../corpus/files.js";
import { ArticleIndex, ExtractCache } from "../../claims/cache.js";
import { CLAIMS_EXTENSIONS } from "../../claims/load.js";
import { count, plural } from "../../report/words.js";
import { pushAll } from "../../base/arrays.js";
import { defaultCacheDir, outFolderProblem, overlapProblem, realPath } from "./output-folder.js";
import type { Run } from "./run.js";

/** Articles read and extracted at a time (each chunk starts its own worker pool). */
const READ_CHUNK = 20_000;

/** The inputs walked, and the caches of the run. */
export interface Inputs {
  /** The article files found, in order. */
  files: string[];
  fromStdin: boolean;
  /** Inputs that could not be walked or read so far. */
  unreadable: number;
  /** Where the cache is: with the output, or in the user's cache folder, never among the inputs. */
  cacheDir: string;
  /** Front matter and language of a text read before (the read stage's cache). */
  index: ArticleIndex | null;
  /** Analyses of texts analysed before (the analyse stage's cache). */
  cache: ExtractCache | null;
}

/** Walks the inputs; the reason the reports may not go to the output folder, or the inputs. */
export function guardOutput(run: Run): Inputs | { refused: string } {
  const { o, project, progress } = run;
  const ignoring = ignoreFilter(project.root, run.settings.ignore);
  progress.start("Reading articles");
  const filePaths = o.paths.filter((p) => p !== "-");
  const { files, errors, real } = expandPaths(filePaths, undefined, {
    skip: [realPath(o.out), realPath(project.cacheDir)],
    ignored: ignoring.ignored,
  });
  const claimsInput = { paths: [o.claims], walked: expandPaths([o.claims], CLAIMS_EXTENSIONS).real };
  const refused = overlapProblem(o.out, { paths: filePaths, walked: real }, claimsInput) ?? outFolderProblem(o.out);
  if (refused !== null) return { refused };
  pushAll(run.inputErrors, ignoring.errors);
  pushAll(run.inputErrors, errors);
  const cacheDir = o.cacheDir ?? defaultCacheDir(o.out, [{ paths: filePaths, walked: real }, claimsInput], o.env);
  const index = o.cache ? new ArticleIndex(cacheDir) : null;
  const cache = o.cache ? new ExtractCache(cacheDir) : null;
  return { files, fromStdin: o.paths.includes("-"), unreadable: errors.length, cacheDir, index, cache };
}

/** Articles read together; the last chunk is the corpus's last. */
export interface Chunk {
  articles: Article[];
  last: boolean;
}

/** The article on standard input, read before the files (it is the first of them). */
function readStdin(run: Run): Article {
  const r = articleFromText("-", decode((run.o.stdin ?? (() => readFileSync(0)))()));
  pushAll(run.inputErrors, r.errors);
  return r.article;
}

/**
 * Reads the corpus a chunk at a time, as the next stage asks for it: at 100,000 articles the
 * texts alone are ~1 GB in memory, and the analyse stage keeps everything but the texts.
 */
export function* readCorpus(run: Run, inputs: Inputs): Generator<Chunk> {
  const { files } = inputs;
  const first = inputs.fromStdin ? [readStdin(run)] : [];
  let read = first.length;
  const readLine = (): string =>
    `Read ${plural(read, "article", count(read))}${inputs.unreadable ? `; ${plural(inputs.unreadable, "file", count(inputs.unreadable))} could not be read` : ""}`;
  const size = Math.max(1, run.o.chunk ?? READ_CHUNK);
  for (let from = 0; from < files.length; from += size) {
    const t = performance.now();
    const chunk = from === 0 ? first : [];
    for (const f of files.slice(from, from + size)) {
      const r = readArticle(f, undefined, inputs.index ?? undefined);
      pushAll(run.inputErrors, r.errors);
      if (r.article) {
        chunk.push(r.article);
        read++;
      } else inputs.unreadable++;
      run.progress.update(`Reading articles: ${count(read)} of ${count(files.length)}`);
    }
    const last = from + size >= files.length;
    run.progress.done(
      last ? readLine() : `Read ${count(Math.min(files.length, from + size))} of ${count(files.length)} files`,
    );
    if (last) inputs.index?.save();
    run.times.read += performance.now() - t;
    yield { articles: chunk, last };
  }
  if (files.length > 0) return;
  if (first.length) yield { articles: first, last: true };
  run.progress.done(readLine());
}

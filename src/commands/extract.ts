// `crosscheck extract [--lang en|de] [--format yaml|json] FILE…|-`: prints the claims of each file.
// Files are read as they are needed and extracted on every core (a large file in pieces); JSON is
// written an article at a time, in the order the files were given, so memory stays flat.
import { articleFromBytes, MAX_ARTICLE_BYTES, readArticle, type Article } from "../corpus/article.js";
import type { InputError } from "../base/diagnostic.js";
import { readStdin } from "../corpus/read-file.js";
import { expandPaths } from "../corpus/files.js";
import type { ExtractInput } from "../extract/extract.js";
import { analyseInOrder, type StreamOptions } from "../extract/parallel.js";
import type { Claim } from "../model/claim.js";
import { SentenceTables, sentenceStart, writtenClaim } from "../report/sentences.js";
import { writeJson } from "../report/sink.js";
import { formatInputError } from "../report/terminal.js";
import { claimsFileText } from "../claims/claims-file.js";
import { pushAll } from "../base/arrays.js";

export interface ExtractOptions extends StreamOptions {
  lang?: string;
  format: "yaml" | "json";
}

const inputOf = (a: Article): ExtractInput => ({
  path: a.path,
  text: a.text,
  lang: a.lang,
  date: a.date,
  bodyStart: a.bodyStart,
});

/** One article as `extract --format json` writes it: its sentences once, its claims naming them by offsets. */
export function articleJson(
  path: string,
  text: string,
  claims: readonly Claim[],
): { article: string; sentences: ReturnType<SentenceTables["rows"]>; claims: ReturnType<typeof writtenClaim>[] } {
  const tables = new SentenceTables();
  const starts = claims.map((c) => sentenceStart(text, c));
  claims.forEach((c, i) => {
    tables.add(c, starts[i]!);
  });
  return { article: path, sentences: tables.rows(path), claims: claims.map((c, i) => writtenClaim(c, starts[i]!)) };
}

export async function runExtract(
  paths: string[],
  opts: ExtractOptions,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const errors: InputError[] = [];
  function* articles(): Generator<ExtractInput> {
    if (paths.length === 1 && paths[0] === "-") {
      // Standard input is read as a file is: bounded, and only UTF-8 or UTF-16 text.
      const read = readStdin(MAX_ARTICLE_BYTES, "an article");
      const r =
        "error" in read
          ? { article: null, errors: [{ file: "-", line: 0, column: 0, message: read.error }] }
          : articleFromBytes("-", read.bytes, opts.lang);
      pushAll(errors, r.errors);
      if (r.article) yield inputOf(r.article);
      return;
    }
    const { files, errors: e } = expandPaths(paths);
    pushAll(errors, e);
    for (const f of files) {
      const r = readArticle(f, opts.lang);
      pushAll(errors, r.errors);
      if (r.article) yield inputOf(r.article);
    }
  }
  // Waits for the output to drain when it is full, so that a slow reader holds the run back
  // instead of the run holding everything in memory.
  const write = (s: string): Promise<void> | void => {
    if (!out.write(s)) return new Promise((done) => out.once("drain", () => done()));
  };
  if (opts.format === "json") {
    let first = true;
    await analyseInOrder(
      articles(),
      async (input, a) => {
        const parts: string[] = [];
        writeJson(
          { write: (s) => void parts.push(s), close: () => undefined },
          articleJson(input.path, input.text, a.claims),
          2,
          "  ",
          true,
        );
        await write(`${first ? "[\n" : ",\n"}  ${parts.join("")}`);
        first = false;
      },
      opts,
    );
    await write(first ? "[]\n" : "\n]\n");
  } else {
    // YAML is for people and for claims/ (valid claims input): written whole, as before.
    const claims: Claim[] = [];
    await analyseInOrder(articles(), (_input, a) => void pushAll(claims, a.claims), opts);
    await write(claimsFileText(claims));
  }
  for (const e of errors) err.write(`${formatInputError(e)}\n`);
  return errors.length > 0 ? 2 : 0;
}

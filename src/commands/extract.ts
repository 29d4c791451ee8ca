// `crosscheck extract [--lang en|de] [--format yaml|json] FILE…|-`: prints the claims of each file.
import { articleFromBytes, MAX_ARTICLE_BYTES, readArticle, type Article, type InputError } from "../corpus/article.js";
import { readStdin } from "../corpus/read-file.js";
import { expandPaths } from "../corpus/files.js";
import { extract } from "../extract/extract.js";
import type { Claim } from "../claims/claim.js";
import { claimsFileText } from "../claims/claims-file.js";
import { formatInputError } from "../report/terminal.js";
import { pushAll } from "../arrays.js";

export interface ExtractOptions {
  lang?: string;
  format: "yaml" | "json";
}

export function extractArticle(a: Article): Claim[] {
  return extract({ path: a.path, text: a.text, lang: a.lang, date: a.date, bodyStart: a.bodyStart });
}

export function runExtract(paths: string[], opts: ExtractOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const errors: InputError[] = [];
  const claims: Claim[] = [];
  const articles: Article[] = [];
  const fromStdin = paths.length === 1 && paths[0] === "-";
  if (fromStdin) {
    // Standard input is read as a file is: bounded, and only UTF-8 or UTF-16 text.
    const read = readStdin(MAX_ARTICLE_BYTES, "an article");
    const r = "error" in read ? { article: null, errors: [{ file: "-", line: 0, column: 0, message: read.error }] } : articleFromBytes("-", read.bytes, opts.lang);
    if (r.article) articles.push(r.article);
    pushAll(errors, r.errors);
  } else {
    const { files, errors: e } = expandPaths(paths);
    pushAll(errors, e);
    for (const f of files) {
      const r = readArticle(f, opts.lang);
      pushAll(errors, r.errors);
      if (r.article) articles.push(r.article);
    }
  }
  for (const a of articles) pushAll(claims, extractArticle(a));
  if (opts.format === "json") out.write(JSON.stringify(claims, null, 2) + "\n");
  else out.write(claimsFileText(claims));
  for (const e of errors) err.write(formatInputError(e) + "\n");
  return errors.length > 0 ? 2 : 0;
}

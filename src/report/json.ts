// findings.json: a version, every article with the sentences its claims stand in, every claim,
// every finding (schema/findings.schema.json). Written in pieces: at 100,000 articles the
// document is larger than a JavaScript string may be.
import type { Reporter } from "./reporter.js";
import type { Claim } from "../model/claim.js";
import type { QuotePlan } from "./quote.js";
import type { CheckResult } from "./result.js";
import { extractedAsIs, RESULT_VERSION } from "./result.js";
import { SentenceTables, sentenceStart, writtenClaim } from "./sentences.js";
import { articleKey } from "./piece-keys.js";
import { LazyArray, MemorySink, Piece, writeJson, type ReportStream } from "./sink.js";

/**
 * `quotes` are the quotes' plans made while the texts were at hand (check lets them go): a plan
 * that is a number is the claim's offset in its sentence, so the sentence's start is known
 * without the text. Without them, sentences are found in the articles' texts.
 */
export function writeJsonReport(r: CheckResult, w: ReportStream, quotes?: ReadonlyMap<string, QuotePlan>): void {
  const perArticle = new Map<string, number>();
  for (const c of r.claims) if (c.article) perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
  const texts = quotes ? undefined : new Map(r.articles.map((a) => [a.path, a.text]));
  const startOf = (c: Claim): number | null => {
    if (!c.span || !c.article || c.sentence === null) return null;
    if (quotes) {
      const plan = quotes.get(c.id);
      return typeof plan === "number" && c.span.start - plan >= 0 ? c.span.start - plan : null;
    }
    const text = texts!.get(c.article);
    return text ? sentenceStart(text, c) : null;
  };
  const starts = r.claims.map(startOf);
  const tables = new SentenceTables();
  r.claims.forEach((c, i) => {
    tables.add(c, starts[i]!);
  });
  // Keys only for a stream that keeps pieces: making them took a tenth of findings.json's time.
  const keys = w.piece ? pieceKeys(r, perArticle) : new Map<string, Block>();
  const doc = {
    version: RESULT_VERSION,
    tool: "crosscheck",
    articles: new LazyArray(
      r.articles.map(
        (a) =>
          new Piece(keys.get(a.path)?.key, [a], () => ({
            path: a.path,
            title: a.title,
            outlet: a.outlet,
            date: a.date,
            lang: a.lang,
            claims: perArticle.get(a.path) ?? 0,
            sentences: tables.rows(a.path),
          })),
      ),
    ),
    claims: new LazyArray(claimItems(r, starts, keys)),
    findings: r.findings,
    clusters: r.clusters,
    inputErrors: r.inputErrors,
  };
  // One article, claim, finding or cluster a line: at 100,000 articles the claims alone are
  // 1.1 GB indented, 0.6 GB this way; the same JSON value, and a claim is still one line in a diff.
  writeJson(w, doc, 2, "", true);
  w.write("\n");
}

/** An article whose extracted claims are kept as pieces: their key, and where they stand in r.claims [from, to). */
interface Block {
  key: string;
  from: number;
  to: number;
}

/**
 * The pieces of findings.json a re-check may keep from the last run (ReportStream.piece): each
 * article's entry, and its claims where they stand together in r.claims, each claim extracted as
 * it was (no hand correction): then both are made from the article alone (its text's hash, what
 * was read from it, how many claims name it) and the code, the extractor's included. At 10,000
 * articles writing them was a tenth of a re-check.
 */
function pieceKeys(r: CheckResult, perArticle: ReadonlyMap<string, number>): Map<string, Block> {
  const blocks = new Map<string, Block>();
  const broken = new Set<string>();
  let i = 0;
  while (i < r.claims.length) {
    const path = r.claims[i]!.article;
    let j = i;
    let plain = true;
    for (; j < r.claims.length && r.claims[j]!.article === path; j++) {
      if (!extractedAsIs(r.claims[j]!)) plain = false;
    }
    if (path !== null) {
      if (blocks.has(path) || !plain) broken.add(path);
      else blocks.set(path, { key: "", from: i, to: j });
    }
    i = j;
  }
  const out = new Map<string, Block>();
  for (const a of r.articles) {
    const block = blocks.get(a.path);
    if (broken.has(a.path) || (perArticle.get(a.path) ?? 0) !== (block ? block.to - block.from : 0)) continue;
    out.set(a.path, { key: articleKey(r, a.path), from: block?.from ?? -1, to: block?.to ?? -1 });
  }
  return out;
}

/** The claims as findings.json writes them, in order: an article's claims as one piece where they are kept as one. */
function* claimItems(
  r: CheckResult,
  starts: ReadonlyArray<number | null>,
  keys: ReadonlyMap<string, Block>,
): Generator<unknown> {
  for (let i = 0; i < r.claims.length; ) {
    const c = r.claims[i]!;
    const block = c.article !== null ? keys.get(c.article) : undefined;
    if (block?.from !== i) {
      yield writtenClaim(c, starts[i]!);
      i++;
      continue;
    }
    const indexes = Array.from({ length: block.to - i }, (_, k) => i + k);
    yield new Piece(`${block.key}c`, indexes, (k) => writtenClaim(r.claims[k]!, starts[k]!));
    i = block.to;
  }
}

/** findings.json as one string (small results; tests). */
export function jsonReport(r: CheckResult): string {
  const sink = new MemorySink();
  const w = sink.open("findings.json");
  writeJsonReport(r, w);
  w.close();
  return sink.files.get("findings.json")!;
}

export const reporter: Reporter = {
  forPeople: false,
  files: ["findings.json"],
  write(r, o, sink) {
    const w = sink.open("findings.json");
    writeJsonReport(r, w, o.quotes);
    w.close();
  },
  print: (r) => jsonReport(r),
};

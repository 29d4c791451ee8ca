// What a report's pieces are made from, as keys (ReportStream.piece, ReportSink.reuse): an
// article as the reports show it, and a finding with the claims and articles it names. A re-check
// keeps the pieces an edit did not touch (findings.json's articles and their claims, the article
// pages, findings.md's sections, the SARIF log's results) and makes only the others again.
import { createHash } from "node:crypto";
import type { Finding } from "../rules/types.js";
import { codeVersion } from "./code-version.js";
import { claimsOfFindings, extractedAsIs, type CheckResult } from "./result.js";

const sha1 = (s: string): string => createHash("sha1").update(s).digest("base64");

class PieceKeys {
  private readonly ofArticle = new Map<string, string>();
  private readonly ofFinding = new WeakMap<Finding, string>();
  private readonly claimsPerArticle = new Map<string, number>();
  private readonly info: Map<string, object>;

  constructor(private readonly r: CheckResult) {
    for (const c of r.claims)
      if (c.article) this.claimsPerArticle.set(c.article, (this.claimsPerArticle.get(c.article) ?? 0) + 1);
    this.info = new Map(r.articles.map(({ text: _text, ...info }) => [info.path, info]));
  }

  /**
   * An article as the reports show it: the code, its info (its text's hash among it) and how many
   * claims name it. A claim as extracted follows from its article's text and the code, so its id
   * and its article's key name it (result.ts extractedAsIs).
   */
  article(path: string): string {
    let k = this.ofArticle.get(path);
    if (k === undefined) {
      k = sha1(
        `${codeVersion()}\0${JSON.stringify(this.info.get(path) ?? null)}\0${this.claimsPerArticle.get(path) ?? 0}`,
      );
      this.ofArticle.set(path, k);
    }
    return k;
  }

  /** What the finding's piece is made from; `extra`: what else the piece shows (its number, the folder its links start from). */
  key(f: Finding, extra: string): string {
    let s = this.ofFinding.get(f);
    if (s === undefined) {
      const claims = claimsOfFindings(this.r);
      s = JSON.stringify(f);
      for (const id of f.claims) {
        const c = claims.get(id);
        s += `\0${c === undefined ? "-" : c.article && extractedAsIs(c) ? this.article(c.article) : JSON.stringify(c)}`;
      }
      for (const p of f.places) s += `\0${this.article(p.article)}`;
      for (const a of f.articles) s += `\0${this.article(a)}`;
      // Hashed once for every reporter that asks: a finding may name thousands of claims.
      s = sha1(s);
      this.ofFinding.set(f, s);
    }
    return sha1(`${codeVersion()}\0${extra}\0${s}`);
  }
}

const made = new WeakMap<CheckResult, PieceKeys>();

/** The keys of the reports of `r` (made once per result: every reporter may ask). */
function keysOf(r: CheckResult): PieceKeys {
  let keys = made.get(r);
  if (keys === undefined) {
    keys = new PieceKeys(r);
    made.set(r, keys);
  }
  return keys;
}

/** The key of article `path` of `r` as the reports show it, its claims as extracted included. */
export const articleKey = (r: CheckResult, path: string): string => keysOf(r).article(path);

/** The key of a piece about `f` in the reports of `r`; `extra`: what else the piece shows. */
export const findingKey = (r: CheckResult, f: Finding, extra: string): string => keysOf(r).key(f, extra);

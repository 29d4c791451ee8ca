// Applying hand corrections to extracted claims: a correction names its claim by id, or by
// article and exact text; it ignores the claim or sets fields. A corrected claim keeps its
// provenance and says who corrected it; a correction that matches nothing is an error.
import { closest } from "fastest-levenshtein";
import type { Claim } from "../model/claim.js";
import type { Correction } from "./load.js";
import type { InputError } from "../base/diagnostic.js";
import { didYouMean } from "../base/schema-check.js";

const normPath = (p: string): string => p.replace(/\\/g, "/").replace(/^\.\//, "");

/** Claims compared with a correction that matches nothing, for its hint, and the characters of each compared. */
const HINT_CANDIDATES = 2000;
const HINT_CHARS = 80;

/**
 * Each claim's index by article and exact text, and each article's claims, found once: a correction is
 * looked up, not compared with every claim (10,000 corrections of a 10,000-claim article).
 */
function claimsByArticle(claims: readonly Claim[]): { byText: Map<string, number[]>; ofArticle: Map<string, Claim[]> } {
  const byText = new Map<string, number[]>();
  const ofArticle = new Map<string, Claim[]>();
  claims.forEach((c, i) => {
    if (c.article === null) return;
    const article = normPath(c.article);
    const k = `${article}\u0000${c.text}`;
    (byText.get(k) ?? byText.set(k, []).get(k)!).push(i);
    (ofArticle.get(article) ?? ofArticle.set(article, []).get(article)!).push(c);
  });
  return { byText, ofArticle };
}

/** The error of correction `k` that matches no claim, with a hint of the claim it may have meant. */
function noMatchError(k: Correction, claims: readonly Claim[], ofArticle: Map<string, Claim[]>): InputError {
  // An extracted claim's id starts with its article's path ("articles/a.md@8:1"): a mistyped one is looked for there.
  const idsNear = (id: string): readonly Claim[] =>
    id.includes("@") ? (ofArticle.get(normPath(id.slice(0, id.lastIndexOf("@")))) ?? claims) : claims;
  // The hint compares a bounded number of claims, each by its first characters: a miss costs
  // the same against a 10,000-claim article as against a short one.
  const inArticle = k.article ? (ofArticle.get(normPath(k.article)) ?? []) : [];
  const cut = (t: string): string => t.slice(0, HINT_CHARS);
  const hint =
    k.id !== undefined
      ? didYouMean(
          cut(k.id),
          idsNear(k.id)
            .slice(0, HINT_CANDIDATES)
            .map((c) => cut(c.id)),
        )
      : inArticle.length
        ? ` (claims there include "${closest(
            cut(k.text!),
            inArticle.slice(0, HINT_CANDIDATES).map((c) => cut(c.text)),
          )}")`
        : ` (no claims were extracted from "${k.article}")`;
  const what = k.id !== undefined ? `id "${k.id}"` : `"${k.text}" in ${k.article}`;
  return {
    file: k.file,
    line: k.line,
    column: k.column,
    message: `correction matches no extracted claim: ${what}${hint}`,
  };
}

/** Claim `c` with correction `k` applied, saying who corrected it. */
function corrected(c: Claim, k: Correction): Claim {
  return {
    ...c,
    ...setFields(k.set),
    correction: {
      file: k.file,
      line: k.line,
      column: k.column,
      reason: k.reason,
      ignored: k.ignore === true,
      fields: Object.keys(k.set ?? {}),
    },
  };
}

export function applyCorrections(
  claims: readonly Claim[],
  corrections: readonly Correction[],
): { claims: Claim[]; errors: InputError[] } {
  // Without corrections there is nothing to index (at 100,000 articles the indexes took 4.7 s).
  if (corrections.length === 0) return { claims: claims.slice(), errors: [] };
  const errors: InputError[] = [];
  const byId = new Map(claims.map((c, i) => [c.id, i]));
  const { byText, ofArticle } = claimsByArticle(claims);
  const out = claims.slice();
  for (const k of corrections) {
    let targets: number[];
    if (k.id !== undefined) {
      const i = byId.get(k.id);
      targets = i === undefined ? [] : [i];
    } else {
      targets = byText.get(`${normPath(k.article!)}\u0000${k.text}`) ?? [];
    }
    if (targets.length === 0) {
      errors.push(noMatchError(k, claims, ofArticle));
      continue;
    }
    for (const i of targets) out[i] = corrected(out[i]!, k);
  }
  return { claims: out, errors };
}

/** A correction's fields as Claim fields: `subject`, the measure's old name, sets the measure. */
function setFields(set: Correction["set"]): Partial<Claim> {
  if (!set) return {};
  const { subject, ...rest } = set;
  return subject !== undefined ? { ...rest, measure: rest.measure ?? subject } : rest;
}

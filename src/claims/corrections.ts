// Applying hand corrections to extracted claims: a correction names its claim by id, or by
// article and exact text; it ignores the claim or sets fields. A corrected claim keeps its
// provenance and says who corrected it; a correction that matches nothing is an error.
import { closest } from "fastest-levenshtein";
import type { Claim } from "./claim.js";
import type { Correction } from "./load.js";
import type { InputError } from "../corpus/article.js";
import { didYouMean } from "./schema-check.js";

const normPath = (p: string): string => p.replace(/\\/g, "/").replace(/^\.\//, "");

export function applyCorrections(claims: readonly Claim[], corrections: readonly Correction[]): { claims: Claim[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const byId = new Map(claims.map((c, i) => [c.id, i]));
  const out = claims.slice();
  for (const k of corrections) {
    let targets: number[];
    if (k.id !== undefined) {
      const i = byId.get(k.id);
      targets = i === undefined ? [] : [i];
    } else {
      const article = normPath(k.article!);
      targets = out.flatMap((c, i) => (c.article !== null && normPath(c.article) === article && c.text === k.text ? [i] : []));
    }
    if (targets.length === 0) {
      const inArticle = k.article ? claims.filter((c) => c.article !== null && normPath(c.article) === normPath(k.article!)) : [];
      const hint = k.id !== undefined
        ? didYouMean(k.id, claims.map((c) => c.id))
        : inArticle.length ? ` (claims there include "${closest(k.text!, inArticle.map((c) => c.text))}")` : ` (no claims were extracted from "${k.article}")`;
      const what = k.id !== undefined ? `id "${k.id}"` : `"${k.text}" in ${k.article}`;
      errors.push({ file: k.file, line: k.line, column: k.column, message: `correction matches no extracted claim: ${what}${hint}` });
      continue;
    }
    for (const i of targets) {
      const c = out[i]!;
      out[i] = {
        ...c, ...setFields(k.set),
        correction: { file: k.file, line: k.line, column: k.column, reason: k.reason, ignored: k.ignore === true, fields: Object.keys(k.set ?? {}) },
      };
    }
  }
  return { claims: out, errors };
}

/** A correction's fields as Claim fields: `subject`, the measure's old name, sets the measure. */
function setFields(set: Correction["set"]): Partial<Claim> {
  if (!set) return {};
  const { subject, ...rest } = set;
  return subject !== undefined ? { ...rest, measure: rest.measure ?? subject } : rest;
}

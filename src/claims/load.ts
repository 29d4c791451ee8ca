// Loading claims/**/*.yaml: every file is parsed, validated against schema/claims.schema.json
// and normalised; every error is reported with file:line:column, and a bad file or a bad item
// never stops the others: every valid claim still loads.
import { readFileSync } from "node:fs";
import type { Claim } from "./claim.js";
import type { InputError } from "../corpus/article.js";
import { decode } from "../corpus/article.js";
import { expandPaths } from "../corpus/files.js";
import { parseYamlSource, locate } from "./yaml-source.js";
import { checkAgainstSchema } from "./schema-check.js";
import { isRealDate, normaliseManualClaim, type RawClaim } from "./manual.js";
import { availableLanguages } from "../extract/lexicon.js";

export const CLAIMS_EXTENSIONS = [".yaml", ".yml"];

/** A correction of an extracted claim, with where it was written. */
export interface Correction {
  id?: string;
  article?: string;
  text?: string;
  ignore?: boolean;
  set?: Partial<Pick<Claim, "subject" | "entity" | "noun" | "source" | "kind" | "asOf">>;
  reason: string;
  file: string;
  line: number;
  column: number;
}

export interface ClaimsSource {
  name: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface LoadedClaims {
  claims: Claim[];
  corrections: Correction[];
  errors: InputError[];
  files: Array<{ path: string; source: ClaimsSource | null; claims: number; corrections: number }>;
}

interface RawFile {
  source: ClaimsSource;
  lang?: string;
  claims?: RawClaim[];
  corrections?: Array<Omit<Correction, "file" | "line" | "column">>;
}

/** Loads one claims file's text. */
export function loadClaimsText(file: string, text: string): LoadedClaims {
  const out: LoadedClaims = { claims: [], corrections: [], errors: [], files: [] };
  const src = parseYamlSource(file, text);
  out.errors.push(...src.errors);
  if (src.data === undefined || src.data === null) {
    if (src.errors.length === 0) out.errors.push({ file, line: 1, column: 1, message: "the file is empty: a claims file needs source: and claims: or corrections:" });
    out.files.push({ path: file, source: null, claims: 0, corrections: 0 });
    return out;
  }
  const { errors, failed } = checkAgainstSchema(src, "claims");
  out.errors.push(...errors);
  const data = src.data as Partial<RawFile>;
  const isObject = typeof data === "object" && !Array.isArray(data);
  const source = isObject && data.source && typeof data.source.name === "string" ? data.source : null;
  const lang = isObject && typeof data.lang === "string" && availableLanguages().includes(data.lang) ? data.lang : "en";
  if (source?.date && !isRealDate(source.date)) out.errors.push({ file, ...locate(src, ["source", "date"]), message: `"${source.date}" is not a date that exists` });
  const itemFailed = (pointer: string): boolean => [...failed].some((f) => f === pointer || f.startsWith(pointer + "/"));
  const claims = isObject && Array.isArray(data.claims) ? data.claims : [];
  claims.forEach((raw, i) => {
    if (itemFailed(`/claims/${i}`) || typeof raw !== "object" || raw === null) return;
    const where = locate(src, ["claims", i]);
    const { claim, errors: fieldErrors } = normaliseManualClaim(raw, {
      file, ...where, lang, sourceName: source?.name ?? file, sourceDate: source?.date ?? null,
    });
    for (const e of fieldErrors) out.errors.push({ file, ...locate(src, ["claims", i, e.field]), message: e.message });
    if (claim) out.claims.push(claim);
  });
  const corrections = isObject && Array.isArray(data.corrections) ? data.corrections : [];
  corrections.forEach((raw, i) => {
    if (itemFailed(`/corrections/${i}`) || typeof raw !== "object" || raw === null) return;
    out.corrections.push({ ...raw, file, ...locate(src, ["corrections", i]) });
  });
  out.files.push({ path: file, source, claims: out.claims.length, corrections: out.corrections.length });
  out.errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}

/** Loads every claims file under the given paths; duplicate ids across files are errors. */
export function loadClaims(paths: string[]): LoadedClaims {
  const out: LoadedClaims = { claims: [], corrections: [], errors: [], files: [] };
  const { files, errors } = expandPaths(paths, CLAIMS_EXTENSIONS);
  out.errors.push(...errors);
  for (const file of files) {
    let text: string;
    try {
      text = decode(readFileSync(file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.errors.push({ file, line: 0, column: 0, message: code ? `cannot read: ${(e as Error).message}` : "not valid UTF-8 or UTF-16 text" });
      continue;
    }
    const one = loadClaimsText(file, text);
    out.claims.push(...one.claims);
    out.corrections.push(...one.corrections);
    out.errors.push(...one.errors);
    out.files.push(...one.files);
  }
  const first = new Map<string, Claim>();
  out.claims = out.claims.filter((c) => {
    const prior = first.get(c.id);
    if (!prior) return first.set(c.id, c), true;
    const o = c.origin!;
    const p = prior.origin!;
    out.errors.push({ file: o.file, line: o.line, column: o.column, message: `duplicate claim id "${c.id}" (first defined at ${p.file}:${p.line}:${p.column})` });
    return false;
  });
  return out;
}

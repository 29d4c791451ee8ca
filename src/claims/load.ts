// Loading claims/**/*.yaml: every file is parsed, validated against schema/claims.schema.json
// and normalised; every error is reported with file:line:column, and a bad file or a bad item
// never stops the others: every valid claim still loads.
import type { Claim } from "../model/claim.js";
import type { InputError } from "../base/diagnostic.js";
import { decode } from "../base/decode.js";
import { expandPaths } from "../corpus/files.js";
import { readRegularFile } from "../corpus/read-file.js";
import { parseYamlSource, locate, type YamlSource } from "../base/yaml-source.js";
import { checkAgainstSchema, fillSchemaList } from "../base/schema-check.js";
import { isRealDate, normaliseManualClaim, unknownMeasure, type RawClaim } from "./manual.js";
import { availableLanguages, readLexiconFile } from "../language/lexicon.js";
import { locateIndentation } from "../base/indentation.js";
import { pushAll } from "../base/arrays.js";

export const CLAIMS_EXTENSIONS = [".yaml", ".yml"];

// A claims file's `lang:` is one of the languages with a lexicon.
fillSchemaList("claims", "/properties/lang", availableLanguages);

/** Larger claims files are reported, not read (150,000 claims are about 5 MB). */
export const MAX_CLAIMS_FILE_BYTES = 64 * 1024 * 1024;

/** A correction of an extracted claim, with where it was written. */
export interface Correction {
  id?: string;
  article?: string;
  text?: string;
  ignore?: boolean;
  set?: Partial<Pick<Claim, "measure" | "entity" | "noun" | "source" | "kind" | "asOf">> & { subject?: string };
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
  /** What makes a file or an item unusable; a claim or correction with an error is not loaded. */
  errors: InputError[];
  /** What looks wrong but does not stop the claim loading (a quote that says another interval …). */
  warnings: InputError[];
  files: Array<{ path: string; source: ClaimsSource | null; claims: number; corrections: number }>;
}

interface RawFile {
  source: ClaimsSource;
  lang?: string;
  claims?: RawClaim[];
  corrections?: Array<Omit<Correction, "file" | "line" | "column">>;
}

/** What one file loaded to, kept by its path and text (claims-cache.ts). */
export interface LoadedClaimsCache {
  get(file: string, text: string): LoadedClaims | undefined;
  set(file: string, text: string, loaded: LoadedClaims): void;
}

/** Sorts one file's messages by line and column (stable: messages at one place keep their order). */
const byPlace = (a: InputError, b: InputError): number => a.line - b.line || a.column - b.column;

/** What a file with no YAML data (empty, or unreadable: `unreadable`) loads to: nothing, and why. */
function loadedNothing(file: string, unreadable: boolean, out: LoadedClaims): LoadedClaims {
  if (!unreadable)
    out.errors.push({
      file,
      line: 1,
      column: 1,
      message: "the file is empty: a claims file needs source: and claims: or corrections:",
    });
  else {
    // Recovered YAML may not be what the author meant, so nothing in it is checked or loaded;
    // say so, rather than let a clean schema report suggest the rest is fine.
    const first = [...out.errors].sort(byPlace)[0]!;
    out.warnings.push({
      file,
      line: first.line,
      column: first.column,
      message:
        "schema checks were skipped for this file and none of its claims or corrections were loaded: fix the YAML error(s) first",
    });
  }
  out.errors.sort(byPlace);
  out.files.push({ path: file, source: null, claims: 0, corrections: 0 });
  return out;
}

/** The file's claims that passed the schema, normalised onto `out`, with their field errors and warnings. */
function loadClaimItems(
  file: string,
  text: string,
  src: YamlSource,
  claims: RawClaim[],
  failedItems: ReadonlySet<string>,
  source: ClaimsSource | null,
  lang: string,
  out: LoadedClaims,
): void {
  // One context, its place moved from claim to claim (normaliseManualClaim copies what it keeps).
  const ctx = { file, line: 0, column: 0, lang, sourceName: source?.name ?? file, sourceDate: source?.date ?? null };
  const misread = groupedByDot(lang, text);
  claims.forEach((raw, i) => {
    if (failedItems.has(`/claims/${i}`) || typeof raw !== "object" || raw === null) return;
    if (misread) {
      const traps = dottedNumbers(src, raw, i, lang);
      out.errors.push(...traps);
      if (traps.length) return;
    }
    const where = locate(src, ["claims", i]);
    ctx.line = where.line;
    ctx.column = where.column;
    const { claim, errors: fieldErrors, warnings } = normaliseManualClaim(raw, ctx);
    for (const e of fieldErrors) out.errors.push({ file, ...locate(src, ["claims", i, e.field]), message: e.message });
    for (const w of warnings) out.warnings.push({ file, ...locate(src, ["claims", i, w.field]), message: w.message });
    if (claim) out.claims.push(claim);
  });
}

/** Loads one claims file's text. */
export function loadClaimsText(file: string, text: string): LoadedClaims {
  const out: LoadedClaims = { claims: [], corrections: [], errors: [], warnings: [], files: [] };
  const src = parseYamlSource(file, text);
  // A misindented line is named where it is, in place of yaml's messages about what it broke.
  pushAll(out.errors, locateIndentation(file, text, src.errors));
  if (src.data === undefined || src.data === null) return loadedNothing(file, src.errors.length > 0, out);
  const { errors, failed } = checkAgainstSchema(src, "claims");
  pushAll(out.errors, errors);
  // The items ("/claims/3", "/corrections/0") with a schema error anywhere inside them.
  const failedItems = new Set<string>();
  for (const pointer of failed) {
    const m = /^\/(claims|corrections)\/\d+/.exec(pointer);
    if (m) failedItems.add(m[0]);
  }
  const data = src.data as Partial<RawFile>;
  const isObject = typeof data === "object" && !Array.isArray(data);
  const source = isObject && data.source && typeof data.source.name === "string" ? data.source : null;
  const lang = isObject && typeof data.lang === "string" && availableLanguages().includes(data.lang) ? data.lang : "en";
  if (typeof source?.date === "string" && !isRealDate(source.date))
    out.errors.push({
      file,
      ...locate(src, ["source", "date"]),
      message: `"${source.date}" is not a date that exists`,
    });
  const claims = isObject && Array.isArray(data.claims) ? data.claims : [];
  loadClaimItems(file, text, src, claims, failedItems, source, lang, out);
  loadCorrections(src, isObject && Array.isArray(data.corrections) ? data.corrections : [], failedItems, out);
  out.files.push({ path: file, source, claims: out.claims.length, corrections: out.corrections.length });
  out.errors.sort(byPlace);
  out.warnings.sort(byPlace);
  return out;
}

/** The file's corrections that passed the schema and name a known measure, located; the others as errors. */
function loadCorrections(
  src: YamlSource,
  corrections: NonNullable<RawFile["corrections"]>,
  failedItems: ReadonlySet<string>,
  out: LoadedClaims,
): void {
  const file = src.file;
  corrections.forEach((raw, i) => {
    if (failedItems.has(`/corrections/${i}`) || typeof raw !== "object" || raw === null) return;
    const field = raw.set?.measure !== undefined ? "measure" : "subject";
    const unknown = unknownMeasure(raw.set?.measure ?? raw.set?.subject, field);
    if (unknown) {
      out.errors.push({ file, ...locate(src, ["corrections", i, "set", field]), message: unknown });
      return;
    }
    out.corrections.push({ ...raw, file, ...locate(src, ["corrections", i]) });
  });
}

/** Whether the file's language groups digits with "." and a plain scalar looks grouped so (700.000). */
const groupedByDot = (lang: string, text: string): boolean =>
  readLexiconFile(lang).digits.group.includes(".") && /:[ \t]*[-+]?\d{1,3}(?:\.\d{3})+[ \t]*(?:#.*)?$/m.test(text);

/**
 * `value: 700.000` in a German file: YAML reads a plain 700.000 as the number 700 before
 * crosscheck sees it. The number's words in the file say what was meant.
 */
function dottedNumbers(src: YamlSource, raw: RawClaim, i: number, lang: string): InputError[] {
  const errors: InputError[] = [];
  for (const field of ["value", "min", "max"] as const) {
    const v = raw[field];
    if (typeof v !== "number") continue;
    const at = locate(src, ["claims", i, field]);
    const written = /^[-+]?\d{1,3}(?:\.\d{3})+(?![\d.])/.exec(
      src.text.split(/\r?\n/)[at.line - 1]?.slice(at.column - 1) ?? "",
    )?.[0];
    if (written === undefined) continue;
    const digits = written.replace(/\./g, "");
    errors.push({
      file: src.file,
      ...at,
      message: `${field}: ${written} is read by YAML as the number ${v} (a decimal point), not ${Number(digits).toLocaleString("en-US")}: write ${field}: ${digits}, or ${field}: "${written}" in quotes, which is read as the file's language (${lang}) writes numbers`,
    });
  }
  return errors;
}

/** Reads a claims file's bytes as text, or says in a person's words why it cannot be read. */
function readClaimsFile(file: string): { text: string } | { error: string } {
  const read = readRegularFile(file, MAX_CLAIMS_FILE_BYTES, "a claims file");
  if ("error" in read) return { error: read.error };
  const bytes = read.bytes;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16 text is full of NUL bytes; anything else that holds one is not text.
  if (!utf16 && bytes.includes(0)) return { error: "not a text file (binary): a claims file is YAML text" };
  let text: string;
  try {
    text = decode(bytes);
  } catch {
    return { error: "not UTF-8 or UTF-16 text: save the file as UTF-8" };
  }
  if (text.includes("\u0000")) return { error: "not a text file (binary): a claims file is YAML text" };
  return { text };
}

/**
 * Loads every claims file under the given paths; duplicate ids across files are errors. With a
 * cache, a file whose text is unchanged is not parsed again.
 */
export function loadClaims(paths: string[], cache?: LoadedClaimsCache | null): LoadedClaims {
  const out: LoadedClaims = { claims: [], corrections: [], errors: [], warnings: [], files: [] };
  const { files, errors } = expandPaths(paths, CLAIMS_EXTENSIONS);
  pushAll(out.errors, errors);
  for (const file of files) {
    const read = readClaimsFile(file);
    if ("error" in read) {
      out.errors.push({ file, line: 0, column: 0, message: read.error });
      continue;
    }
    let one = cache?.get(file, read.text);
    if (!one) {
      one = loadClaimsText(file, read.text);
      cache?.set(file, read.text, one);
    }
    pushAll(out.claims, one.claims);
    pushAll(out.corrections, one.corrections);
    pushAll(out.errors, one.errors);
    pushAll(out.warnings, one.warnings);
    pushAll(out.files, one.files);
  }
  const first = new Map<string, Claim>();
  out.claims = out.claims.filter((c) => {
    const prior = first.get(c.id);
    if (!prior) {
      first.set(c.id, c);
      return true;
    }
    const o = c.origin!;
    const p = prior.origin!;
    out.errors.push({
      file: o.file,
      line: o.line,
      column: o.column,
      message: `duplicate claim id "${c.id}" (first defined at ${p.file}:${p.line}:${p.column})`,
    });
    return false;
  });
  // Each file's messages together, in the order the files were read, and by place inside a file.
  const order = new Map(files.map((f, i) => [f, i]));
  const byFileAndPlace = (a: InputError, b: InputError): number =>
    (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || byPlace(a, b);
  out.errors.sort(byFileAndPlace);
  out.warnings.sort(byFileAndPlace);
  return out;
}

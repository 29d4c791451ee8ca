// check's caches, one per stage, in one ignorable folder (.crosscheck-cache/ beside the reports,
// see commands/check/output-folder.ts defaultCacheDir): what reading decided of each text
// (ArticleIndex, the read stage), each article's analysis (ExtractCache, the analyse stage: its
// claims, names and wording's signature, keyed by its content hash, path, language and the
// grammar's version), and the report files the last run left (ReportManifest, the write stage).
// The analyses are records of one file (record-log.ts), each sealed; the other caches are one
// sealed file each, written to a temporary file renamed into place, so a crash mid-write leaves
// no torn entry. An entry that does not read back as claims is ignored and re-parsed, never
// trusted: each records the grammar version and key it was made for, and is checked against the
// claim's JSON Schema (schema/findings.schema.json#/$defs/claim) before a rule sees it.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { readRegularFile } from "../corpus/read-file.js";
import { dirname, join } from "node:path";
import type { ValidateFunction } from "ajv";
import { packageRoot } from "../base/paths.js";
import { buildId, codeFolders } from "../base/own-code.js";
import { schemaValidator } from "../base/schema-check.js";
import type { Claim } from "../model/claim.js";
import type { NameMention } from "../extract/extract.js";
import type { ArticleFacts, FactsStore } from "../corpus/article.js";
import { availableLanguages } from "../language/lexicon.js";
import { isRealDate } from "./manual.js";
import { groupId, keyId, RecordLog, removeStale } from "./record-log.js";

export interface Analysis {
  claims: Claim[];
  names: NameMention[];
  /** The MinHash signature of the article's wording (rules/clusters.ts wordSignature), for copy detection. */
  words?: Uint32Array;
  /** The article's facts for copy detection (rules/clusters.ts factSignature), made from its claims and names. */
  facts?: Facts;
}

/** An article's facts for copy detection (rules/clusters.ts FactSignature). */
export interface Facts {
  keys: string[];
  aged: string[];
  sig: Uint32Array;
}

/** Bump when wordSignature (rules/clusters.ts) changes what it computes. */
const WORD_SIGNATURE_VERSION = 2;
/** A word signature's bytes: 128 MinHash values and the count of distinct runs, 32 bits each. */
const WORD_SIGNATURE_BYTES = 516;
/** Bump when factSignature (rules/clusters.ts) changes what it computes. */
const FACT_SIGNATURE_VERSION = 1;
/** A fact signature's MinHash: 128 values of 32 bits. */
const FACT_SIGNATURE_BYTES = 512;

let version: string | undefined;

/** The extraction code beside this module (built .js, or .ts when run from the sources): the extractor, the language layer it reads the lexicons with, and the claim model. */
const EXTRACT_CODE = codeFolders(import.meta.url, ["../extract", "../language", "../model"]);
/** Where the signatures kept with an analysis are made (copy detection's word and fact signatures). */
const SIGNATURE_CODE = codeFolders(import.meta.url, ["../rules"]);

/**
 * A hash of everything that decides what extract returns: the grammar, the lexicons, the
 * extraction code itself (a fix there changes claims without touching a grammar file), and
 * the package's version.
 */
export function grammarVersion(): string {
  if (version) return version;
  const root = packageRoot();
  const h = createHash("sha256");
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  h.update(pkg.version);
  // Built code is keyed by its build's id (base/own-code.ts); the sources by their files.
  const built = buildId();
  if (built !== null) h.update(built);
  const sources: Array<[dir: string, ends: string[]]> = [
    [join(root, "grammar"), [".ne"]],
    [join(root, "grammar", "lexicon"), [".yaml"]],
    ...(built !== null
      ? []
      : [
          ...EXTRACT_CODE.map((dir): [string, string[]] => [dir, [".js", ".ts"]]),
          [join(EXTRACT_CODE[0]!, "generated"), [".js", ".ts"]] as [string, string[]],
          // From the sources a change to how signatures are made changes no build id: the module counts.
          ...SIGNATURE_CODE.map((dir): [string, string[]] => [dir, ["clusters.js", "clusters.ts"]]),
        ]),
  ];
  for (const [dir, ends] of sources) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const f of files)
      if (ends.some((e) => f.endsWith(e)) && !f.endsWith(".d.ts")) h.update(f).update(readFileSync(join(dir, f)));
  }
  version = h.digest("hex").slice(0, 16);
  return version;
}

export interface CacheKey {
  path: string;
  hash: string;
  lang: string;
  date: string | null;
}

/** A check of a cache entry's shape (schema/extraction-cache.schema.json, compiled at build). */
const validEntry = (): ValidateFunction => schemaValidator("extraction-cache");

/** Cache files larger than this are not read (the article index and the report manifest: one line per article). */
const MAX_INDEX_BYTES = 512 * 1024 * 1024;

/**
 * A cache file's data, or undefined when it is missing, not a regular file (a pipe, a link to
 * /dev/zero), too large, not JSON, or not sealed by writeSealed: the cache is never trusted, and
 * never waited on. A file is its JSON's sha256, a line break, and the JSON: an entry edited by
 * hand no longer matches its seal and is dropped (and rebuilt), whatever the edit.
 */
export function readSealed(file: string, maxBytes: number): unknown {
  const read = readRegularFile(file, maxBytes);
  if ("error" in read) return undefined;
  const nl = read.bytes.indexOf(0x0a);
  if (nl !== 64) return undefined;
  const json = read.bytes.subarray(nl + 1);
  if (createHash("sha256").update(json).digest("hex") !== read.bytes.subarray(0, nl).toString("latin1"))
    return undefined;
  try {
    return JSON.parse(json.toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes `data` sealed (see readSealed) through a temporary file renamed into place; a cache that cannot be written only costs time. */
export function writeSealed(file: string, data: unknown): void {
  const json = Buffer.from(JSON.stringify(data));
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${createHash("sha256").update(json).digest("hex")}\n`), json]));
    renameSync(tmp, file);
  } catch {
    // a torn temporary file is not an entry
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing more to do
    }
  }
}

/**
 * Whether a cached analysis fits the article's text: every claim's span lies in it and holds the
 * claim's words, every name lies in it, and no id is given twice. A sealed entry that does not
 * (the seal recomputed after an edit) is parsed again, so that nothing downstream meets a span
 * outside its text.
 */
export function fitsText(a: Analysis, text: string): boolean {
  const ids = new Set<string>();
  for (const c of a.claims) {
    if (ids.has(c.id)) return false;
    ids.add(c.id);
    const s = c.span;
    if (
      !s ||
      !(s.start >= 0 && s.start <= s.end && s.end <= text.length) ||
      text.slice(s.start, s.end) !== c.text ||
      s.line < 1 ||
      s.column < 1
    )
      return false;
  }
  return a.names.every((n) => n.start >= 0 && n.start <= n.end && n.end <= text.length && n.line >= 1 && n.column >= 1);
}

export interface Entry {
  version: string;
  key: unknown[];
  claims: Claim[];
  names: NameMention[];
  /** The word signature, base64, made by wordSignature of this version. */
  words?: string;
  wordsVersion?: number;
  /** The fact signature, its MinHash in base64, made by factSignature of this version. */
  facts?: { keys: string[]; aged: string[]; sig: string };
  factsVersion?: number;
}

/** The 32-bit values of `base64` when it holds `bytes` bytes. */
function uint32s(base64: string, bytes: number): Uint32Array | undefined {
  const b = Buffer.from(base64, "base64");
  return b.length === bytes ? new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)) : undefined;
}

const base64Of = (x: Uint32Array): string => Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString("base64");

/** What the entry holds besides its claims and names: the signatures it has of this version. */
function signaturesOf(e: Entry): Pick<Analysis, "words" | "facts"> {
  const out: Pick<Analysis, "words" | "facts"> = {};
  const words =
    e.wordsVersion === WORD_SIGNATURE_VERSION && e.words ? uint32s(e.words, WORD_SIGNATURE_BYTES) : undefined;
  if (words) out.words = words;
  const f = e.factsVersion === FACT_SIGNATURE_VERSION ? e.facts : undefined;
  const sig = f ? uint32s(f.sig, FACT_SIGNATURE_BYTES) : undefined;
  if (f && sig) out.facts = { keys: f.keys, aged: f.aged, sig };
  return out;
}

/** The keys of an extracted claim, in the order extraction writes them (and findings.json keeps). */
export const EXTRACTED_KEYS = [
  "id",
  "article",
  "kind",
  "value",
  "min",
  "max",
  "qualifier",
  "unit",
  "unitText",
  "dimension",
  "noun",
  "measure",
  "scope",
  "period",
  "entity",
  "source",
  "inferred",
  "revision",
  "asOf",
  "date",
  "text",
  "span",
  "sentence",
  "lang",
] as const;
export const SPAN_KEYS = ["start", "end", "line", "column"] as const;

/** Whether `x` has exactly `keys`, in their order. */
export function keysAre(x: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in x) if (k !== keys[i++]) return false;
  return i === keys.length;
}

/** `to` with the analysis's signatures, of this version (read back by signaturesOf). */
function withSignatures<
  T extends { words?: string; wordsVersion?: number; facts?: Entry["facts"]; factsVersion?: number },
>(to: T, a: Analysis): T {
  if (a.words) {
    to.words = base64Of(a.words);
    to.wordsVersion = WORD_SIGNATURE_VERSION;
  }
  if (a.facts) {
    const { keys, aged, sig } = a.facts;
    to.facts = { keys, aged, sig: base64Of(sig) };
    to.factsVersion = FACT_SIGNATURE_VERSION;
  }
  return to;
}

/** Short tables of an analysis that its claims point into by index: sentences, scopes, periods and lists of inferred keys are shared by several claims. */
class Table {
  readonly list: unknown[] = [];
  private readonly at = new Map<string, number>();
  indexOf(x: unknown): number | null {
    if (x === null) return null;
    const k = typeof x === "string" ? x : JSON.stringify(x);
    let i = this.at.get(k);
    if (i === undefined) {
      i = this.list.length;
      this.at.set(k, i);
      this.list.push(x);
    }
    return i;
  }
}

/**
 * An analysis as one record of the cache file: an extracted claim is an array of its fields in
 * EXTRACTED_KEYS's order, without its article (the key's path) or the path in its id, its span's
 * four numbers in place, and its sentence, scope, period and inferred keys as indexes into the record's tables;
 * a name is [text, start, end, line, column]. Half the bytes of the claims as objects, and a
 * third of the objects to parse. A claim of another shape is kept as it is.
 */
function encodeRecord(key: unknown[], path: string, a: Analysis): string {
  const sentences = new Table();
  const scopes = new Table();
  const periods = new Table();
  const inferreds = new Table();
  const prefix = `${path}@`;
  const claims = a.claims.map((c) => {
    const sp = c.span;
    if (
      !keysAre(c, EXTRACTED_KEYS) ||
      sp === null ||
      !keysAre(sp, SPAN_KEYS) ||
      c.article !== path ||
      !c.id.startsWith(prefix)
    )
      return c;
    return [
      c.id.slice(prefix.length),
      c.kind,
      c.value,
      c.min,
      c.max,
      c.qualifier,
      c.unit,
      c.unitText,
      c.dimension,
      c.noun,
      c.measure,
      scopes.indexOf(c.scope),
      periods.indexOf(c.period),
      c.entity,
      c.source,
      inferreds.indexOf(c.inferred),
      c.revision,
      c.asOf,
      c.date,
      c.text,
      sp.start,
      sp.end,
      sp.line,
      sp.column,
      sentences.indexOf(c.sentence),
      c.lang,
    ];
  });
  const record: Record<string, unknown> & Parameters<typeof withSignatures>[0] = {
    key,
    claims,
    sentences: sentences.list,
    scopes: scopes.list,
    periods: periods.list,
    inferreds: inferreds.list,
    names: a.names.map((n) => (n.article === path ? [n.text, n.start, n.end, n.line, n.column] : n)),
  };
  return JSON.stringify(withSignatures(record, a));
}

/** `table[i]`, null for null, undefined (which no claim's schema takes) for anything else. */
const at = (table: unknown, i: unknown): unknown =>
  i === null ? null : Array.isArray(table) && Number.isInteger(i) ? table[i as number] : undefined;

/** A claim of a record (encodeRecord) as the claim it was; what does not fit is left for the schema check to refuse. */
function decodeClaim(x: unknown, path: string, r: Record<string, unknown>): unknown {
  if (!Array.isArray(x)) return x;
  if (x.length !== 26 || typeof x[0] !== "string") return undefined;
  return {
    id: `${path}@${x[0]}`,
    article: path,
    kind: x[1],
    value: x[2],
    min: x[3],
    max: x[4],
    qualifier: x[5],
    unit: x[6],
    unitText: x[7],
    dimension: x[8],
    noun: x[9],
    measure: x[10],
    scope: at(r.scopes, x[11]),
    period: at(r.periods, x[12]),
    entity: x[13],
    source: x[14],
    inferred: at(r.inferreds, x[15]),
    revision: x[16],
    asOf: x[17],
    date: x[18],
    text: x[19],
    span: { start: x[20], end: x[21], line: x[22], column: x[23] },
    sentence: at(r.sentences, x[24]),
    lang: x[25],
  };
}

/** A record (encodeRecord) as the cache entry it stands for, for the schema check; undefined when it is no record. */
export function decodeRecord(version: string, record: unknown): Entry | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const r = record as Record<string, unknown>;
  const { key, claims, names } = r;
  if (!Array.isArray(key) || typeof key[1] !== "string" || !Array.isArray(claims) || !Array.isArray(names))
    return undefined;
  const path = key[1];
  const entry: Record<string, unknown> = {
    version,
    key,
    claims: claims.map((c) => decodeClaim(c, path, r)),
    names: names.map((n) =>
      Array.isArray(n) && n.length === 5
        ? { article: path, text: n[0], start: n[1], end: n[2], line: n[3], column: n[4] }
        : n,
    ),
  };
  for (const k of ["words", "wordsVersion", "facts", "factsVersion"]) if (r[k] !== undefined) entry[k] = r[k];
  return entry as unknown as Entry;
}

/** The file format's version, in the file's first line: bump when encodeRecord changes. */
const RECORD_FORMAT = 1;

/**
 * Each article's analysis, keyed by its content hash, path, language and date and the grammar's
 * version, in one file of sealed records per grammar version (record-log.ts): `analyses-VERSION.log`.
 * A record is used only when its seal holds, it decodes to the shape of an entry (its claims
 * checked against the claim's JSON Schema) and it is for this very key; otherwise the article is
 * analysed again, and `damaged` counts the records that were not sound. save() writes the new
 * records; until then they are not in the file.
 */
export class ExtractCache {
  hits = 0;
  misses = 0;
  private readonly log: RecordLog;
  /** The file the analyses are kept in. */
  readonly file: string;
  /** `version` is what the entries are valid for: by default the grammar's (grammarVersion()). */
  constructor(
    dir: string,
    private readonly version: string = grammarVersion(),
    options: { minDropBytes?: number } = {},
  ) {
    this.file = join(dir, `analyses-${version}.log`);
    this.log = new RecordLog(this.file, `crosscheck analyses ${RECORD_FORMAT} ${version}`, {
      ...options,
      // What older versions left: another grammar's file, and the folders of one file per article.
      onCreate: () =>
        removeStale(
          dir,
          (name, isDir) => (isDir ? /^[0-9a-f]{2}$/.test(name) : /^analyses-.+\.log$/.test(name)),
          this.file,
        ),
    });
  }

  /** Records found damaged (torn, edited, or not an analysis) in this run: their articles were analysed again. */
  get damaged(): number {
    return this.log.damaged;
  }

  private keyOf(key: CacheKey): unknown[] {
    return [this.version, key.path, key.hash, key.lang, key.date];
  }

  /** The entry for `key`, or undefined when there is none or it is not one this cache wrote for this key. */
  getAnalysis(key: CacheKey): Analysis | undefined {
    const k = this.keyOf(key);
    const id = keyId(JSON.stringify(k));
    const payload = this.log.get(id, groupId(key.path));
    if (payload !== undefined) {
      const e = usable(this.version, payload, k, key.path);
      if (e) {
        this.hits++;
        return { claims: e.claims, names: e.names, ...signaturesOf(e) };
      }
      this.log.damage(id);
    }
    this.misses++;
    return undefined;
  }

  /** The analysis getAnalysis gave for `key` does not fit its article after all (a span outside its text): its record is damaged. */
  refuse(key: CacheKey): void {
    this.hits--;
    this.misses++;
    this.log.damage(keyId(JSON.stringify(this.keyOf(key))));
  }

  setAnalysis(key: CacheKey, analysis: Analysis): void {
    const k = this.keyOf(key);
    this.log.set(keyId(JSON.stringify(k)), groupId(key.path), encodeRecord(k, key.path, analysis));
  }

  /** Writes the records set so far (a run calls it after each chunk). */
  flush(): void {
    this.log.flush();
  }

  /** Writes the records set, and compacts the file when most of it is no longer used. */
  save(): void {
    this.log.close();
  }
}

/** The entry a record's payload holds, when it is sound and for key `k`. */
function usable(version: string, payload: string, k: unknown[], path: string): Entry | undefined {
  try {
    const e = decodeRecord(version, JSON.parse(payload));
    if (
      e !== undefined &&
      validEntry()(e) &&
      JSON.stringify(e.key) === JSON.stringify(k) &&
      e.claims.every((c) => c.article === path) &&
      e.names.every((n) => n.article === path)
    )
      return e;
  } catch {
    // not JSON: damaged
  }
  return undefined;
}

const isPlace = (e: unknown): boolean =>
  typeof e === "object" &&
  e !== null &&
  Number.isInteger((e as { line?: unknown }).line) &&
  Number.isInteger((e as { column?: unknown }).column) &&
  typeof (e as { message?: unknown }).message === "string";
const stringOrNull = (v: unknown): boolean => v === null || typeof v === "string";

/** Whether an index entry has the shape articleFacts gives (a language crosscheck has, a real date …). */
function validFacts(v: unknown): v is ArticleFacts {
  if (typeof v !== "object" || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    Number.isInteger(f.bodyStart) &&
    (f.bodyStart as number) >= 0 &&
    stringOrNull(f.title) &&
    stringOrNull(f.outlet) &&
    (f.date === null || (typeof f.date === "string" && isRealDate(f.date) && /^\d{4}-\d{2}-\d{2}$/.test(f.date))) &&
    typeof f.lang === "string" &&
    availableLanguages().includes(f.lang) &&
    ["option", "front-matter", "detected"].includes(f.langFrom as string) &&
    Array.isArray(f.errors) &&
    f.errors.every(isPlace)
  );
}

/**
 * One file beside the extraction cache with what reading would otherwise recompute for every
 * article: its front matter and language, keyed by the text's hash (and the grammar and
 * lexicons, which decide languages). Read once, written once; entries this run did not use are
 * dropped, so the file stays the size of the corpus. (The wording's signature is the analysis's,
 * kept with its claims in the extraction cache.)
 */
export class ArticleIndex implements FactsStore {
  private facts = new Map<string, ArticleFacts>();
  private readonly used = new Set<string>();
  private dirty = false;
  private readonly file: string;

  constructor(dir: string) {
    this.file = join(dir, `articles-${grammarVersion()}.json`);
    try {
      const data = readSealed(this.file, MAX_INDEX_BYTES) as { facts?: Record<string, ArticleFacts> } | undefined;
      if (data && typeof data === "object")
        for (const [k, v] of Object.entries(data.facts ?? {})) if (validFacts(v)) this.facts.set(k, v);
    } catch {
      // missing or corrupt: start empty
    }
  }

  getFacts(hash: string, langOption: string | undefined): ArticleFacts | undefined {
    const k = `${langOption ?? ""}|${hash}`;
    const f = this.facts.get(k);
    if (f) this.used.add(k);
    return f;
  }

  setFacts(hash: string, langOption: string | undefined, facts: ArticleFacts): void {
    const k = `${langOption ?? ""}|${hash}`;
    this.facts.set(k, facts);
    this.used.add(k);
    this.dirty = true;
  }

  /** Writes the index when something was added or something is no longer used. */
  save(): void {
    if (!this.dirty && this.used.size === this.facts.size) return;
    const facts: Record<string, ArticleFacts> = {};
    for (const [k, v] of this.facts) if (this.used.has(k)) facts[k] = v;
    writeSealed(this.file, { facts });
  }
}

/** A report file as a FolderSink (report/sink.ts) left it, as the manifest records it. */
export interface ReportFileRecord {
  hash: string;
  size: number;
  ino: number;
  mtimeMs: number;
  /** What the file was made from, when its maker said (ReportSink.reuse). */
  key?: string;
  /** A streamed file's pieces (ReportStream.piece): their keys and byte ranges [start, end). */
  pieces?: Record<string, [number, number]>;
}

/** Whether `p` is a streamed file's pieces: byte ranges [start, end) inside its `size` bytes. */
function validPieces(p: unknown, size: number): boolean {
  if (p === undefined) return true;
  if (typeof p !== "object" || p === null) return false;
  for (const r of Object.values(p))
    if (
      !Array.isArray(r) ||
      r.length !== 2 ||
      !Number.isInteger(r[0]) ||
      !Number.isInteger(r[1]) ||
      r[0] < 0 ||
      r[0] > r[1] ||
      r[1] > size
    )
      return false;
  return true;
}

/** The report files a run left in a folder (report/sink.ts FolderSink.manifest), kept beside the cache. */
export class ReportManifest {
  private readonly file: string;
  constructor(dir: string, reportDir: string) {
    this.file = join(dir, `reports-${createHash("sha256").update(reportDir).digest("hex").slice(0, 16)}.json`);
  }

  load(): Map<string, ReportFileRecord> {
    try {
      const data = (readSealed(this.file, MAX_INDEX_BYTES) ?? {}) as Record<string, ReportFileRecord>;
      const ok = (r: unknown): boolean =>
        typeof r === "object" &&
        r !== null &&
        typeof (r as { hash?: unknown }).hash === "string" &&
        ["size", "ino", "mtimeMs"].every((k) => typeof (r as Record<string, unknown>)[k] === "number") &&
        ["string", "undefined"].includes(typeof (r as { key?: unknown }).key) &&
        validPieces((r as { pieces?: unknown }).pieces, (r as { size: number }).size);
      return new Map(Object.entries(data).filter(([, r]) => ok(r)));
    } catch {
      return new Map();
    }
  }

  save(files: ReadonlyMap<string, ReportFileRecord>): void {
    writeSealed(this.file, Object.fromEntries(files));
  }
}

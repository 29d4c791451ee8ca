// Reading articles: bytes → text (UTF-8, UTF-16 with BOM), front matter, language, date.
// Reading never throws: a file that cannot be read becomes an InputError and the rest goes on.
import { createHash } from "node:crypto";
import { availableLanguages, stopwordsOf } from "../language/lexicon.js";
import { lex } from "../language/lexer.js";
import { parseDocument, visit } from "yaml";
import { readRegularFile } from "./read-file.js";
import { decode } from "../base/decode.js";
import type { InputError } from "../base/diagnostic.js";

export interface Article {
  /** The path as given (relative to the working folder), used in every report. */
  path: string;
  text: string;
  /** Index where the body starts, after any front matter. */
  bodyStart: number;
  title: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  lang: string;
  /** How the language was decided. */
  langFrom: "option" | "front-matter" | "detected";
  /** sha256 of the text, for caches. */
  hash: string;
}

export type ReadResult = { article: Article; errors: InputError[] } | { article: null; errors: InputError[] };

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Guesses the language by counting each lexicon's function words. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const words = lex(sample)
    .filter((t) => t.type === "word")
    .map((t) => t.text.toLowerCase());
  let best = "en";
  let bestScore = -1;
  for (const lang of availableLanguages()) {
    const stop = stopwordsOf(lang);
    const score = words.reduce((n, w) => n + (stop.has(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/** A front-matter date as YYYY-MM-DD: undefined when there is none, null when it is no day that exists (0000-00-00, 2022-02-30). */
function isoDate(v: unknown): string | null | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(v)) return undefined;
  const d = v.slice(0, 10);
  const t = new Date(`${d}T00:00:00Z`);
  return d >= "0001-01-01" && !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d ? d : null;
}

/** Line and column of an offset into the front matter's YAML, which starts `lineOffset` lines into the file. */
function placeIn(yamlText: string, offset: number, lineOffset: number): { line: number; column: number } {
  const before = yamlText.slice(0, offset).split(/\r?\n/);
  return { line: before.length + lineOffset, column: before[before.length - 1]!.length + 1 };
}

/** Aliases expanded in front matter at most (an alias bomb is refused, as in claims files). */
const MAX_FRONT_MATTER_ALIASES = 100;

/** What reading decides from an article's text alone; cached by the text's hash (claims/cache.ts). */
export interface ArticleFacts {
  bodyStart: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  lang: string;
  langFrom: Article["langFrom"];
  /** Front-matter problems, without the file (added when the article is built). */
  errors: Array<{ line: number; column: number; message: string }>;
}

/** Where known facts are looked up and new ones kept (an ArticleIndex). */
export interface FactsStore {
  getFacts(hash: string, langOption: string | undefined): ArticleFacts | undefined;
  setFacts(hash: string, langOption: string | undefined, facts: ArticleFacts): void;
}

/** Front matter, language and body start of a text; `langOption` overrides front matter and detection. */
/** Where the front matter's first alias starts. */
function firstAlias(doc: ReturnType<typeof parseDocument>): number {
  let at = 0;
  visit(doc, {
    Alias: (_k, node) => {
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

export function articleFacts(text: string, langOption?: string): ArticleFacts {
  const errors: ArticleFacts["errors"] = [];
  let bodyStart = 0;
  let meta: Record<string, unknown> = {};
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    bodyStart = fm[0].length;
    const doc = parseDocument(fm[1]!, { prettyErrors: false });
    const lineOffset = 1; // the YAML starts on the line after "---"
    for (const e of doc.errors) {
      const [line, col] = e.linePos?.[0] ? [e.linePos[0].line + lineOffset, e.linePos[0].col] : [1, 1];
      errors.push({ line, column: col, message: `front matter: ${e.message.split("\n")[0]}` });
    }
    if (doc.errors.length === 0) {
      try {
        const value: unknown = doc.toJS({ maxAliasCount: MAX_FRONT_MATTER_ALIASES });
        if (value && typeof value === "object" && !Array.isArray(value)) meta = value as Record<string, unknown>;
      } catch (e) {
        // yaml refuses an alias bomb by throwing: the article's front matter is an input error, not the run's end.
        errors.push({
          ...placeIn(fm[1]!, firstAlias(doc), lineOffset),
          message: `front matter: ${(e as Error).message.split("\n")[0]} (more than ${MAX_FRONT_MATTER_ALIASES} aliases expanded: refused, the front matter is not used)`,
        });
      }
    }
  }
  const str = (k: string): string | null =>
    typeof meta[k] === "string" && (meta[k] as string).trim() ? (meta[k] as string).trim() : null;
  let lang: string;
  let langFrom: Article["langFrom"];
  const known = availableLanguages();
  if (langOption) {
    lang = langOption;
    langFrom = "option";
  } else if (str("lang") && known.includes(str("lang")!)) {
    lang = str("lang")!;
    langFrom = "front-matter";
  } else {
    if (str("lang"))
      errors.push({
        line: 2,
        column: 1,
        message: `front matter: unknown language "${str("lang")}" (have: ${known.join(", ")}); detecting it instead`,
      });
    lang = detectLanguage(text.slice(bodyStart));
    langFrom = "detected";
  }
  const date = isoDate(meta.date);
  if (date === null)
    errors.push({
      ...placeIn(fm?.[1] ?? "", /^date[ \t]*:/m.exec(fm?.[1] ?? "")?.index ?? 0, 1),
      message: `front matter: date ${JSON.stringify(String(meta.date))} is not a day that exists; the article is read as undated`,
    });
  return { bodyStart, title: str("title"), outlet: str("outlet"), date: date ?? null, lang, langFrom, errors };
}

/** Builds an Article from text already decoded; `langOption` overrides front matter and detection. */
export function articleFromText(
  path: string,
  text: string,
  langOption?: string,
  store?: FactsStore,
): { article: Article; errors: InputError[] } {
  const hash = createHash("sha256").update(text).digest("hex");
  let facts = store?.getFacts(hash, langOption);
  // Facts from the index are for this text (its hash), yet a body start past its end was not made here.
  if (!facts || facts.bodyStart > text.length) {
    facts = articleFacts(text, langOption);
    store?.setFacts(hash, langOption, facts);
  }
  const article: Article = {
    path,
    text,
    bodyStart: facts.bodyStart,
    title: facts.title,
    outlet: facts.outlet,
    date: facts.date,
    lang: facts.lang,
    langFrom: facts.langFrom,
    hash,
  };
  return { article, errors: facts.errors.map((e) => ({ file: path, ...e })) };
}

/** Larger files are reported, not read: no news article is this long, and memory is finite. */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

/**
 * Reads one article file. Never throws. Only a regular file of at most MAX_ARTICLE_BYTES is read
 * (read-file.ts), so a pipe, socket or device (/dev/zero) swapped in after the folder was listed
 * is reported, not read.
 */
export function readArticle(path: string, langOption?: string, store?: FactsStore): ReadResult {
  const read = readRegularFile(path, MAX_ARTICLE_BYTES, "an article");
  if ("error" in read) return { article: null, errors: [{ file: path, line: 0, column: 0, message: read.error }] };
  return articleFromBytes(path, read.bytes, langOption, store);
}

/** An article from its bytes (a file's, or standard input's): text in UTF-8 or UTF-16, or an input error. */
export function articleFromBytes(path: string, bytes: Uint8Array, langOption?: string, store?: FactsStore): ReadResult {
  let text: string;
  try {
    text = decode(bytes);
  } catch {
    return {
      article: null,
      errors: [
        {
          file: path,
          line: 0,
          column: 0,
          message: "not valid UTF-8 or UTF-16 text (binary file or another encoding?)",
        },
      ],
    };
  }
  if (text.includes("\u0000")) {
    return { article: null, errors: [{ file: path, line: 0, column: 0, message: "binary file (contains NUL bytes)" }] };
  }
  return articleFromText(path, text, langOption, store);
}

/** An article as the stages after analysis know it: everything read from it but its text. */
export type ArticleInfo = Omit<Article, "text">;

// The tagger: turns the lexer's tokens into the grammar's terminals, using one language's
// lexicon. Multi-word lexicon phrases ("more than", "up to", "year-old") become one token,
// German compound number words ("dreihunderttausend") become their parts, and digits get
// their value from the language's separators. It also cuts the text into sentences.
import { eachToken, type RawToken, type RawType } from "../language/lexer.js";
import {
  getMeasures,
  getUnits,
  type Category,
  type Lexicon,
  type PhraseEntry,
  type WordInfo,
} from "../language/lexicon.js";

export interface NumberInfo {
  value: number;
  /** Written with group separators ("300,000"). */
  grouped: boolean;
  /** Has a decimal part ("12.5"). */
  decimal: boolean;
  /** Digits before the decimal separator. */
  intDigits: number;
  /** Separators no language groups or decimals so: "2.4.1" (a version), "1,2,3". */
  malformed: boolean;
}

export interface Token {
  text: string;
  /** Lower-cased text, the lexicon key. */
  key: string;
  start: number;
  end: number;
  line: number;
  col: number;
  raw: RawType;
  cats: readonly Category[];
  info: WordInfo;
  num?: NumberInfo;
  /** White space stands between this token and the one before. */
  spaceBefore: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Tokens before this one were left untagged (the middle of a sentence without a figure). */
  gapBefore: boolean;
}

export interface Sentence {
  /** Token indexes [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Tagged {
  tokens: Token[];
  sentences: Sentence[];
}

/** The longest stretch of tokens treated as one sentence. */
export const MAX_SENTENCE_TOKENS = 150;

const NONE: readonly Category[] = Object.freeze([]);
const NAME: readonly Category[] = Object.freeze(["name"] as Category[]);
const NUM: readonly Category[] = Object.freeze(["num"] as Category[]);
const EMPTY_INFO: WordInfo = Object.freeze({});
/** Categories of words that may also be (part of) a name when capitalised: "Police", "Tote". */
const NAME_LIKE: ReadonlySet<Category> = new Set<Category>([
  "noun",
  "measure",
  "population",
  "status",
  "sourceKind",
  "notPlace",
  "body",
]);
const UPPER = /^\p{Lu}/u;

/** Starts with a capital letter (ASCII fast path; the Unicode class for the rest). */
function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(s);
}
/**
 * Categories of single signs. A Map, asked only of symbols: indexing an object by a word made V8
 * intern every word looked up (a tenth of tagging's time), and "constructor" would have found one.
 */
const PUNCT_CATS: ReadonlyMap<string, Category> = new Map<string, Category>([
  ["-", "hyphen"],
  ["‐", "hyphen"],
  ["‑", "hyphen"],
  ["–", "hyphen"],
  ["—", "hyphen"],
  [",", "comma"],
  ["(", "lparen"],
  [")", "rparen"],
  [".", "dot"],
  ["/", "slash"],
  ["⁄", "slash"],
]);
/** Signs that end a sentence. */
export const SENTENCE_END: ReadonlySet<string> = new Set([".", "!", "?", "…"]);
const CLOSING_QUOTES = new Set(['"', "”", "’", "'", "»", "«", "“", ")"]);

/** Characters that take no room: inside a number they are part of it, neither digit nor separator. */
const INVISIBLE = /^[\u200b-\u200d\u2060\u00ad\ufeff]$/u;

/** The value of a Unicode decimal digit (U+0660 → 0, U+FF15 → 5 …). */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 48 && cp <= 57) return cp - 48;
  let start = cp;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * The value of digits as written in a language: "300.000" is 300000 in German and 300 in
 * English. A separator followed by exactly three digits groups when the language groups with
 * it; otherwise it is the decimal separator. With two kinds of separator, the last one is the
 * decimal. Spaces always group.
 */
export function parseDigits(text: string, lexicon: Lexicon): NumberInfo {
  const groups: string[] = [];
  const seps: string[] = [];
  let cur = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // ASCII digits first: nearly every digit is one, and the Unicode test per character was most
    // of the time a megabyte-long number took.
    if (code >= 48 && code <= 57) cur += ch;
    else if (/\p{Nd}/u.test(ch)) cur += String(digitValue(ch));
    else if (INVISIBLE.test(ch))
      continue; // part of the number, not a separator (lexer.ts)
    else {
      groups.push(cur);
      seps.push(/\s/u.test(ch) ? " " : ch === "’" ? "'" : ch);
      cur = "";
    }
  }
  groups.push(cur);
  let decimalAt = -1;
  let malformed = false;
  const kinds = [...new Set(seps.filter((s) => s !== " " && s !== "'"))];
  if (kinds.length > 1) {
    decimalAt = seps.findLastIndex((s) => s !== " " && s !== "'");
  } else if (kinds.length === 1) {
    const sep = kinds[0]!;
    const groupsOk = groups[0]!.length <= 3 && seps.every((s, i) => s !== sep || groups[i + 1]!.length === 3);
    const single = seps.filter((s) => s === sep).length === 1;
    if (single && !(groupsOk && lexicon.groups.includes(sep))) decimalAt = seps.indexOf(sep);
    // Indian grouping ("12,34,567": twos before the last three) is well formed too.
    const indian =
      groups.length >= 3 &&
      groups[0]!.length <= 2 &&
      groups[groups.length - 1]!.length === 3 &&
      groups.slice(1, -1).every((g) => g.length === 2);
    malformed = !single && !groupsOk && !indian;
  }
  const intPart = groups.slice(0, decimalAt === -1 ? groups.length : decimalAt + 1).join("");
  const fracPart = decimalAt === -1 ? "" : groups.slice(decimalAt + 1).join("");
  const value = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  return {
    value,
    grouped: seps.length > (decimalAt === -1 ? 0 : 1),
    decimal: decimalAt !== -1,
    intDigits: intPart.length,
    malformed,
  };
}

const edges = new WeakMap<Lexicon, { heads: Set<string>; tails: Set<string>; longest: number }>();

/** The first and last three letters of every number morpheme (a cheap test before splitting), and the longest. */
function morphemeEdges(lexicon: Lexicon): { heads: Set<string>; tails: Set<string>; longest: number } {
  let e = edges.get(lexicon);
  if (!e) {
    const words = [...lexicon.numberMorphemes.keys()];
    e = {
      heads: new Set(words.map((w) => w.slice(0, 3))),
      tails: new Set(words.map((w) => w.slice(-3))),
      longest: Math.max(0, ...words.map((w) => w.length)),
    };
    edges.set(lexicon, e);
  }
  return e;
}

type AgeWord = { word: string; entry: PhraseEntry };

/** The age words in the lexicon's order, and by their last three letters (null if one is shorter). */
const ageEndings = new WeakMap<Lexicon, { all: AgeWord[]; byTail: Map<string, AgeWord[]> | null }>();

/**
 * The age adjectives, units of time and multiples of one word ("jährige", "tägige", "fach" …),
 * which a number word may be joined to ("zweijähriger", "dreitägige", "zehnfach", "sixfold"): those
 * a word may end in, by its last three letters (every one of its words was asked before, 60 in German).
 */
function ageAdjectiveWords(lexicon: Lexicon, word: string): readonly AgeWord[] {
  let e = ageEndings.get(lexicon);
  if (!e) {
    const all: AgeWord[] = [];
    const units = getUnits();
    const joinable = new Set(["duration", "multiple"]);
    const ofTime = (e: PhraseEntry): boolean =>
      e.cats.includes("unit") && joinable.has(units.get(e.info.unit ?? "")?.dimension ?? "");
    for (const [word, node] of lexicon.trie.next ?? []) {
      if (node.entry && (node.entry.cats.includes("ageAdj") || ofTime(node.entry)) && /^\p{L}+$/u.test(word))
        all.push({ word, entry: node.entry });
    }
    let byTail: Map<string, AgeWord[]> | null = new Map();
    for (const a of all) {
      if (a.word.length < 3) byTail = null;
      else byTail?.set(a.word.slice(-3), [...(byTail.get(a.word.slice(-3)) ?? []), a]);
    }
    e = { all, byTail };
    ageEndings.set(lexicon, e);
  }
  return e.byTail ? (e.byTail.get(word.slice(-3)) ?? []) : e.all;
}

/**
 * A compound number word, split into its lexicon parts: number morphemes ("dreihundert"), and
 * a number word joined to an age adjective ("zweijähriger": zwei|jähriger), or undefined.
 */
function splitNumberCompound(
  word: string,
  lexicon: Lexicon,
): Array<{ part: string; at: number; entry: PhraseEntry }> | undefined {
  const parts = splitCompound(word, lexicon);
  if (parts) return parts.map((p) => ({ ...p, entry: lexicon.numberMorphemes.get(p.part)! }));
  for (const age of ageAdjectiveWords(lexicon, word)) {
    if (word.length <= age.word.length || !word.endsWith(age.word)) continue;
    const head = word.slice(0, -age.word.length);
    const one = lexicon.numberMorphemes.get(head);
    const number = one
      ? [{ part: head, at: 0, entry: one }]
      : splitCompound(head, lexicon)?.map((p) => ({ ...p, entry: lexicon.numberMorphemes.get(p.part)! }));
    if (number?.some((p) => p.entry.cats.some((c) => FIGURE_CATEGORIES.has(c))))
      return [...number, { part: age.word, at: head.length, entry: age.entry }];
  }
  return undefined;
}

/**
 * Splits a compound number word into lexicon morphemes, or returns undefined. Dynamic
 * programming over the word's positions, looking no further ahead than the longest morpheme:
 * linear in the word's length, so a scraped 3 KB "dreihundertdreihundert…" stays cheap.
 */
function splitCompound(word: string, lexicon: Lexicon): Array<{ part: string; at: number }> | undefined {
  const n = word.length;
  if (n < 6) return undefined;
  const { heads, tails, longest } = morphemeEdges(lexicon);
  if (!heads.has(word.slice(0, 3)) || !tails.has(word.slice(-3))) return undefined;
  // count[i] = the fewest morphemes covering word.slice(i), preferring long morphemes;
  // next[i] = where the first of them ends.
  const count = new Int32Array(n + 1).fill(-1);
  const next = new Int32Array(n + 1);
  count[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = Math.min(n, i + longest); j > i; j--) {
      if (count[j] === -1 || !lexicon.numberMorphemes.has(word.slice(i, j))) continue;
      if (count[i] === -1 || count[j]! + 1 < count[i]!) {
        count[i] = count[j]! + 1;
        next[i] = j;
      }
    }
  }
  if (count[0]! < 2) return undefined;
  const best: Array<{ part: string; at: number }> = [];
  for (let i = 0; i < n; i = next[i]!) best.push({ part: word.slice(i, next[i]), at: i });
  return best;
}

/**
 * A token's lexicon key: lower-cased words and symbols, digits as written. No phrase starts
 * with digits (tagWords reads them first), but one may hold them: "l/100 km".
 */
const keyOf = (t: RawToken): string =>
  t.type === "word" || t.type === "sym" ? t.text.toLowerCase() : t.type === "num" ? t.text : "\u0000";

/**
 * The lexer's tokens without white space and line breaks, with what tagging needs of those:
 * whether white space stands before a token, and the line and column of each (counted here,
 * not by moo, which counts only "\n": a file with CR line ends or U+2028 must get the line
 * numbers an editor shows).
 */
interface Words {
  words: RawToken[];
  /** Each word's lexicon key (keyOf), made once. */
  keys: string[];
  /** White space (or a line break) stands before word k. */
  spaced: Uint8Array;
  /** A line break follows word k. */
  lineEnd: Uint8Array;
}

function words(text: string): Words {
  const words: RawToken[] = [];
  const keys: string[] = [];
  // At most one word per character.
  const spaced = new Uint8Array(text.length + 1);
  const lineEnd = new Uint8Array(text.length + 1);
  let line = 1;
  let lineStart = 0;
  let space = false;
  eachToken(text, (type, start, end) => {
    if (type === "ws") space = true;
    else if (type === "nl") {
      if (words.length > 0) lineEnd[words.length - 1] = 1;
      line++;
      lineStart = end;
      space = true;
    } else {
      // Lines and columns are counted here, not by moo, which counts only "\n".
      const word: RawToken = { type, text: text.slice(start, end), offset: start, line, col: start - lineStart + 1 };
      words.push(word);
      keys.push(keyOf(word));
      spaced[words.length - 1] = space ? 1 : 0;
      space = false;
    }
  });
  return { words, keys, spaced, lineEnd };
}

/**
 * The longest lexicon phrase starting at word i and ending before `end`, never across a line
 * break. `firstKey` is word i's own key, already computed.
 */
function phraseAt(
  w: Words,
  i: number,
  end: number,
  firstKey: string,
  lexicon: Lexicon,
): { entry: PhraseEntry; end: number; key: string } | undefined {
  let node = lexicon.trie.next!.get(firstKey);
  if (!node) return undefined;
  // The longest so far, made into an object once at the end.
  let entry = node.entry;
  let bestEnd = i + 1;
  let bestKey = firstKey;
  let key = firstKey;
  for (let j = i + 1; j < end && j - i < lexicon.maxPhraseTokens && node.next && w.lineEnd[j - 1] === 0; j++) {
    const k = w.keys[j]!;
    node = node.next.get(k);
    if (!node) break;
    key += ` ${k}`;
    if (node.entry) {
      entry = node.entry;
      bestEnd = j + 1;
      bestKey = key;
    }
  }
  return entry ? { entry, end: bestEnd, key: bestKey } : undefined;
}

/** In capitals, two letters or more. A small ASCII letter first is no capital, without upper-casing the word. */
const allCaps = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return s.length >= 2 && !(c >= 97 && c <= 122) && s === s.toUpperCase() && s !== s.toLowerCase();
};

/** "in the US": a function word in capitals, amid words that are not, is an acronym. */
function isAcronym(w: Words, i: number): boolean {
  const around = [w.words[i - 1], w.words[i + 1]];
  return allCaps(w.words[i]!.text) && around.every((x) => x?.type !== "word" || !allCaps(x.text));
}

// Every token is made by this one function, so that all have the same shape (V8 keeps the
// property accesses of the grammar's matchers monomorphic).
function makeToken(
  text: string,
  key: string,
  start: number,
  end: number,
  line: number,
  col: number,
  raw: RawType,
  cats: readonly Category[],
  info: WordInfo,
  num: NumberInfo | undefined,
  spaceBefore: boolean,
  cap: boolean,
): Token {
  return { text, key, start, end, line, col, raw, cats, info, num, spaceBefore, cap, gapBefore: false };
}

/** The token of a digit word. */
function numberToken(t: RawToken, lexicon: Lexicon, spaceBefore: boolean): Token {
  const start = t.offset;
  return makeToken(
    t.text,
    t.text,
    start,
    start + t.text.length,
    t.line,
    t.col,
    "num",
    NUM,
    EMPTY_INFO,
    parseDigits(t.text, lexicon),
    spaceBefore,
    false,
  );
}

/** The token of lexicon phrase `match`, which starts at word i. */
function phraseToken(
  text: string,
  w: Words,
  i: number,
  match: { entry: PhraseEntry; end: number; key: string },
  spaceBefore: boolean,
  cap: boolean,
): Token {
  const t = w.words[i]!;
  const start = t.offset;
  const last = w.words[match.end - 1]!;
  const end = last.offset + last.text.length;
  // An ISO code in small letters is a word ("try", "all"), never a currency.
  let cats: readonly Category[] =
    match.entry.smallCats !== undefined && t.text !== t.text.toUpperCase() ? match.entry.smallCats : match.entry.cats;
  const single = match.end === i + 1;
  const punct = single && t.type === "sym" ? PUNCT_CATS.get(t.text) : undefined;
  if (punct) cats = [...cats, punct];
  if (cap && cats.every((c) => NAME_LIKE.has(c))) cats = [...cats, "name"];
  else if (single && cats.length === 1 && cats[0] === "stop" && isAcronym(w, i)) cats = NAME;
  return makeToken(
    single ? t.text : text.slice(start, end),
    match.key,
    start,
    end,
    t.line,
    t.col,
    t.type,
    cats,
    match.entry.info,
    undefined,
    spaceBefore,
    cap,
  );
}

/** Pushes the morphemes of compound number word `t` (key `key`) as tokens; false if it is none. */
function pushCompound(t: RawToken, key: string, lexicon: Lexicon, tokens: Token[], spaceBefore: boolean): boolean {
  if (t.type !== "word" || !lexicon.compounds || t.text.length < 6) return false;
  const parts = splitNumberCompound(key, lexicon);
  if (!parts) return false;
  const start = t.offset;
  parts.forEach(({ part, at, entry: e }, k) => {
    tokens.push(
      makeToken(
        t.text.slice(at, at + part.length),
        part,
        start + at,
        start + at + part.length,
        t.line,
        t.col + at,
        "word",
        e.cats,
        e.info,
        undefined,
        k === 0 && spaceBefore,
        false,
      ),
    );
  });
  return true;
}

/**
 * Whether a compound's last part makes it what the compound counts: a counted noun of people or of
 * a measure ("Fälle", "Opfer"), or a long one of places ("Küstenbezirke", "Nachbarländer": a
 * place name ends in a short one, "Lorsland", "Düsseldorf", "Ingolstadt"); not of things
 * ("Krankenhäuser" are no homes destroyed).
 */
function countsAsPart(e: PhraseEntry | undefined, part: string): e is PhraseEntry {
  const measure = e?.info.measure ? getMeasures().get(e.info.measure) : undefined;
  // "Weizenernte", "Treibstoffreserven": the thing an amount is of names the compound (measures.yaml `amount`).
  if (measure?.amount) return true;
  if (!e?.cats.includes("noun")) return false;
  if (e.info.nounUnit === "city") return part.length >= PLACE_PART;
  return measure ? measure.things !== true : e.info.nounUnit === "person";
}

/** The shortest last part of places that makes a compound a count of places: "bezirke", "länder", "städte". */
const PLACE_PART = 6;

/**
 * A noun written as one word with what qualifies it (the lexicon's `writing.nounCompounds`):
 * "Verdachtsfälle", "Todesopfer", "Neuinfektionen". A capitalised word the lexicon does not know,
 * whose longest last part is a counted noun, a measure word or a population, is read as that
 * part; its first part, less a linking ending ("Verdacht-s-"), gives it a status where it is one
 * (suspected Fälle, new Infektionen). Undefined for any other word.
 */
function nounCompoundToken(t: RawToken, key: string, lexicon: Lexicon, spaceBefore: boolean, cap: boolean) {
  const nc = lexicon.nounCompounds;
  if (!nc || !cap || t.type !== "word" || key.length < nc.shortestPart + 3) return undefined;
  for (let at = 3; at <= key.length - nc.shortestPart; at++) {
    const entry = lexicon.trie.next!.get(key.slice(at))?.entry;
    if (!entry?.cats.some((c) => c === "noun" || c === "measure" || c === "population")) continue;
    // The longest known last part decides: "Verkehrsunfälle" are Unfälle, no Fälle.
    if (!countsAsPart(entry, key.slice(at))) return undefined;
    const status = compoundStatus(key.slice(0, at), nc.linkingEndings, lexicon);
    const info = status ? { ...entry.info, status } : entry.info;
    return plainToken(t, key, spaceBefore, cap, { cats: entry.cats, info });
  }
  return undefined;
}

/** The status a compound's first part names ("verdachts" → suspected, "neu" → new), if any. */
function compoundStatus(first: string, linking: readonly string[], lexicon: Lexicon): string | undefined {
  for (const w of [first, ...linking.filter((e) => first.endsWith(e)).map((e) => first.slice(0, -e.length))]) {
    const entry = lexicon.trie.next!.get(w)?.entry;
    if (entry?.cats.includes("status")) return entry.info.status;
  }
  return undefined;
}

/** The token of a word, symbol or other raw token that starts no lexicon phrase (`as`: read as another word). */
function plainToken(
  t: RawToken,
  key: string,
  spaceBefore: boolean,
  cap: boolean,
  as?: { cats: readonly Category[]; info: WordInfo },
): Token {
  const start = t.offset;
  const punct = t.type === "sym" ? PUNCT_CATS.get(t.text) : undefined;
  const cats = as?.cats ?? (punct ? [punct] : t.type === "word" && cap ? NAME : NONE);
  return makeToken(
    t.text,
    key,
    start,
    start + t.text.length,
    t.line,
    t.col,
    t.type,
    cats,
    as?.info ?? EMPTY_INFO,
    undefined,
    spaceBefore,
    cap,
  );
}

/** Tags words [from, to) onto `tokens`, at most `limit` tokens. */
function tagWords(
  text: string,
  w: Words,
  from: number,
  to: number,
  lexicon: Lexicon,
  tokens: Token[],
  limit = Infinity,
): void {
  const stop = tokens.length + limit;
  for (let i = from; i < to && tokens.length < stop; ) {
    const t = w.words[i]!;
    const spaceBefore = w.spaced[i] === 1;
    if (t.type === "num") {
      tokens.push(numberToken(t, lexicon, spaceBefore));
      i++;
      continue;
    }
    const key = w.keys[i]!;
    const cap = t.type === "word" && isCap(t.text);
    const match = phraseAt(w, i, to, key, lexicon);
    if (match) {
      tokens.push(phraseToken(text, w, i, match, spaceBefore, cap));
      i = match.end;
      continue;
    }
    const day = possessiveOfTime(key, lexicon, tokens.at(-1));
    if (day) tokens.push(phraseToken(text, w, i, { ...day, end: i + 1 }, spaceBefore, false));
    else if (!pushCompound(t, key, lexicon, tokens, spaceBefore))
      tokens.push(nounCompoundToken(t, key, lexicon, spaceBefore, cap) ?? plainToken(t, key, spaceBefore, cap));
    i++;
  }
}

/** The categories of a day: a possessive keeps them ("Sunday's", "yesterday's"). */
export const DAY_CATEGORIES: readonly Category[] = ["weekday", "relDay", "weekend"];

/**
 * A day in the possessive ("Sunday's election"), or a unit of time after a word of `frame.last`
 * ("last year's harvest"), read as the day or the unit: its lexicon entry, keyed without the ending.
 */
function possessiveOfTime(
  key: string,
  lexicon: Lexicon,
  before: Token | undefined,
): { entry: PhraseEntry; key: string } | undefined {
  for (const ending of lexicon.possessiveEndings) {
    if (key.length <= ending.length || !key.endsWith(ending)) continue;
    const base = key.slice(0, -ending.length);
    const entry = lexicon.trie.next!.get(base)?.entry;
    if (entry?.cats.some((c) => DAY_CATEGORIES.includes(c))) return { entry, key: base };
    const unit = entry?.info.unit ? getUnits().get(entry.info.unit) : undefined;
    if (entry && unit?.dimension === "duration" && before?.cats.includes("lastWord")) return { entry, key: base };
  }
  return undefined;
}

/** Whether the lexicon files a single word (its lower-cased key) under a category. */
export const wordIs = (lexicon: Lexicon, key: string, category: Category): boolean =>
  lexicon.trie.next!.get(key)?.entry?.cats.includes(category) === true;

const isMonth = (t: RawToken, lexicon: Lexicon): boolean => t.type === "word" && wordIs(lexicon, keyOf(t), "month");

/**
 * Sentence ends, as flags on words: line breaks, and . ! ? … before a capital, a quote or the
 * end. Decided on the lexer's words, before tagging, so that sentences without a figure need
 * not be tagged at all. The only lexicon phrases that hold a sentence-end mark are a word and
 * its dot ("mio .", test/extract/tagger.test.ts), so the words give the same ends as the tagged
 * tokens would.
 */
function sentenceEnds(w: Words, lexicon: Lexicon): Uint8Array {
  const { words, spaced } = w;
  const ends = w.lineEnd.slice();
  for (let k = 0; k < words.length; k++) {
    const tok = words[k]!;
    if (tok.type !== "sym" || !SENTENCE_END.has(tok.text)) continue;
    let end = k;
    while (end + 1 < words.length && CLOSING_QUOTES.has(words[end + 1]!.text) && spaced[end + 1] === 0) end++;
    const next = end + 1 < words.length ? words[end + 1] : undefined;
    if (next && spaced[end + 1] === 0 && tok.text === ".") continue; // "U.S.", "1.5"
    if (tok.text === ".") {
      const prev = k > 0 ? words[k - 1] : undefined;
      if (prev && spaced[k] === 0) {
        const prevKey = w.keys[k - 1]!; // keyOf: its text in small letters
        if (prev.type === "word" && lexicon.abbreviations.has(prevKey)) continue;
        // "2 Mio. Euro", "20 Min.": the dot belongs to a lexicon phrase ("mio .").
        if (lexicon.trie.next!.get(prevKey)?.next?.has(".")) continue;
        if (prev.type === "word" && prev.text.length === 1 && isCap(prev.text)) continue; // initials
        if (prev.type === "num" && next && (isMonth(next, lexicon) || !isCap(next.text))) continue; // "21. September"
      }
      if (next && next.type === "word" && !isCap(next.text)) continue;
    }
    ends[end] = 1;
  }
  return ends;
}

const figureKeyCache = new WeakMap<Lexicon, Set<string>>();

/**
 * Words without which a sentence cannot state a figure: one word of every lexicon phrase of a
 * figure category or a unit ("a year ago" states one), since the phrase cannot be there without
 * each of its words. Of a phrase's words the longest is taken ("couple" of "a couple of"), as the
 * least likely to occur anyway. A superset by construction, so skipping sentences without any
 * of them, or digits, or a compound number word, loses no figure.
 */
function figureKeys(lexicon: Lexicon): Set<string> {
  let keys = figureKeyCache.get(lexicon);
  if (keys) return keys;
  keys = new Set<string>();
  const telling = (k: string): number => k.length + (/^[a-z]$/u.test(k) ? 0 : 0.5);
  const walk = (node: { entry?: PhraseEntry; next?: Map<string, unknown> }, path: string[]): void => {
    // A unit that is also a function word ("in": inches) is read only after a figure, so it is no sign of one.
    if (
      node.entry &&
      (node.entry.cats.some((c) => FIGURE_CATEGORIES.has(c)) ||
        (node.entry.cats.includes("unit") && !node.entry.cats.includes("stop")))
    ) {
      keys!.add(path.reduce((a, b) => (telling(b) >= telling(a) ? b : a)));
    }
    for (const [k, child] of node.next ?? []) walk(child as typeof node, [...path, k]);
  };
  walk(lexicon.trie, []);
  figureKeyCache.set(lexicon, keys);
  return keys;
}

/** Categories that make a sentence worth parsing: it states a figure. */
export const FIGURE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  "num",
  "units",
  "teens",
  "tens",
  "hundred",
  "scale",
  "fraction",
  "multiplePhrase",
  "vulgarFraction",
  "plusHalf",
  "half",
  "ordinal",
  "pluralScale",
  "vagueDet",
  "tensOf",
  // "in his forties", "in den Vierzigern": a decade of age in words
  "decade",
]);

/**
 * Could words [from, to) hold a figure or a full name? Only such sentences are tagged when
 * tagging for extraction: a figure needs a digit or a figure word; a full name (two name tokens
 * in a row, see fullNames) needs two capitalised words in a row, or a capitalised word that
 * starts a lexicon phrase (whose token could be the name's first word).
 */
function worthTagging(w: Words, from: number, to: number, lexicon: Lexicon, keys: Set<string>): boolean {
  let capBefore = false;
  for (let i = from; i < to; i++) {
    const t = w.words[i]!;
    if (t.type === "num") return true;
    if (t.type !== "word" && t.type !== "sym") {
      capBefore = false;
      continue;
    }
    const key = w.keys[i]!;
    if (keys.has(key)) return true;
    const cap = t.type === "word" && isCap(t.text);
    if (t.type === "word") {
      if (cap && capBefore && w.spaced[i] === 1) return true;
      if (cap && lexicon.trie.next!.get(key)?.next) return true;
      // A name written with accents may stand alone ("Hawaiʻi"): the name rule reads it (extract.ts accentedName).
      if (cap && !lexicon.capitalisedNouns && !/^\p{ASCII}*$/u.test(t.text) && !lexicon.trie.next!.has(key))
        return true;
      if (lexicon.compounds && key.length >= 6 && splitNumberCompound(key, lexicon)) return true;
    }
    capBefore = cap;
  }
  return false;
}

/**
 * Tags a text: its tokens and its sentences. With `only: "figures"` (extraction), a sentence
 * that can hold neither a figure nor a full name keeps its place in the list of sentences but
 * only its first and last tokens are tagged (the context a figure in a neighbouring sentence
 * looks at): in news text most sentences state no figure, and tagging them was most of the cost.
 */
/** The sentences as word ranges, and which of them are tagged whole (all, without `keys`). */
function sentenceSpans(
  w: ReturnType<typeof words>,
  ends: ReturnType<typeof sentenceEnds>,
  lexicon: Lexicon,
  keys: ReturnType<typeof figureKeys> | undefined,
): Array<{ from: number; to: number; whole: boolean }> {
  const spans: Array<{ from: number; to: number; whole: boolean }> = [];
  for (let from = 0; from < w.words.length; ) {
    let to = from;
    while (to < w.words.length - 1 && ends[to] === 0) to++;
    to++;
    spans.push({
      from,
      to,
      whole: !keys || to - from > MAX_SENTENCE_TOKENS || worthTagging(w, from, to, lexicon, keys),
    });
    from = to;
  }
  return spans;
}

export function tag(text: string, lexicon: Lexicon, only: "all" | "figures" = "all"): Tagged {
  const w = words(text);
  const ends = sentenceEnds(w, lexicon);
  const spans = sentenceSpans(w, ends, lexicon, only === "figures" ? figureKeys(lexicon) : undefined);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const push = (first: number, last: number): void => {
    sentences.push({ first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end });
  };
  spans.forEach(({ from, to, whole }, k) => {
    const first = tokens.length;
    if (!whole) {
      // A skipped sentence keeps the tokens a tagged neighbour looks at: its first if the
      // sentence before is tagged ("der 1. FC Köln" is cut after "1."), its last if the one
      // after is (what stands before a figure that opens a sentence).
      if (spans[k - 1]?.whole)
        tagWords(text, w, from, Math.min(to, from + lexicon.maxPhraseTokens), lexicon, tokens, 1);
      if (spans[k + 1]?.whole) {
        const tail: Token[] = [];
        tagWords(text, w, Math.max(from, to - lexicon.maxPhraseTokens), to, lexicon, tail);
        const lastToken = tail[tail.length - 1]!;
        const firstToken = tokens.length > first ? tokens[first]! : undefined;
        if (!firstToken || lastToken.start >= firstToken.end) {
          // Words before it were left out: it starts no name with the token before it.
          lastToken.gapBefore = lastToken.start !== w.words[from]!.offset;
          tokens.push(lastToken);
        }
      }
      const a = w.words[from]!;
      const z = w.words[to - 1]!;
      sentences.push({ first, last: tokens.length, start: a.offset, end: z.offset + z.text.length });
      return;
    }
    tagWords(text, w, from, to, lexicon, tokens);
    for (const [a, z] of boundedStretches(tokens, first)) push(a, z);
  });
  return { tokens, sentences };
}

/**
 * The tokens from `first` on as sentences: text without sentence ends (a scraped 1 MB line) is
 * cut into stretches of at most MAX_SENTENCE_TOKENS, at a comma or semicolon where one is near,
 * so that every step that looks across a sentence stays bounded.
 */
function boundedStretches(tokens: readonly Token[], first: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = first;
  while (tokens.length - at > MAX_SENTENCE_TOKENS) {
    let cut = at + MAX_SENTENCE_TOKENS;
    for (let j = cut - 1; j > at + MAX_SENTENCE_TOKENS / 2; j--) {
      if (tokens[j]!.text === "," || tokens[j]!.text === ";") {
        cut = j + 1;
        break;
      }
    }
    out.push([at, cut]);
    at = cut;
  }
  if (tokens.length > at) out.push([at, tokens.length]);
  return out;
}

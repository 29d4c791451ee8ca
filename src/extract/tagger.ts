// The tagger: turns the lexer's tokens into the grammar's terminals, using one language's
// lexicon. Multi-word lexicon phrases ("more than", "up to", "year-old") become one token,
// German compound number words ("dreihunderttausend") become their parts, and digits get
// their value from the language's separators. It also cuts the text into sentences.
import { lex, type RawToken, type RawType } from "./lexer.js";
import type { Category, Lexicon, PhraseEntry, WordInfo } from "./lexicon.js";

export interface NumberInfo {
  value: number;
  /** Written with group separators ("300,000"). */
  grouped: boolean;
  /** Has a decimal part ("12.5"). */
  decimal: boolean;
  /** Digits before the decimal separator. */
  intDigits: number;
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
const UPPER = /^\p{Lu}/u;

/** Starts with a capital letter (ASCII fast path; the Unicode class for the rest). */
function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(s);
}
const PUNCT_CATS: Record<string, Category> = {
  "-": "hyphen", "‐": "hyphen", "‑": "hyphen", "–": "hyphen", "—": "hyphen",
  ",": "comma", "(": "lparen", ")": "rparen", ".": "dot",
};
const SENTENCE_END = new Set([".", "!", "?", "…"]);
const CLOSING_QUOTES = new Set(['"', "”", "’", "'", "»", "«", "“", ")"]);

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
    if (/\p{Nd}/u.test(ch)) cur += String(digitValue(ch));
    else {
      groups.push(cur);
      seps.push(/\s/u.test(ch) ? " " : ch === "’" ? "'" : ch);
      cur = "";
    }
  }
  groups.push(cur);
  let decimalAt = -1;
  const kinds = [...new Set(seps.filter((s) => s !== " " && s !== "'"))];
  if (kinds.length > 1) {
    decimalAt = seps.findLastIndex((s) => s !== " " && s !== "'");
  } else if (kinds.length === 1) {
    const sep = kinds[0]!;
    const groupsOk = groups[0]!.length <= 3 && seps.every((s, i) => s !== sep || groups[i + 1]!.length === 3);
    const single = seps.filter((s) => s === sep).length === 1;
    if (single && !(groupsOk && lexicon.groups.includes(sep))) decimalAt = seps.indexOf(sep);
  }
  const intPart = groups.slice(0, decimalAt === -1 ? groups.length : decimalAt + 1).join("");
  const fracPart = decimalAt === -1 ? "" : groups.slice(decimalAt + 1).join("");
  const value = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  return {
    value,
    grouped: seps.length > (decimalAt === -1 ? 0 : 1),
    decimal: decimalAt !== -1,
    intDigits: intPart.length,
  };
}

const edges = new WeakMap<Lexicon, { heads: Set<string>; tails: Set<string> }>();

/** The first and last three letters of every number morpheme: a cheap test before splitting. */
function morphemeEdges(lexicon: Lexicon): { heads: Set<string>; tails: Set<string> } {
  let e = edges.get(lexicon);
  if (!e) {
    const words = [...lexicon.numberMorphemes.keys()];
    e = { heads: new Set(words.map((w) => w.slice(0, 3))), tails: new Set(words.map((w) => w.slice(-3))) };
    edges.set(lexicon, e);
  }
  return e;
}

/** Splits a compound number word into lexicon morphemes, or returns undefined. */
function splitCompound(word: string, lexicon: Lexicon): Array<{ part: string; at: number }> | undefined {
  const n = word.length;
  if (n < 6) return undefined;
  const { heads, tails } = morphemeEdges(lexicon);
  if (!heads.has(word.slice(0, 3)) || !tails.has(word.slice(-3))) return undefined;
  // best[i] = the fewest morphemes covering word.slice(i), preferring long morphemes.
  const best: Array<Array<{ part: string; at: number }> | undefined> = new Array(n + 1);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    for (let j = n; j > i; j--) {
      const piece = word.slice(i, j);
      if (!lexicon.numberMorphemes.has(piece)) continue;
      const rest = best[j];
      if (rest && (!best[i] || rest.length + 1 < best[i]!.length)) best[i] = [{ part: piece, at: i }, ...rest];
    }
  }
  const parts = best[0];
  return parts && parts.length >= 2 ? parts : undefined;
}

/** A token's lexicon key: lower-cased words and symbols; numbers and breaks never match. */
const keyOf = (t: RawToken): string => (t.type === "word" || t.type === "sym" ? t.text.toLowerCase() : "\u0000");

/**
 * The longest lexicon phrase starting at raw token i, skipping white space between its words and
 * never crossing a line break. `firstKey` is raw token i's own key, already computed.
 */
function phraseAt(raw: readonly RawToken[], i: number, firstKey: string, lexicon: Lexicon): { entry: PhraseEntry; end: number; key: string } | undefined {
  let node = lexicon.trie.next!.get(firstKey);
  if (!node) return undefined;
  let best = node.entry ? { entry: node.entry, end: i + 1, key: firstKey } : undefined;
  let key = firstKey;
  let words = 1;
  for (let j = i + 1; j < raw.length && words < lexicon.maxPhraseTokens && node.next; j++) {
    const t = raw[j]!;
    if (t.type === "ws") continue;
    const k = keyOf(t);
    node = node.next.get(k);
    if (!node) break;
    words++;
    key += " " + k;
    if (node.entry) best = { entry: node.entry, end: j + 1, key };
  }
  return best;
}

// Every token is made by this one function, so that all have the same shape (V8 keeps the
// property accesses of the grammar's matchers monomorphic).
function makeToken(
  text: string, key: string, start: number, end: number, line: number, col: number, raw: RawType,
  cats: readonly Category[], info: WordInfo, num: NumberInfo | undefined, spaceBefore: boolean, cap: boolean,
): Token {
  return { text, key, start, end, line, col, raw, cats, info, num, spaceBefore, cap };
}

export function tag(text: string, lexicon: Lexicon): Tagged {
  const raw = lex(text);
  const tokens: Token[] = [];
  // Token indexes after which a sentence ends, in increasing order (line breaks, then ends).
  const breaks: number[] = [];
  // Lines are counted here, not by moo, which counts only "\n": a file with CR line ends
  // (old Mac) or U+2028 must get the same line numbers as an editor shows.
  let line = 1;
  let lineStart = 0;
  let spaceBefore = false;
  for (let i = 0; i < raw.length; ) {
    const t = raw[i]!;
    if (t.type === "ws") {
      spaceBefore = true;
      i++;
      continue;
    }
    if (t.type === "nl") {
      if (tokens.length > 0 && breaks[breaks.length - 1] !== tokens.length - 1) breaks.push(tokens.length - 1);
      line++;
      lineStart = t.offset + t.text.length;
      spaceBefore = true;
      i++;
      continue;
    }
    const col = t.offset - lineStart + 1;
    const start = t.offset;
    if (t.type === "num") {
      tokens.push(makeToken(t.text, t.text, start, start + t.text.length, line, col, "num", NUM, EMPTY_INFO, parseDigits(t.text, lexicon), spaceBefore, false));
      spaceBefore = false;
      i++;
      continue;
    }
    const key = keyOf(t);
    const cap = t.type === "word" && isCap(t.text);
    const match = phraseAt(raw, i, key, lexicon);
    if (match) {
      const last = raw[match.end - 1]!;
      const end = last.offset + last.text.length;
      let cats = match.entry.cats;
      const punct = match.end === i + 1 ? PUNCT_CATS[t.text] : undefined;
      if (punct) cats = [...cats, punct];
      if (cap && cats.every((c) => c === "noun" || c === "concept")) cats = [...cats, "name"];
      tokens.push(makeToken(text.slice(start, end), match.key, start, end, line, col, t.type, cats, match.entry.info, undefined, spaceBefore, cap));
      spaceBefore = false;
      i = match.end;
      continue;
    }
    if (t.type === "word" && lexicon.compounds && t.text.length >= 6) {
      const parts = splitCompound(key, lexicon);
      if (parts) {
        parts.forEach(({ part, at }, k) => {
          const e = lexicon.numberMorphemes.get(part)!;
          tokens.push(makeToken(t.text.slice(at, at + part.length), part, start + at, start + at + part.length, line, col + at, "word", e.cats, e.info, undefined, k === 0 && spaceBefore, false));
        });
        spaceBefore = false;
        i++;
        continue;
      }
    }
    const punct = t.type === "sym" ? PUNCT_CATS[t.text] : undefined;
    const cats = punct ? [punct] : t.type === "word" && cap ? NAME : NONE;
    tokens.push(makeToken(t.text, key, start, start + t.text.length, line, col, t.type, cats, EMPTY_INFO, undefined, spaceBefore, cap));
    spaceBefore = false;
    i++;
  }

  // Sentence ends: line breaks (above), and . ! ? before a capital, a quote or the end.
  const boundaries = new Uint8Array(tokens.length + 1);
  for (const k of breaks) boundaries[k] = 1;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.raw !== "sym" || !SENTENCE_END.has(tok.text)) continue;
    let end = k;
    while (tokens[end + 1] && CLOSING_QUOTES.has(tokens[end + 1]!.text) && !tokens[end + 1]!.spaceBefore) end++;
    const next = tokens[end + 1];
    if (next && !next.spaceBefore && tok.text === ".") continue; // "U.S.", "1.5"
    if (tok.text === ".") {
      const prev = tokens[k - 1];
      if (prev && !tok.spaceBefore) {
        if (prev.raw === "word" && lexicon.abbreviations.has(prev.key)) continue;
        if (prev.raw === "word" && prev.text.length === 1 && prev.cap) continue; // initials
        if (prev.raw === "num" && next && (next.cats.includes("month") || !next.cap)) continue; // "21. September"
      }
      if (next && !next.cap && next.raw === "word") continue;
    }
    boundaries[end] = 1;
  }
  const sentences: Sentence[] = [];
  const push = (first: number, last: number): void => {
    sentences.push({ first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end });
  };
  let first = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (boundaries[k] === 1 || k === tokens.length - 1) {
      // Text without sentence ends (a scraped 1 MB line) is cut into stretches of at most
      // MAX_SENTENCE_TOKENS, at a comma or semicolon where one is near, so that every step
      // that looks across a sentence stays bounded.
      let from = first;
      while (k + 1 - from > MAX_SENTENCE_TOKENS) {
        let cut = from + MAX_SENTENCE_TOKENS;
        for (let j = cut - 1; j > from + MAX_SENTENCE_TOKENS / 2; j--) {
          if (tokens[j]!.text === "," || tokens[j]!.text === ";") {
            cut = j + 1;
            break;
          }
        }
        push(from, cut);
        from = cut;
      }
      push(from, k + 1);
      first = k + 1;
    }
  }
  return { tokens, sentences };
}

// The tagger: turns the lexer's tokens into the grammar's terminals, using one language's
// lexicon. Multi-word lexicon phrases ("more than", "up to", "year-old") become one token,
// German compound number words ("dreihunderttausend") become their parts, and digits get
// their value from the language's separators. It also cuts the text into sentences.
import { lex, type RawToken, type RawType } from "./lexer.js";
import { matchPhrase, type Category, type Lexicon, type WordInfo } from "./lexicon.js";

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

export function tag(text: string, lexicon: Lexicon): Tagged {
  const raw = lex(text);
  // Tokens without white space; line breaks kept for now as sentence boundaries.
  const base: RawToken[] = [];
  const spaced: boolean[] = [];
  let space = false;
  // Lines are counted here, not by moo, which counts only "\n": a file with CR line ends
  // (old Mac) or U+2028 must get the same line numbers as an editor shows.
  let line = 1;
  let lineStart = 0;
  for (const t of raw) {
    if (t.type === "nl") {
      line++;
      lineStart = t.offset + t.text.length;
    }
    if (t.type === "ws") {
      space = true;
      continue;
    }
    if (t.line !== line || t.col !== t.offset - lineStart + 1) {
      // moo's own token objects are reused: set our count on them.
      t.line = line;
      t.col = t.offset - lineStart + 1;
    }
    base.push(t);
    spaced.push(space);
    space = t.type === "nl";
  }
  const keys = base.map((t) => (t.type === "word" || t.type === "sym" ? t.text.toLowerCase() : "\u0000"));
  const firstLevel = lexicon.trie.next!;

  const tokens: Token[] = [];
  const boundaries = new Set<number>(); // token index after which a sentence ends
  for (let i = 0; i < base.length; ) {
    const t = base[i]!;
    const spaceBefore = spaced[i]!;
    if (t.type === "nl") {
      if (tokens.length > 0) boundaries.add(tokens.length - 1);
      i++;
      continue;
    }
    if (t.type === "num") {
      tokens.push({
        text: t.text, key: t.text, start: t.offset, end: t.offset + t.text.length, line: t.line, col: t.col,
        raw: "num", cats: NUM, info: EMPTY_INFO, num: parseDigits(t.text, lexicon), spaceBefore, cap: false,
      });
      i++;
      continue;
    }
    const match = firstLevel.has(keys[i]!) ? matchPhrase(lexicon, keys, i) : undefined;
    const cap = t.type === "word" && isCap(t.text);
    if (match) {
      const last = base[i + match.length - 1]!;
      const end = last.offset + last.text.length;
      let cats = match.entry.cats;
      const punct = match.length === 1 ? PUNCT_CATS[t.text] : undefined;
      if (punct) cats = [...cats, punct];
      if (cap && cats.every((c) => c === "noun" || c === "concept")) cats = [...cats, "name"];
      tokens.push({
        text: text.slice(t.offset, end), key: keys.slice(i, i + match.length).join(" "), start: t.offset, end,
        line: t.line, col: t.col, raw: t.type, cats, info: match.entry.info, spaceBefore, cap,
      });
      i += match.length;
      continue;
    }
    if (t.type === "word" && lexicon.compounds && t.text.length >= 6) {
      const parts = splitCompound(keys[i]!, lexicon);
      if (parts) {
        parts.forEach(({ part, at }, k) => {
          const e = lexicon.numberMorphemes.get(part)!;
          tokens.push({
            text: t.text.slice(at, at + part.length), key: part, start: t.offset + at, end: t.offset + at + part.length,
            line: t.line, col: t.col + at, raw: "word", cats: e.cats, info: e.info, spaceBefore: k === 0 && spaceBefore, cap: false,
          });
        });
        i++;
        continue;
      }
    }
    const punct = t.type === "sym" ? PUNCT_CATS[t.text] : undefined;
    tokens.push({
      text: t.text, key: keys[i]!, start: t.offset, end: t.offset + t.text.length, line: t.line, col: t.col,
      raw: t.type, cats: punct ? [punct] : t.type === "word" && cap ? NAME : NONE, info: EMPTY_INFO, spaceBefore, cap,
    });
    i++;
  }

  // Sentence ends: line breaks (above), and . ! ? before a capital, a quote or the end.
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
    boundaries.add(end);
  }
  const sentences: Sentence[] = [];
  const push = (first: number, last: number): void => {
    sentences.push({ first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end });
  };
  let first = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (boundaries.has(k) || k === tokens.length - 1) {
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

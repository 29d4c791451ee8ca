// The moo lexer: splits any text into numbers, words, spaces, line breaks and single symbols.
// It knows no language: what a word means is the tagger's job (tagger.ts, from the lexicon),
// and what a number's separators mean is decided there too, from the language's digits.
import moo from "moo";

export type RawType = "num" | "word" | "ws" | "nl" | "sym";

export interface RawToken {
  type: RawType;
  text: string;
  offset: number;
  line: number;
  col: number;
}

// moo takes the first rule that matches, so the order matters:
// - digits grouped by spaces ("300 000") before plain digits, and only groups of exactly three;
// - every rule carries /u, as moo requires all or none.
// - no rule repeats without bound: a regular expression that matched a run of megabytes (a
//   scraped blob of letters, a page of spaces) ran out of stack and stopped the whole run, so a
//   longer run is cut into tokens of at most 4,096 characters (16,384 digits; no word or number is that long).
const rules: moo.Rules = {
  nl: { match: /\r\n|\r|\n|\u2028|\u2029/u, lineBreaks: true },
  ws: /[^\S\r\n\u2028\u2029]{1,4096}/u,
  num: [
    /\p{Nd}{1,3}(?:[\u00a0\u202f\u2009 ]\p{Nd}{3}){1,1000}(?!\p{Nd})/u,
    // Invisible characters (zero-width space and joiners, word joiner, soft hyphen, BOM) inside a
    // number, as text pasted from a web page carries them, are part of it: "200\u200b000" is one
    // number (tagger.ts parseDigits skips them), never 200 and 000, and never a decimal point.
    // Runs are bounded (as every rule here) so that megabytes of digits cannot overflow the regex.
    // Every group after the first starts with a separator (visible or not), so that a run of
    // digits has one way to match, not a number of ways that grows with its length.
    /\p{Nd}{1,16384}(?:(?:[.,'’]|[\u200b-\u200d\u2060\u00ad\ufeff]{1,8}[.,'’]?)[\u200b-\u200d\u2060\u00ad\ufeff]{0,8}\p{Nd}{1,16384}){0,1000}/u,
    // A decimal without its leading zero (".5 percent"): a dot glued to digits after it, with no
    // letter, digit or sign of a number before it ("Nr.5", "v.2", "...5" stay apart).
    /(?<![\p{L}\p{N}.,'’])\.\p{Nd}{1,16384}(?![.,'’]\p{Nd})/u,
  ],
  word: /[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?=[\p{L}])){0,4095}/u,
  sym: /[^\r\n\u2028\u2029]/u,
};

const lexer = moo.compile(rules);

/** Lexes the whole text. Never throws: every character belongs to some token. */
export function lex(text: string): RawToken[] {
  const out: RawToken[] = [];
  lexer.reset(text);
  // moo's tokens already have the RawToken fields; keeping them saves a copy per token.
  for (let t = lexer.next(); t !== undefined; t = lexer.next()) out.push(t as unknown as RawToken);
  return out;
}

// ------------------------------------------------------------------ the lexer as extraction runs it

/**
 * moo's rules as one sticky regular expression, in moo's order and joined as moo joins them
 * (each rule a group of its patterns): the same first match at any place in the text.
 */
const RULE_ORDER: RawType[] = ["nl", "ws", "num", "word", "sym"];
const patterns = (rule: moo.Rules[string]): RegExp[] => {
  const list = Array.isArray(rule) ? rule : [rule];
  return list.map((r) => (r instanceof RegExp ? r : ((r as { match: RegExp }).match as RegExp)));
};
const ALL_RULES = new RegExp(
  RULE_ORDER.map(
    (type) =>
      `(${patterns(rules[type]!)
        .map((r) => `(?:${r.source})`)
        .join("|")})`,
  ).join("|"),
  "yu",
);

const LONGEST_RUN = 4096;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** White space but line breaks, in ASCII: tab, vertical tab, form feed, space. */
const isAsciiSpace = (c: number): boolean => c === 32 || c === 9 || c === 11 || c === 12;

/** The type of the token asciiEnd last read (a variable, not a new object per token). */
let asciiType: RawType = "sym";

/**
 * The end of the token at `i` (its type in asciiType), read without a regular expression where
 * the text is plain ASCII; -1 where only the rules can tell (digits, a dot, anything beyond
 * ASCII, and a run of letters or spaces that reaches such a character: it may go on).
 */
function asciiEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const n = text.length;
  if (isAsciiLetter(c)) {
    let j = i + 1;
    while (j < n && j - i < LONGEST_RUN && isAsciiLetter(text.charCodeAt(j))) j++;
    const next = j < n ? text.charCodeAt(j) : 0;
    asciiType = "word";
    // An apostrophe may join two letters ("don't"); a character beyond ASCII may be a letter or a mark.
    return j - i === LONGEST_RUN || (next < 128 && next !== 39) ? j : -1;
  }
  if (isAsciiSpace(c)) {
    let j = i + 1;
    while (j < n && j - i < LONGEST_RUN && isAsciiSpace(text.charCodeAt(j))) j++;
    asciiType = "ws";
    return j - i === LONGEST_RUN || j === n || text.charCodeAt(j) < 128 ? j : -1;
  }
  asciiType = c === 10 || c === 13 ? "nl" : "sym";
  if (c === 10) return i + 1;
  if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  // A digit or a dot may start a number; any other ASCII sign is a symbol of its own.
  return c < 128 && !(c >= 48 && c <= 57) && c !== 46 ? i + 1 : -1;
}

/**
 * Hands every token to `visit` in order, as its type and place [start, end), keeping none and
 * making no object: the tagger keeps only the words, and holding every white-space token of a
 * long text as well had made the garbage collector copy them all (bench/README.md has the
 * measurement). The same tokens as moo's (test/language/lexer.test.ts), read by hand where the
 * text is plain ASCII letters, spaces and signs, and by moo's rules elsewhere: moo's regular
 * expression and its token objects were a seventh of extraction's time.
 */
export function eachToken(text: string, visit: (type: RawType, start: number, end: number) => void): void {
  for (let i = 0; i < text.length; ) {
    let end = asciiEnd(text, i);
    let type = asciiType;
    if (end < 0) {
      ALL_RULES.lastIndex = i;
      const m = ALL_RULES.exec(text)!;
      let k = 1;
      while (m[k] === undefined) k++;
      type = RULE_ORDER[k - 1]!;
      end = i + m[0].length;
    }
    visit(type, i, end);
    i = end;
  }
}

/** Counts tokens without keeping them: the benchmark's ceiling for extraction. */
export function countTokens(text: string): number {
  let n = 0;
  lexer.reset(text);
  while (lexer.next() !== undefined) n++;
  return n;
}

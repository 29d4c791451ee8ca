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

/**
 * Hands every token to `visit` in order, as its type and place [start, end), keeping none: the
 * tagger keeps only the words, and holding every white-space token of a long text as well had made
 * the garbage collector copy them all (bench/README.md has the measurement). moo reads every token:
 * a hand-written reader of plain ASCII was measured faster (bench/README.md) and not kept, since
 * it would be a second lexer beside the one the grammar is written for.
 */
export function eachToken(text: string, visit: (type: RawType, start: number, end: number) => void): void {
  lexer.reset(text);
  for (let t = lexer.next(); t !== undefined; t = lexer.next())
    visit(t.type as RawType, t.offset, t.offset + t.text.length);
}

/** Counts tokens without keeping them: the benchmark's ceiling for extraction. */
export function countTokens(text: string): number {
  let n = 0;
  lexer.reset(text);
  while (lexer.next() !== undefined) n++;
  return n;
}

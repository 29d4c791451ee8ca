// The one place that runs nearley (its private internals are reached only through
// nearley-internals.ts). It wraps the generated, untyped grammar in typed functions and runs it
// as a scanner: from each token that can start a phrase, the parser is
// fed one token at a time and the longest complete phrase wins. Only sentences holding a
// figure are scanned, and no phrase may run longer than MAX_PHRASE_TOKENS, so the cost per
// sentence is bounded whatever the input.
import nearley from "nearley";
import { RewindableParser, type RulesByName as Rules } from "./nearley-internals.js";
import {
  keyPlainWordsByShape,
  nameMatchersReadShapeOnly,
  PhraseMemo,
  recordingRules,
  replay,
  valuesOf,
  type CompiledRule,
  type Outcome,
} from "./phrase-memo.js";
import compiled from "./generated/grammar.js";
import { looksPlural, type Category } from "../language/lexicon.js";
import {
  isDurationUnit,
  isShareUnit,
  per,
  type AgeNode,
  type ChangeNode,
  type RateDenominator,
  type Matcher,
  type PhraseNode,
  type QuantityNode,
} from "./grammar-support.js";
import { FIGURE_CATEGORIES, type Sentence, type Tagged, type Token } from "./tagger.js";
import { builtTablesFile, currentKey, readBuiltTables } from "../language/built-lexicon.js";

export const MAX_PHRASE_TOKENS = 24;

interface GrammarRule {
  name: string;
  symbols: Array<string | Matcher>;
}

const rules = (compiled as unknown as { ParserRules: GrammarRule[]; ParserStart: string }).ParserRules;
const start = (compiled as unknown as { ParserStart: string }).ParserStart;

/** Feeds our tagged tokens to nearley one chunk at a time: the grammar's lexer. */
export class TokenFeed {
  private buffer: Token[] = [];
  private at = 0;
  reset(chunk: Token[]): void {
    this.buffer = chunk;
    this.at = 0;
  }
  next(): Token | undefined {
    return this.buffer[this.at++];
  }
  save(): undefined {
    return undefined;
  }
  formatError(t: Token): string {
    return `unexpected "${t.text}" at ${t.line}:${t.col}`;
  }
  has(): boolean {
    return false; // every %terminal is a matcher object, never a token type
  }
}

/** The grammar, reading our tokens (public API: a compiled grammar's Lexer). */
export const grammar = nearley.Grammar.fromCompiled({
  ...(compiled as unknown as nearley.CompiledRules),
  Lexer: new TokenFeed() as unknown as nearley.Lexer,
});

// Every terminal is a category matcher (grammar-support.ts): a token can only match a terminal
// whose category it has. The FIRST sets and the lookahead below rest on that.
for (const r of rules) {
  for (const s of r.symbols) {
    if (typeof s !== "string" && (typeof s.cat !== "string" || typeof s.test !== "function")) {
      throw new Error(`grammar rule ${r.name}: every terminal must be a category matcher (pp.match or pp.matchWhere)`);
    }
  }
}

/**
 * The rules with each nonterminal's rules after the rules of the nonterminals they refer to (a
 * depth-first postorder from the start symbol), so that a fixpoint over them meets each set
 * mostly complete.
 */
function rulesInDependencyOrder(): GrammarRule[] {
  const byName = new Map<string, GrammarRule[]>();
  for (const r of rules) {
    const own = byName.get(r.name);
    if (own) own.push(r);
    else byName.set(r.name, [r]);
  }
  const order: GrammarRule[] = [];
  const visited = new Set<string>();
  const visit = (name: string): void => {
    if (visited.has(name)) return;
    visited.add(name);
    const own = byName.get(name) ?? [];
    for (const r of own) for (const s of r.symbols) if (typeof s === "string") visit(s);
    order.push(...own);
  };
  visit(start);
  for (const name of byName.keys()) visit(name);
  return order;
}

const RULES_IN_DEPENDENCY_ORDER = rulesInDependencyOrder();

/** The nonterminals that can derive nothing, and the categories each nonterminal can start with (FIRST). */
function grammarSets(): { nullable: Set<string>; first: Map<string, Set<Category>> } {
  const nullable = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of rules) {
      if (!nullable.has(r.name) && r.symbols.every((s) => typeof s === "string" && nullable.has(s))) {
        nullable.add(r.name);
        changed = true;
      }
    }
  }
  const first = new Map<string, Set<Category>>();
  const get = (n: string): Set<Category> => first.get(n) ?? first.set(n, new Set()).get(n)!;
  changed = true;
  while (changed) {
    changed = false;
    for (const r of rules) {
      const set = get(r.name);
      for (const s of r.symbols) {
        const adds = typeof s === "string" ? [...get(s)] : [s.cat];
        for (const c of adds) {
          if (!set.has(c)) {
            set.add(c);
            changed = true;
          }
        }
        if (typeof s !== "string" || !nullable.has(s)) break;
      }
    }
  }
  return { nullable, first };
}

/**
 * The grammar's FIRST sets and FIRST₂ (below), as the build computed them with this very code
 * (dist/lexicons/grammar.v8, scripts/write-built-lexicons.mjs), else computed now: a tenth of a
 * small run's extraction was this fixpoint.
 */
export function computeGrammarTables(): GrammarTables {
  return { sets: grammarSets(), first2: firstPairs() };
}

interface GrammarTables {
  sets: { nullable: Set<string>; first: Map<string, Set<Category>> };
  first2: { singles: Set<string>; pairs: Set<string> };
}

const TABLES: GrammarTables =
  readBuiltTables<GrammarTables>(
    builtTablesFile("grammar"),
    currentKey(() => ({})),
  ) ?? computeGrammarTables();
const SETS = TABLES.sets;

/** The categories a phrase can start with, computed from the grammar (FIRST set). */
function firstCategories(): Set<Category> {
  return SETS.first.get(start) ?? new Set();
}

const FIRST = firstCategories();

/**
 * FIRST₂ of the start symbol: every sequence of one or two categories a phrase can begin with
 * ("qualifier num", "name lparen" …), and the one-token phrases. Computed from the grammar by
 * the usual fixpoint, so that nearley is only started where a phrase can really begin.
 */
function firstPairs(): { singles: Set<string>; pairs: Set<string> } {
  const SEP = "\u0001";
  const first = new Map<string, Set<string>>();
  const get = (n: string): Set<string> => first.get(n) ?? first.set(n, new Set()).get(n)!;
  // A sequence is "" (nothing), "a" (one category) or "a\u0001b" (the first two of two or more).
  const firstOf = (y: string): string => {
    const at = y.indexOf(SEP);
    return at === -1 ? y : y.slice(0, at);
  };
  const concat2 = (a: Set<string>, b: Set<string>): Set<string> => {
    const out = new Set<string>();
    for (const x of a) {
      if (x.includes(SEP)) out.add(x);
      else if (x === "") for (const y of b) out.add(y);
      else for (const y of b) out.add(y === "" ? x : x + SEP + firstOf(y));
    }
    return out;
  };
  // Sets only grow, so a rule whose nonterminals' sets have the sizes they had when it was last
  // computed is skipped. With the rules in dependency order, three passes reach the fixpoint (nine
  // in the grammar's order): this runs at every start-up.
  const computedAt = new Map<GrammarRule, string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of RULES_IN_DEPENDENCY_ORDER) {
      const sizes = r.symbols.map((s) => (typeof s === "string" ? get(s).size : -1)).join();
      if (computedAt.get(r) === sizes) continue;
      computedAt.set(r, sizes);
      let acc = new Set<string>([""]);
      for (const s of r.symbols) acc = concat2(acc, typeof s === "string" ? get(s) : new Set([s.cat]));
      const set = get(r.name);
      for (const x of acc) {
        if (!set.has(x)) {
          set.add(x);
          changed = true;
        }
      }
    }
  }
  const all = get(start);
  return {
    singles: new Set([...all].filter((x) => !x.includes(SEP))),
    pairs: new Set([...all].filter((x) => x.includes(SEP))),
  };
}

const FIRST2 = TABLES.first2;

/** FIRST₂'s pairs by their first category: the second categories each can be followed by. */
const PAIRS_AFTER = new Map<string, Set<string>>();
for (const pair of FIRST2.pairs) {
  const [a, b] = pair.split("\u0001") as [string, string];
  if (!PAIRS_AFTER.has(a)) PAIRS_AFTER.set(a, new Set());
  PAIRS_AFTER.get(a)!.add(b);
}

// The two tests below run for every token of a sentence with a figure: indexed loops and no
// strings made, since iterators and keys built per token were a tenth of extraction's allocation.

/** Can a phrase start at token i, judging by it and the token after it? */
export function canStartAt(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  for (let k = 0; k < t.cats.length; k++) {
    const c = t.cats[k]!;
    if (!FIRST.has(c)) continue;
    if (FIRST2.singles.has(c)) return true;
    const after = next && PAIRS_AFTER.get(c);
    if (after) for (let m = 0; m < next.cats.length; m++) if (after.has(next.cats[m]!)) return true;
  }
  return false;
}

export function hasFigure(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    for (let k = 0; k < t.cats.length; k++) if (FIGURE_CATEGORIES.has(t.cats[k]!)) return true;
    // "a year ago", "in an hour", "um ein Prozent": an article standing for one before a unit of time or a share.
    const next = i + 1 < s.last ? tokens[i + 1]!.info.unit : undefined;
    if (t.cats.includes("article") && (isDurationUnit(next) || isShareUnit(next))) return true;
  }
  return false;
}

/**
 * One token of lookahead in prediction, as in Earley's own algorithm. nearley predicts every
 * rule of a nonterminal the column waits for, and most of them cannot start with the token that
 * comes next: after "more than", a Core's rules for currencies, vague amounts and number words
 * are predicted before "50". A predicted rule that derives something must start with the next
 * token, and the next token can only start a rule whose FIRST set holds one of its categories;
 * the other rules are never advanced and add nothing to any parse. So nearley is given, for each
 * feed, the rules it may predict: those that can start with the next token, and those that can
 * derive nothing. The same parses; on "more than 50 km", 46 states instead of 100. In the same
 * order too, for this grammar, but not for every grammar: a nullable nonterminal wanted both by a
 * rule left out and by a state kept, in one column, is completed at another time (a review's
 * toy grammar showed it), and `choose` keeps the first of parses that score alike. Here the only
 * nullables are the `:?` optionals and Modifiers; analyse's `predictEveryRule` is the reference
 * the tests hold every grammar edit to (random lexicon words, news-like text, every spec input).
 */
type RulesByName = Rules<Matcher>;

/** A parser of the grammar with its lookahead: the rules it may predict before a token's categories. */
interface PhraseParser {
  parser: RewindableParser<Token, Matcher, unknown>;
  predictable: (next: readonly Category[]) => RulesByName;
}

function phraseParser(g: nearley.Grammar): PhraseParser {
  const parser = new RewindableParser<Token, Matcher, unknown>(g);
  const everyRule = parser.everyRule;
  const ruleStarts = new Map<unknown, { cats: Set<Category>; nullable: boolean }>();
  for (const r of parser.rules) {
    const cats = new Set<Category>();
    let nullable = true;
    for (const s of r.symbols) {
      if (typeof s !== "string") {
        cats.add(s.cat);
        nullable = false;
        break;
      }
      for (const c of SETS.first.get(s) ?? []) cats.add(c);
      if (!SETS.nullable.has(s)) {
        nullable = false;
        break;
      }
    }
    ruleStarts.set(r, { cats, nullable });
  }
  const byCats = new Map<string, RulesByName>();
  const byArray = new WeakMap<readonly Category[], RulesByName>();
  /** The rules nearley may predict before a token with these categories (none: the phrase ends). */
  const predictable = (next: readonly Category[]): RulesByName => {
    let rulesByName = byArray.get(next);
    if (rulesByName !== undefined) return rulesByName;
    const key = next.join(" ");
    rulesByName = byCats.get(key);
    if (rulesByName === undefined) {
      rulesByName = {};
      for (const [name, list] of Object.entries(everyRule)) {
        rulesByName[name] = list.filter((r) => {
          const starts = ruleStarts.get(r)!;
          return starts.nullable || next.some((c) => starts.cats.has(c));
        });
      }
      byCats.set(key, rulesByName);
    }
    byArray.set(next, rulesByName);
    return rulesByName;
  };
  return { parser, predictable };
}

/** The grammar's own parser, and one whose parses also record their derivations (phrase-memo.ts). */
const plain = phraseParser(grammar);
const recording = phraseParser(
  nearley.Grammar.fromCompiled({
    ParserRules: recordingRules(rules as unknown as CompiledRule[]) as unknown as nearley.CompiledRules["ParserRules"],
    ParserStart: start,
    Lexer: new TokenFeed() as unknown as nearley.Lexer,
  }),
);
let memo = new PhraseMemo();

/** Starts the memo afresh: empty, asked about every phrase start (tests that count its answers). */
export function restartPhraseMemo(): void {
  memo = new PhraseMemo();
}
/** Whether the grammar reads a plain word as the memo's keys assume (phrase-memo.ts nameMatchersReadShapeOnly). */
export const PLAIN_WORDS_BY_SHAPE = nameMatchersReadShapeOnly(
  rules.flatMap((r) => r.symbols.filter((x): x is Matcher => typeof x !== "string")),
);
keyPlainWordsByShape(PLAIN_WORDS_BY_SHAPE);

/** How many phrase starts the memo answered and how many it did not, so far in this thread, and the tokens it holds. */
export const phraseMemoCounts = (): { hits: number; misses: number; nodes: number } => ({
  hits: memo.hits,
  misses: memo.misses,
  nodes: memo.nodes,
});

const NOTHING_NEXT: readonly Category[] = [];

/**
 * The one ambiguity the grammar keeps on purpose: a short multiplier that is also a unit
 * ("1.5m" is 1,500,000 or 1.5 metres). `choose` settles it from the next word.
 */
function deliberateAmbiguity(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++)
    if (tokens[k]!.cats.includes("scaleAbbr") && tokens[k]!.cats.includes("unit")) return true;
  return false;
}

export interface PhraseMatch {
  node: PhraseNode;
  /** Token indexes [first, last). */
  first: number;
  last: number;
  /** How many parses the grammar found for the phrase: more than one is an ambiguity. */
  parses: number;
  /** The ambiguity is the deliberate one ("1.5m"), settled by `choose`. */
  deliberate: boolean;
}

/** A set of categories as a key; tokens of one word share their array, so it is joined once. */
const catsKeys = new WeakMap<readonly Category[], string>();
function catsKey(cats: readonly Category[]): string {
  let key = catsKeys.get(cats);
  if (key === undefined) {
    key = cats.join(" ");
    catsKeys.set(cats, key);
  }
  return key;
}

/**
 * How phrases are parsed. Both options are references for the tests, slower and with the same
 * claims: `predictEveryRule` turns the lookahead off, `parseEveryPhrase` runs nearley at every
 * start instead of replaying the memoised parse of the same tokens.
 */
export interface ParseOptions {
  predictEveryRule?: boolean;
  parseEveryPhrase?: boolean;
}

/** The parses of the longest phrase from a start, and how many tokens it spans. */
interface Parsed {
  results: PhraseNode[];
  length: number;
}

/**
 * Feeds `p` the tokens from i (before `bound`) while it takes them: the longest phrase's parses,
 * and where it stopped. `step` sees the parses after each token.
 */
function parseFrom(
  p: PhraseParser,
  tokens: readonly Token[],
  i: number,
  bound: number,
  predictEveryRule: boolean,
  step?: (results: unknown[], j: number) => void,
): { best: { results: unknown[]; length: number } | undefined; took: number } {
  const first = tokens[i]!;
  // The first column as the phrase's first token sees it: only the states waiting for one of its
  // categories can take it (every terminal is a category matcher, some narrowed by a condition).
  p.parser.start(catsKey(first.cats), (m) => first.cats.includes(m.cat));
  let best: { results: unknown[]; length: number } | undefined;
  let j = i;
  for (; j < bound; j++) {
    const t = tokens[j]!;
    if (!p.parser.accepts(t)) break;
    // What comes after t in this phrase, if anything can: the bound ends it otherwise.
    const next = j + 1 < bound ? tokens[j + 1]!.cats : NOTHING_NEXT;
    const results = p.parser.feed(t, predictEveryRule ? p.parser.everyRule : p.predictable(next));
    if (results.length > 0) best = { results, length: j + 1 - i };
    step?.(results, j);
  }
  return { best, took: j };
}

/** The longest phrase from i: replayed from the memo, else parsed with its derivations recorded. */
function memoisedParse(tokens: readonly Token[], i: number, bound: number): Parsed | undefined {
  if (!memo.worthAsking()) return plainParse(tokens, i, bound, false);
  const outcome = memo.lookup(tokens, i, bound);
  if (outcome === null) return undefined;
  if (outcome !== undefined) {
    const results = replay(outcome, rules as unknown as CompiledRule[], tokens, i);
    if (results) return { results: results as PhraseNode[], length: outcome.length };
  }
  const bests: Array<Outcome | null> = [];
  let last: Outcome | null = null;
  const { best, took } = parseFrom(recording, tokens, i, bound, false, (results, j) => {
    if (results.length > 0) last = PhraseMemo.outcome(results, tokens, i, j + 1);
    bests.push(last);
  });
  memo.record(tokens, i, took, bound, bests);
  return best && { results: valuesOf(best.results) as PhraseNode[], length: best.length };
}

/** The longest phrase from i, parsed by nearley without the memo. */
function plainParse(tokens: readonly Token[], i: number, bound: number, predictEveryRule: boolean): Parsed | undefined {
  const { best } = parseFrom(plain, tokens, i, bound, predictEveryRule);
  return best && { results: best.results as PhraseNode[], length: best.length };
}

/** The longest phrase starting at token i, or undefined. */
export function longestPhraseAt(
  tokens: readonly Token[],
  i: number,
  end: number,
  pluralEndings: readonly string[] = [],
  how: ParseOptions = {},
): PhraseMatch | undefined {
  const bound = Math.min(end, i + MAX_PHRASE_TOKENS);
  const found =
    how.predictEveryRule || how.parseEveryPhrase
      ? plainParse(tokens, i, bound, how.predictEveryRule === true)
      : memoisedParse(tokens, i, bound);
  if (!found) return undefined;
  const last = i + found.length;
  return {
    node: choose(found.results, tokens[last], tokens[last + 1], pluralEndings),
    first: i,
    last,
    parses: distinct(found.results),
    deliberate: deliberateAmbiguity(tokens, i, last),
  };
}

function distinct(results: PhraseNode[]): number {
  if (results.length < 2) return results.length;
  return new Set(results.map((r) => JSON.stringify(r, (k, v) => (k === "digits" ? undefined : v)))).size;
}

/**
 * Picks one parse where the words allow two. The only ambiguity the grammar keeps on purpose
 * is a short multiplier that is also a unit ("1.5m"): money, a following noun, or "of" and a
 * determiner ("35m of its devices") make it a multiplier ("$1.5m", "1.5m people"), otherwise it is the unit.
 */
function choose(
  results: PhraseNode[],
  next: Token | undefined,
  afterNext: Token | undefined,
  pluralEndings: readonly string[],
): PhraseNode {
  if (results.length === 1) return results[0]!;
  // "35m of its devices", "35m of the shares": a part of something counted; "35m of cable" is a length.
  const partOf = next?.cats.includes("of") && afterNext?.cats.includes("stop");
  const nounFollows =
    partOf ||
    (next !== undefined &&
      next.raw === "word" &&
      (next.cats.includes("noun") || (next.cats.length === 0 && looksPlural(next.key, pluralEndings))));
  const score = (r: PhraseNode): number => {
    if (r.type !== "quantity") return 0;
    if (r.unit?.currency) return 3;
    if (nounFollows) return r.unit ? 0 : 2;
    return r.unit ? 2 : 1;
  };
  return results.reduce((a, b) => (score(b) > score(a) ? b : a));
}

/** The phrase read at token i, before the checks that need its end, and the token it now starts at. */
function firstReading(
  tokens: readonly Token[],
  i: number,
  s: Sentence,
  pluralEndings: readonly string[],
  how: ParseOptions,
): { m: PhraseMatch | undefined; i: number } {
  let m = canStartAt(tokens, i, s.last) ? longestPhraseAt(tokens, i, s.last, pluralEndings, how) : undefined;
  // "under 24-hour protection": a qualifier does not reach into a compound adjective; read
  // the compound on its own.
  if (
    m &&
    m.node.type === "quantity" &&
    m.last - m.first >= 2 &&
    tokens[m.last]?.cats.includes("hyphen") &&
    !tokens[m.last]!.spaceBefore &&
    tokens[m.last + 1]?.cats.includes("unit")
  ) {
    m = longestPhraseAt(tokens, i + 1, s.last, pluralEndings, how) ?? m;
    if (m.first !== i) {
      i = m.first;
    }
  }
  if (isOrdinalBeforeNoun(tokens, m)) return { m: undefined, i };
  // "killed 3 in 10 days": a ratio's second number that takes a unit is no denominator.
  if (m && m.node.type === "quantity" && m.node.ratio && isUnit(tokens[m.last]) && m.last - m.first >= 3) {
    m = longestPhraseAt(tokens, i, m.last - 2, pluralEndings, how);
  }
  return { m, i };
}

/**
 * Whether `m` is an ordinal read as a fraction: "A third person has died", "a fifth victim" (an
 * article and a word that is both a fraction and an ordinal, straight before a counted noun); "a
 * third of the wagons", "cut by a third", "every third house" stay fractions. Or one read as a
 * duration: "for a second day", "a second data centre" (an article and a unit of time that is also
 * an ordinal, before a word that is no adverb nor function word: "a second later" stays one).
 */
function isOrdinalBeforeNoun(tokens: readonly Token[], m: PhraseMatch | undefined): boolean {
  if (m?.node.type !== "quantity" || m.last - m.first !== 2) return false;
  const word = tokens[m.last - 1]!;
  const next = tokens[m.last];
  // "Every third house" is a share, and stays one.
  if (!tokens[m.first]!.cats.includes("article") || next?.raw !== "word") return false;
  if (word.cats.includes("unitOrdinal")) return !next.cats.includes("adverb") && !next.cats.includes("stop");
  if (m.node.fraction === undefined || !word.cats.includes("ordinal")) return false;
  // "a third breached tank": a word of no kind the lexicons know, then a noun or another such word;
  // a comparative is a kind they know ("a third fewer people": numbers.fractionComparatives).
  const plain = (t: Token | undefined): boolean => t?.raw === "word" && t.cats.length === 0;
  const after = tokens[m.last + 1];
  return next.cats.includes("noun") || (plain(next) && (after?.cats.includes("noun") === true || plain(after)));
}

/** Whether `m` is a number made an ordinal by a glued dot that does not end the sentence. */
function isOrdinalNotAge(tokens: readonly Token[], m: PhraseMatch | undefined, s: Sentence): m is PhraseMatch {
  // "Sie wurde 2. im Rennen": a dot glued to the number that does not end the sentence makes
  // it an ordinal, not a stated age ("Sie war 19." ends there); the number is no figure.
  return (
    m !== undefined &&
    m.node.type === "age" &&
    m.node.form === "stated" &&
    m.last < s.last &&
    tokens[m.last - 1]!.cats.includes("dot") &&
    !tokens[m.last - 1]!.spaceBefore
  );
}

/** The phrase `m` read at token i, with its rate, denominator and age of a thing settled by the words around it. */
function finalReading(
  tokens: readonly Token[],
  i: number,
  s: Sentence,
  m: PhraseMatch | undefined,
  pluralEndings: readonly string[],
  how: ParseOptions,
): PhraseMatch | undefined {
  // "1,500 new cases a day": plain words between a figure and its rate's noun (the grammar
  // reads a rate of a noun straight after the figure: "5 deaths a day").
  if (m && m.node.type === "quantity" && !m.node.unit && !m.node.per && m.node.fraction === undefined) {
    const rate = rateAcrossModifiers(tokens, m.last, s.last);
    if (rate && !saysWhen(tokens[rate.last]))
      m = { ...m, node: { ...m.node, per: rate.per, counted: rate.noun, e: rate.per.e }, last: rate.last };
  }
  // "€45,000 per victim", "2,4 Personen je Haushalt": any noun after a word of `perNoun`.
  if (m && m.node.type === "quantity" && (m.node.unit || m.node.counted) && !m.node.per) {
    const per = perNounAt(tokens, m.last, s.last);
    if (per) m = { ...m, node: { ...m.node, per, e: per.e }, last: m.last + 2 };
  }
  // "$5 a year ago", "5 deaths a day later", "5 Euro am Tag der Wahl", "im Monat Mai": a
  // denominator of a word and a unit before a word that says when or which is no denominator;
  // the figure is read again without it.
  if (m && m.node.type === "quantity" && m.node.per && isUnit(tokens[m.last - 1]) && saysWhen(tokens[m.last])) {
    m = longestPhraseAt(tokens, i, m.last - 2, pluralEndings, how);
  }
  // "the 80-year-old bridge", "die 80 Jahre alte Brücke": the age of a thing is a duration.
  if (
    m &&
    m.node.type === "age" &&
    (m.node.form === "adjective" || m.node.form === "years-old") &&
    (thingFollows(tokens, nounAfterAge(tokens, m, m.node), s.last) ||
      (m.node.form === "years-old" && thingBefore(tokens, m.first, s.first)))
  ) {
    m = { ...m, node: thingAge(tokens, m, m.node) };
  }
  return m;
}

/** Every phrase in one sentence, left to right, longest first, none overlapping. */
export function phrasesInSentence(
  tagged: Tagged,
  s: Sentence,
  pluralEndings: readonly string[] = [],
  how: ParseOptions = {},
): PhraseMatch[] {
  const { tokens } = tagged;
  const out: PhraseMatch[] = [];
  for (let i = s.first; i < s.last; ) {
    const first = firstReading(tokens, i, s, pluralEndings, how);
    i = first.i;
    if (isOrdinalNotAge(tokens, first.m, s)) {
      i = first.m.last;
      continue;
    }
    const m = finalReading(tokens, i, s, first.m, pluralEndings, how);
    if (m) {
      if ((m.node as PhraseNode | ChangeNode).type === "change") out.push(...changeFigures(tokens, m));
      else out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}

/** A unit as a word of its own; "in" (inches) is one only inside a compound amount ("5 ft 2 in"). */
const isUnit = (t: Token | undefined): boolean => t?.cats.includes("unit") === true && !t.cats.includes("stop");

/**
 * What after "a day", "am Tag" says when or which, not what per: a word of time ("ago", "later",
 * "zuvor": the lexicons' adverbs and time subordinators), a determiner ("am Tag der Wahl"), a
 * month or digits ("im Monat Mai").
 */
const saysWhen = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.cats.includes("adverb") ||
    t.cats.includes("timeSub") ||
    t.cats.includes("det") ||
    t.cats.includes("month") ||
    t.raw === "num");

/** Plain words that may stand between a figure and the noun its rate counts: "1,500 new cases a day". */
const RATE_MODIFIERS = 2;

/**
 * A rate after plain words and a counted noun: one or two words of no lexicon category (or a
 * name's capital, or a status: "1,500 new cases a day"), a lexicon noun or measure, then what the grammar reads as a denominator
 * (Rate in grammar/quantities.ne): "per" and a unit, an article and a unit of time, "per capita".
 */
function rateAcrossModifiers(
  tokens: readonly Token[],
  from: number,
  end: number,
): { per: RateDenominator; noun: Token; last: number } | undefined {
  let k = from;
  while (
    k < end &&
    k - from < RATE_MODIFIERS &&
    tokens[k]!.raw === "word" &&
    tokens[k]!.cats.every((c) => c === "name" || c === "status") // "new", "confirmed" cases a day
  )
    k++;
  if (k === from || k + 1 >= end) return undefined;
  const noun = tokens[k]!;
  if (!noun.cats.includes("noun") && !noun.cats.includes("measure")) return undefined;
  const a = tokens[k + 1]!;
  const b = k + 2 < end ? tokens[k + 2] : undefined;
  if (a.cats.includes("perCapita")) return { per: per([a]), noun, last: k + 2 };
  if (b && ((a.cats.includes("per") && isUnit(b)) || (a.cats.includes("article") && isDurationUnit(b.info.unit))))
    return { per: per([a, b]), noun, last: k + 3 };
  return undefined;
}

/** Categories a word after "per", "pro" may have and still be a noun of the denominator. */
const PER_NOUN_CATEGORIES = new Set(["noun", "population", "name", "status"]);

/**
 * The denominator a noun after a word of `perNoun` at k gives ("per victim", "pro Geschädigtem"):
 * what the noun counts where the lexicon knows it (people, in any language), else the word itself.
 */
function perNounAt(tokens: readonly Token[], k: number, end: number): RateDenominator | undefined {
  const noun = k + 1 < end ? tokens[k + 1] : undefined;
  if (!tokens[k]?.cats.includes("perNoun") || noun?.raw !== "word") return undefined;
  if (!noun.cats.every((c) => PER_NOUN_CATEGORIES.has(c))) return undefined;
  return { of: noun.info.nounUnit ?? noun.info.population ?? noun.key, s: tokens[k]!.start, e: noun.end };
}

/** Plain words that may stand between an age and its noun: "a 40-year-old oak tree". */
const THING_LOOKAHEAD = 2;

/**
 * Does a thing follow an age adjective ("80-year-old bridge", "80 Jahre alte Brücke")? A counted
 * noun of the lexicon that counts no people (a building, a vehicle, a tree …), after at most two
 * plain words. A person, a name or an unknown noun keeps the age a person's.
 */
function thingFollows(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + THING_LOOKAHEAD + 1; k++) {
    const t = tokens[k]!;
    if (t.raw !== "word") return false;
    if (t.cats.includes("noun")) return t.info.nounUnit !== "person" && !t.cats.includes("population");
    if (t.cats.some((c) => c !== "name")) return false;
  }
  return false;
}

/** "the bridge is 80 years old", "die Brücke ist 80 Jahre alt": a thing, then a copula, before the age. */
function thingBefore(tokens: readonly Token[], first: number, start: number): boolean {
  if (first - 2 < start || !tokens[first - 1]!.cats.includes("ageCopula")) return false;
  const t = tokens[first - 2]!;
  return t.cats.includes("noun") && t.info.nounUnit !== "person" && !t.cats.includes("population");
}

/** Where an age's noun would stand: after the phrase, or at the name the grammar took ("die 80-jährige Brücke"). */
function nounAfterAge(tokens: readonly Token[], m: PhraseMatch, age: AgeNode): number {
  if (!age.name) return m.last;
  let k = m.first;
  while (k < m.last && tokens[k]!.start < age.name.s) k++;
  return k;
}

/** An age read as the duration it is: "the 80-year-old bridge" is 80 years, over "80-year-old" or "80 Jahre". */
export function thingAge(tokens: readonly Token[], m: PhraseMatch, age: AgeNode): QuantityNode {
  const years = age.items[0]!.v;
  // "80 Jahre alte": the figure and its unit; "80-year-old", "80-jährige": the whole adjective.
  let written = tokens[m.first]!;
  for (let k = m.first; k < m.last; k++) {
    const t = tokens[k]!;
    if (age.form === "years-old" ? t.cats.includes("unit") : t.end === age.items[0]!.e) written = t;
  }
  const e = written.end;
  const lo = { v: years, scale: 1, word: false, s: age.s, e };
  return {
    type: "quantity",
    qualifier: "exact",
    lo,
    hi: null,
    unit: { unit: "year", text: written.text, s: written.start, e },
    s: age.s,
    e,
  };
}

/** A change ("rose from 5 % to 7 %") is two figures: one phrase for each, over its own tokens. */
function changeFigures(tokens: readonly Token[], m: PhraseMatch): PhraseMatch[] {
  const change = m.node as unknown as ChangeNode;
  return [change.from, change.to].map((node: QuantityNode) => {
    let first = m.first;
    while (tokens[first]!.end <= node.s) first++;
    let last = first;
    while (last < m.last && tokens[last]!.start < node.e) last++;
    return { ...m, node, first, last };
  });
}

// The one module that reaches into nearley's private internals, written for one version of it
// (NEARLEY_VERSION, checked when this module loads). Everything else uses nearley's public API
// (Grammar.fromCompiled, Parser, feed, results). test/extract/nearley-internals.test.ts holds
// this module to a public Parser on many inputs.
//
// What it touches, and why:
// - Parser.table, .current, .lexerState, .results: building a Parser predicts the whole grammar
//   into its first column, which costs more than parsing a short phrase. That column is never
//   changed by later feeds (each token makes a new column), so one parser is rewound to it for
//   every phrase instead of a new one built.
// - Column.scannable (the states of a column that wait for a terminal): a rewound first column
//   keeps only the states whose terminal the phrase's first token can match, and `accepts` asks
//   the column before feeding, which avoids nearley's costly error path.
// - Grammar.byName: each feed may be given the rules nearley is let predict (one token of
//   lookahead, parse-phrases.ts); the grammar's own table is put back after every phrase.
import { createRequire } from "node:module";
import nearley from "nearley";

/** The nearley version this module was written for. Another one must be read against it first. */
export const NEARLEY_VERSION = "2.20.1";

const installed = (createRequire(import.meta.url)("nearley/package.json") as { version: string }).version;
if (installed !== NEARLEY_VERSION) {
  throw new Error(
    `src/extract/nearley-internals.ts was written for nearley ${NEARLEY_VERSION}, but nearley ${installed} is installed: ` +
      "check what it touches (Parser.table, current, lexerState, results; Column.scannable; Grammar.byName) against the new version, then update NEARLEY_VERSION",
  );
}

/** A grammar rule as nearley keeps it: its nonterminal and its symbols (nonterminal names or terminals). */
export interface GrammarRule<Terminal> {
  name: string;
  symbols: Array<string | Terminal>;
}

/** Rules by nonterminal: what nearley may predict. */
export type RulesByName<Terminal> = Record<string, Array<GrammarRule<Terminal>>>;

interface Column<Terminal> {
  scannable: Array<{ rule: GrammarRule<Terminal>; dot: number }>;
}

interface ParserInternals<Node> {
  table: Array<Column<unknown>>;
  current: number;
  results: Node[];
  lexerState: unknown;
  feed(chunk: unknown): void;
}

/**
 * One nearley Parser, rewound to its first column for every phrase. Terminals are objects with
 * a `test(token)` (nearley's token matchers); `Tok` is what the grammar's lexer hands out.
 */
export class RewindableParser<Tok, Terminal extends { test(t: Tok): boolean }, Node> {
  /** Every rule of the grammar, by nonterminal: nearley's own table. */
  readonly everyRule: RulesByName<Terminal>;
  /** Every rule of the grammar, in order. */
  readonly rules: ReadonlyArray<GrammarRule<Terminal>>;
  private readonly grammar: { byName: RulesByName<Terminal> };
  private readonly parser: ParserInternals<Node>;
  private readonly firstColumn: Column<Terminal>;
  private readonly firstColumns = new Map<string, Column<Terminal>>();

  constructor(grammar: nearley.Grammar) {
    this.grammar = grammar as unknown as { byName: RulesByName<Terminal> };
    this.everyRule = this.grammar.byName;
    this.rules = grammar.rules as unknown as Array<GrammarRule<Terminal>>;
    this.parser = new nearley.Parser(grammar) as unknown as ParserInternals<Node>;
    this.firstColumn = this.parser.table[0]! as Column<Terminal>;
  }

  /**
   * Starts a phrase: the parser as it was built, its first column holding only the states whose
   * terminal `keep` admits, in their order (kept per `key`; nearley reads nothing else of it).
   */
  start(key: string, keep: (terminal: Terminal) => boolean): void {
    let column = this.firstColumns.get(key);
    if (column === undefined) {
      column = Object.assign(
        Object.create(Object.getPrototypeOf(this.firstColumn) as object) as Column<Terminal>,
        this.firstColumn,
      );
      column.scannable = this.firstColumn.scannable.filter((s) => keep(s.rule.symbols[s.dot] as Terminal));
      this.firstColumns.set(key, column);
    }
    this.parser.table = [column];
    this.parser.current = 0;
    this.parser.lexerState = undefined;
    this.parser.results = [];
  }

  /** Would the parser take this token next? Asking first avoids nearley's costly error path. */
  accepts(t: Tok): boolean {
    const column = this.parser.table[this.parser.current]! as Column<Terminal>;
    for (const state of column.scannable) {
      const expect = state.rule.symbols[state.dot];
      if (typeof expect !== "string" && expect!.test(t)) return true;
    }
    return false;
  }

  /** Feeds one token (that `accepts` took), nearley predicting only `rules`; the complete parses so far. */
  feed(t: Tok, rules: RulesByName<Terminal> = this.everyRule): Node[] {
    this.grammar.byName = rules;
    try {
      this.parser.feed([t]);
    } finally {
      this.grammar.byName = this.everyRule;
    }
    return this.parser.results;
  }
}

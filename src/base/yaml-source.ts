// Parsing YAML written by hand, safely and with locations: syntax errors, duplicate keys,
// unknown tags and alias bombs become located errors; nothing in the file is executed.
//
// Two parsers, one answer. The `yaml` package keeps every node's range and recovers from errors,
// so it is what every message is located with; but it reads about 0.5 MB/s (0.36 MB, 10,000
// claims, in 0.6–1.0 s), too slow for a large claims folder. js-yaml reads the same text 8–15×
// faster and, through its parse listener, tells where each mapping and sequence starts. So a
// file is read with js-yaml first, in a schema that resolves scalars exactly as yaml's YAML 1.2
// core schema does; anything it refuses, warns about, or that uses anchors (whose expansion
// yaml bounds) is read again by yaml, and any place that is not the start of a collection is
// located by yaml, parsed on first need. test/claims/yaml-source.test.ts holds the two equal.
import * as jsYaml from "js-yaml";
import { FAILSAFE_SCHEMA, load as loadFast, Type, type State } from "js-yaml";
import type { Document, LineCounter, Node } from "yaml";
import { yamlPackage as yaml } from "./yaml-package.js";
import { readFileSync } from "node:fs";
import type { InputError } from "../base/diagnostic.js";

export interface Place {
  line: number;
  column: number;
}

export interface YamlSource {
  file: string;
  text: string;
  /** The plain data, or undefined when the file could not be read as YAML. */
  data: unknown;
  errors: InputError[];
  /** Where each mapping and sequence of `data` starts, when the fast reader read the file. */
  starts?: WeakMap<object, Place>;
  /** yaml's document with node ranges; parsed on first need when the fast reader read the file. */
  yaml?: { doc: Document; lines: LineCounter };
}

/** At most this many alias expansions per file: a "billion laughs" file is refused, not expanded. */
const MAX_ALIASES = 1000;

// YAML 1.2 core integers and floats as the yaml package resolves them (its schema/core/*.js);
// js-yaml's own differ at the edges ("0b101" is a number there, "+.5" a string).
const CORE_INT: Array<[RegExp, (s: string) => number]> = [
  [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
  [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
];
const CORE_FLOAT: Array<[RegExp, (s: string) => number]> = [
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (/nan/i.test(s) ? NaN : s.startsWith("-") ? -Infinity : Infinity)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];
const coreNumber = (tag: string, forms: Array<[RegExp, (s: string) => number]>): Type =>
  new Type(tag, {
    kind: "scalar",
    // Every plain scalar is asked; a number starts with a digit, a sign or a dot.
    // (f) => f[0], not ([re]) =>: destructuring an array takes an iterator, for every scalar.
    resolve: (s: string) => /^[-+.0-9]/.test(s) && forms.some((f) => f[0].test(s)),
    construct: (s: string) => forms.find((f) => f[0].test(s))![1](s),
  });
// js-yaml's null and bool are the core schema's ("~", "null", "Null", "NULL", ""; "true", "True", "TRUE" …);
// its typings leave out the `types` they are exported under.
const types = (jsYaml as unknown as { types: { null: Type; bool: Type } }).types;
const YAML_CORE = FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, coreNumber("tag:yaml.org,2002:int", CORE_INT), coreNumber("tag:yaml.org,2002:float", CORE_FLOAT)],
});

/** The first character of a node's content from where js-yaml opened it: spaces, line breaks and comments are skipped. */
function contentStart(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else return i;
  }
}

/** The 1-based line and column of each offset, from the line starts. */
function placeOf(lineStarts: number[], offset: number): Place {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/**
 * What js-yaml reads otherwise than yaml, found by differential fuzzing
 * (test/claims/yaml-source.test.ts), so such files are read by yaml:
 * - a byte-order mark (js-yaml drops it) and lone carriage returns (no line break there): places
 *   would not be the file's;
 * - a tab in indentation, which YAML forbids and js-yaml lets pass in places;
 * - an empty sequence item ("-" with nothing after it on its line): a less indented "- y" that
 *   follows is taken into the inner sequence ("- - x\n  -\n- y" is [[x, null, y]], not [[x, null], y]);
 * - a tag ("!", "!!str"): an empty node under "!" is null there and "" in yaml, and a tag can
 *   start a node's place; explicit keys ("? "), whose collection keys are stringified otherwise;
 * - what js-yaml accepts and yaml refuses (a comment glued to a quoted value, content after
 *   "---") or reads otherwise (directives, block scalars' indicators, escaped line breaks in
 *   double quotes); found by a review's fuzzing.
 * Such a sign inside text ("!", "?", "|2") sends a file to yaml too: slower, never wrong.
 */
const LEFT_TO_YAML = new RegExp(
  [
    "^\\uFEFF", "\\r(?!\\n)", "^ *\\t", // a byte-order mark, a lone CR, a tab in indentation
    "^ *(?:-[ \\t]+)*-[ \\t]*(?:#.*)?\\r?$", // an empty sequence item
    "(?:^|[\\s[{,])[!?](?:[\\s!<\\w]|$)", // a tag, an explicit key
    "['\"\\[\\]{}]#", // a comment glued to a quoted value or to a flow collection's bracket (yaml refuses it)
    "^%", // a directive: %YAML 1.1 reads yes, no and dates otherwise
    "^(?:---|\\.\\.\\.)(?![ \\t]*(?:[ \\t]#.*)?\\r?$)", // content on a document marker's line, a glued comment too
    "[|>]-?[1-9+]", // a block scalar's indentation indicator or keep chomping (trailing lines differ)
    "\\\\\\r?\\n", // a line break escaped in a double-quoted scalar
  ].join("|"),
  "m",
);

/** js-yaml's reading of the file and where its collections start, or undefined when yaml must read it. */
function readFast(text: string): { data: unknown; starts: WeakMap<object, Place> } | undefined {
  if (LEFT_TO_YAML.test(text)) return undefined;
  // Where each node now open was opened, and where its content starts (-1 until a child first
  // asks). Stacks indexed by depth, never popped: js-yaml calls the listener twice for every
  // node, scalars included.
  const opened: number[] = [];
  const openedStart: number[] = [];
  let depth = 0;
  const startOf = (p: number): number => {
    if (openedStart[p]! < 0) openedStart[p] = contentStart(text, opened[p]!);
    return openedStart[p]!;
  };
  const nodes: object[] = [];
  const offsets: number[] = [];
  let state: (State & { anchorMap?: object }) | undefined;
  let warned = false;
  let oddKey = false;
  let data: unknown;
  try {
    data = loadFast(text, {
      schema: YAML_CORE,
      onWarning: () => void (warned = true),
      listener(event, s) {
        if (event === "open") {
          state = s;
          opened[depth] = s.position;
          openedStart[depth] = -1;
          depth++;
          return;
        }
        depth--;
        const r: unknown = s.result;
        if (typeof r !== "object") return;
        const at = opened[depth]!;
        // A key that is no string is stringified otherwise by js-yaml: a null key ("null: 0",
        // "{~}") is "null" there and "" in yaml; a collection ("{[x]: 1}") is "x" there. A key
        // is a node followed by ":", or an entry of a flow mapping that no ":" comes before.
        let k = s.position;
        while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
        if (text.charCodeAt(k) === 0x3a /* : */) oddKey = true;
        // The enclosing node: js-yaml opens some nodes twice (a block item around its flow
        // collection), so openings that start where this node starts are the node itself.
        const start = contentStart(text, at);
        let p = depth - 1;
        while (p >= 0 && startOf(p) === start) p--;
        if (p >= 0 && text.charCodeAt(startOf(p)) === 0x7b /* { */) {
          let b = start - 1;
          while (b > 0 && /\s/.test(text[b]!)) b--;
          // After ":" it is a value; after "{" or "," a key; after anything else (a comment) it
          // cannot be told here, so yaml reads the file.
          if (text[b] !== ":") oddKey = true;
        }
        if (r !== null) (nodes.push(r), offsets.push(start));
      },
    });
  } catch {
    return undefined;
  }
  if (warned || oddKey || (state?.anchorMap && Object.keys(state.anchorMap).length > 0)) return undefined;
  if (nodes.length === 0) return { data, starts: new WeakMap() };
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const starts = new WeakMap<object, Place>();
  for (let i = 0; i < nodes.length; i++) starts.set(nodes[i]!, placeOf(lineStarts, offsets[i]!));
  return { data, starts };
}

/** yaml's reading of the file: its data, its errors with their places, and its node ranges. */
function readWithRanges(file: string, text: string): Pick<YamlSource, "data" | "errors" | "yaml"> {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  // logLevel "error": yaml's own warnings (a collection as a key …) would go to the terminal as Node warnings.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: "error" });
  const errors: InputError[] = [];
  const at = (offset: number): Place => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const e of doc.errors) {
    const message = e.code === "DUPLICATE_KEY" ? "duplicate key: each key may appear once in a mapping" : e.message.split("\n")[0]!;
    errors.push({ file, ...at(e.pos[0]), message: `YAML: ${message}` });
  }
  for (const w of doc.warnings) {
    const message = w.code === "TAG_RESOLVE_FAILED" ? `YAML: custom tags are not allowed (${w.message.split("\n")[0]})` : `YAML: ${w.message.split("\n")[0]}`;
    errors.push({ file, ...at(w.pos[0]), message });
  }
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
      errors.push({ file, line: 1, column: 1, message: `YAML: ${(e as Error).message} (too many aliases: refused)` });
    }
  }
  return { data, errors, yaml: { doc, lines } };
}

/**
 * Reads a YAML file. `fast: false` reads it with yaml alone (the reference the fast reader is
 * tested against).
 */
export function parseYamlSource(file: string, text: string, options: { fast?: boolean } = {}): YamlSource {
  const fast = options.fast === false ? undefined : readFast(text);
  if (fast) return { file, text, data: fast.data, errors: [], starts: fast.starts };
  return { file, text, ...readWithRanges(file, text) };
}

/** Path segments of a JSON pointer ("/claims/3/unit" → ["claims", 3, "unit"]). */
export function pointerPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The value at a path of plain data. */
function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = data;
  for (const seg of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** The line and column of the YAML node at a path; of its key when `key` is given. */
export function locate(src: YamlSource, path: Array<string | number>, key?: string): Place {
  if (key === undefined && src.starts) {
    const v = valueAt(src.data, path);
    const place = typeof v === "object" && v !== null ? src.starts.get(v) : undefined;
    if (place) return place;
  }
  src.yaml ??= readWithRanges(src.file, src.text).yaml;
  const { doc, lines } = src.yaml!;
  let node = doc.getIn(path, true) as Node | undefined;
  const { isMap, isPair, isScalar } = yaml();
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key) && pair.key.range) node = pair.key;
  }
  // Fall back to the nearest enclosing node that has a place.
  for (let n = path.length; (!node || !node.range) && n > 0; n--) node = doc.getIn(path.slice(0, n - 1), true) as Node | undefined;
  const offset = node?.range?.[0] ?? 0;
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

/**
 * The data of a YAML file the project ships (a lexicon, the transliteration table), read the
 * fast way; a file that is not clean YAML throws, naming the place.
 */
export function readYamlFile(path: string): unknown {
  const src = parseYamlSource(path, readFileSync(path, "utf8"));
  const e = src.errors[0];
  if (e) throw new Error(`${e.file}:${e.line}:${e.column}: ${e.message}`);
  return src.data;
}

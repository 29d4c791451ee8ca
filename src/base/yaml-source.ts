// Parsing YAML written by hand, safely and with locations: syntax errors, duplicate keys,
// unknown tags and alias bombs become located errors; nothing in the file is executed.
//
// One reader: the `yaml` package. It keeps every node's range and recovers from errors, so every
// message is located with it. It is slow (bench/README.md); claims files that have not changed are
// not read again at all (src/claims/claims-cache.ts keeps what they loaded to, by content hash).
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { readFileSync } from "node:fs";
import { DiagnosticError, type InputError } from "./diagnostic.js";

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
  /** yaml's document with node ranges, and the line starts that turn an offset into a place. */
  yaml: { doc: Document; lines: LineCounter };
}

/** At most this many alias expansions per file: a "billion laughs" file is refused, not expanded. */
const MAX_ALIASES = 1000;

/** yaml's reading of the file: its data, its errors with their places, and its node ranges. */
function readWithRanges(file: string, text: string): Pick<YamlSource, "data" | "errors" | "yaml"> {
  const lines = new LineCounter();
  // logLevel "error": yaml's own warnings (a collection as a key …) would go to the terminal as Node warnings.
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    logLevel: "error",
  });
  const errors: InputError[] = [];
  const at = (offset: number): Place => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const e of doc.errors) {
    const message =
      e.code === "DUPLICATE_KEY" ? "duplicate key: each key may appear once in a mapping" : e.message.split("\n")[0]!;
    errors.push({ file, ...at(e.pos[0]), message: `YAML: ${message}` });
  }
  for (const w of doc.warnings) {
    const message =
      w.code === "TAG_RESOLVE_FAILED"
        ? `YAML: custom tags are not allowed (${w.message.split("\n")[0]})`
        : `YAML: ${w.message.split("\n")[0]}`;
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

/** Reads a YAML file's text: its data, its errors with their places, and its node ranges. */
export function parseYamlSource(file: string, text: string): YamlSource {
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

/** The line and column of the YAML node at a path; of its key when `key` is given. */
export function locate(src: YamlSource, path: Array<string | number>, key?: string): Place {
  const { doc, lines } = src.yaml;
  let node = doc.getIn(path, true) as Node | undefined;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key) && pair.key.range) node = pair.key;
  }
  // Fall back to the nearest enclosing node that has a place.
  for (let n = path.length; !node?.range && n > 0; n--)
    node = doc.getIn(path.slice(0, n - 1), true) as Node | undefined;
  const offset = node?.range?.[0] ?? 0;
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}

/**
 * The data of a YAML file the project ships (a lexicon, the transliteration table); a file that
 * is not clean YAML throws a DiagnosticError, located.
 */
export function readYamlFile(path: string): unknown {
  const src = parseYamlSource(path, readFileSync(path, "utf8"));
  if (src.errors.length > 0) throw new DiagnosticError(src.errors);
  return src.data;
}

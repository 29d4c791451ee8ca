// Parsing YAML written by hand, safely and with locations: syntax errors, duplicate keys,
// unknown tags and alias bombs become located errors; nothing in the file is executed.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { InputError } from "../corpus/article.js";

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
  /** The plain data, or undefined when the file could not be read as YAML. */
  data: unknown;
  errors: InputError[];
}

/** At most this many alias expansions per file: a "billion laughs" file is refused, not expanded. */
const MAX_ALIASES = 1000;

export function parseYamlSource(file: string, text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const errors: InputError[] = [];
  const at = (offset: number): { line: number; column: number } => {
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
  return { file, doc, lines, data, errors };
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
export function locate(src: YamlSource, path: Array<string | number>, key?: string): { line: number; column: number } {
  let node = src.doc.getIn(path, true) as Node | undefined;
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key) && pair.key.range) node = pair.key;
  }
  // Fall back to the nearest enclosing node that has a place.
  for (let n = path.length; (!node || !node.range) && n > 0; n--) node = src.doc.getIn(path.slice(0, n - 1), true) as Node | undefined;
  const offset = node?.range?.[0] ?? 0;
  const p = src.lines.linePos(offset);
  return { line: p.line, column: p.col };
}

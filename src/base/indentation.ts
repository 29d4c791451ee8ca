// Where a hand-written YAML file's indentation goes wrong. yaml, like every YAML parser, notices
// a misplaced line only where the structure stops making sense, often a line or more later or
// at the value before it ("Nested mappings are not allowed in compact mappings" at the line
// above). This reads the block structure by indentation alone and names the line that is wrong,
// with the column it should start at. It is asked only about a file yaml could not read.

export interface IndentProblem {
  line: number;
  column: number;
  message: string;
}

/** yaml's messages that an indentation slip causes (and this reading locates better). */
export const INDENTATION_SYMPTOM =
  /indent|same column|compact mappings|Implicit keys need to be on a single line|without - indicator|Implicit map keys need to be followed/i;

const withoutComment = (s: string): string => s.replace(/\s+#.*$/, "");
const quotesOpen = (s: string): boolean =>
  (s.match(/"/g)?.length ?? 0) % 2 === 1 || (s.match(/'/g)?.length ?? 0) % 2 === 1;

/** "- key: value": the item's keys start after the dash. Opens a level for each item; the line's content and its column after the dashes. */
function afterDashes(
  rest: string,
  indent: number,
  levels: Array<{ at: number; list: boolean }>,
): { body: string; at: number } {
  let body = rest;
  let at = indent;
  while (body === "-" || body.startsWith("- ")) {
    const inner = body.slice(1).trimStart();
    at += body.length - inner.length;
    body = inner;
    if (body !== "") levels.push({ at, list: body === "-" || body.startsWith("- ") });
  }
  return { body, at };
}

/**
 * Closes the blocks a line at or left of the innermost one ends, and returns what is wrong with
 * where it starts, if anything (a line that starts no block above is pushed as a block of its own).
 */
function dedentProblem(
  levels: Array<{ at: number; list: boolean }>,
  line: number,
  indent: number,
  item: boolean,
  top: number | undefined,
): IndentProblem | undefined {
  while (levels.length && indent < levels.at(-1)!.at) levels.pop();
  // A list written at its key's column ("claims:\n- id: a") ends where a key comes back.
  if (!item && levels.length > 1 && levels.at(-1)!.list && levels.at(-2)!.at === indent) levels.pop();
  const here = levels.at(-1);
  if (here?.at !== indent) {
    const columns = [
      ...levels.map((l) => l.at).filter((l) => l < indent),
      ...(top !== undefined && top > indent ? [top] : []),
    ].map((l) => l + 1);
    const problem = {
      line,
      column: indent + 1,
      message: `this line starts in column ${indent + 1}, where no block above starts: start it in column ${columns.join(" or column ")}, with the keys it belongs to`,
    };
    levels.push({ at: indent, list: item });
    return problem;
  }
  if (here.list && !item) {
    return {
      line,
      column: indent + 1,
      message: `this key starts in column ${indent + 1}, where the list's items start with "- ": start it in column ${(top ?? indent) + 1} with the keys of the item above, or begin a new item with "- "`,
    };
  }
  return undefined;
}

export function indentationProblems(text: string): IndentProblem[] {
  const problems: IndentProblem[] = [];
  // The blocks open at this line: the column each starts at, and whether it is a list ("- ").
  const levels: Array<{ at: number; list: boolean }> = [];
  let opens = false;
  let blockScalarAbove: number | null = null;
  let continuing = false;
  // Open [ and { of a flow collection that goes on over lines.
  let flow = 0;
  const depth = (t: string): number => (t.match(/[[{]/g)?.length ?? 0) - (t.match(/[\]}]/g)?.length ?? 0);
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const rest = raw.trim();
    if (rest === "" || rest.startsWith("#") || rest === "---" || rest === "...") return;
    const indent = raw.length - raw.trimStart().length;
    // Inside a block scalar (| or >), or a quoted value that goes on: text, not structure.
    if (blockScalarAbove !== null && indent > blockScalarAbove) return;
    blockScalarAbove = null;
    if (flow > 0) {
      flow = Math.max(0, flow + depth(withoutComment(rest)));
      return;
    }
    if (continuing) {
      if (quotesOpen(rest)) continuing = false;
      return;
    }
    if (raw.slice(0, indent).includes("\t")) return;
    const top = levels.at(-1)?.at;
    const item = rest === "-" || rest.startsWith("- ");
    if (top === undefined) levels.push({ at: indent, list: item });
    else if (opens && (indent > top || (item && indent === top))) levels.push({ at: indent, list: item });
    else if (indent > top) {
      problems.push({
        line,
        column: indent + 1,
        message: `this line is indented more than the one above, which does not open a block: start it in column ${top + 1}, under the key above, or end the line above with ":" to nest it`,
      });
      return;
    } else {
      const problem = dedentProblem(levels, line, indent, item, top);
      if (problem) {
        problems.push(problem);
        return;
      }
    }
    const { body, at } = afterDashes(rest, indent, levels);
    const content = withoutComment(body);
    opens = content === "" || /:$/.test(content);
    flow = Math.max(0, depth(content.replace(/"[^"]*"|'[^']*'/g, "")));
    if (/:\s*[|>][-+0-9]*$/.test(content)) blockScalarAbove = at;
    else if (/:\s*["']/.test(content) && quotesOpen(content.slice(content.indexOf(":") + 1))) continuing = true;
  });
  return problems;
}

/**
 * A YAML file's read errors with indentation slips named where they are: when the lines tell
 * which is misplaced, those replace yaml's messages about what the slip broke.
 */
export function locateIndentation<E extends { message: string }>(
  file: string,
  text: string,
  errors: readonly E[],
): Array<E | (IndentProblem & { file: string })> {
  if (errors.length === 0) return [...errors];
  const problems = indentationProblems(text);
  if (problems.length === 0) return [...errors];
  return [...errors.filter((e) => !INDENTATION_SYMPTOM.test(e.message)), ...problems.map((p) => ({ file, ...p }))];
}

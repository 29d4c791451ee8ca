// No function in src/ is longer than 60 lines, counted from its first line to its last
// (signature and body, nested functions included), outside the generated grammar and schemas.
// A long function is a sign it does several jobs that could each have a name.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const MAX_LINES = 60;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every function-like node of a file longer than the limit, as "file:line name (n lines)". */
function longFunctions(file: string, text: string, max = MAX_LINES): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) {
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
        out.push(`${relative(root, file)}:${first + 1} ${name} (${lines} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe("function length", () => {
  it("finds a function over the limit, and passes one at it", () => {
    const body = (n: number): string => `function f() {\n${"  x();\n".repeat(n - 2)}}\n`;
    expect(longFunctions("a.ts", body(MAX_LINES))).toEqual([]);
    expect(longFunctions("a.ts", body(MAX_LINES + 1))).toHaveLength(1);
    expect(longFunctions("a.ts", `const g = () => {\n${"  x();\n".repeat(MAX_LINES)}};\n`)).toHaveLength(1);
  });

  it(`keeps every function in src/ to ${MAX_LINES} lines`, () => {
    const long = sourceFiles(join(root, "src")).flatMap((f) => longFunctions(f, readFileSync(f, "utf8")));
    expect(long).toEqual([]);
  });
});

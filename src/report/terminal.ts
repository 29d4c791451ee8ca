// Linter-style terminal output: one line per problem, `path:line:column  severity  message  rule`.
import type { InputError } from "../corpus/article.js";

export function formatInputError(e: InputError): string {
  return e.line > 0 ? `${e.file}:${e.line}:${e.column}  error  ${e.message}` : `${e.file}: error: ${e.message}`;
}

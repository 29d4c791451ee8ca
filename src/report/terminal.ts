// Linter-style terminal output: one line per finding, `path:line:column  severity  message  rule-id`,
// then counts by severity.
//
// Every line is terminal-safe: what comes from an input (a file name, an outlet, a quote, a
// correction's text) is data, never a command to the terminal. Control characters (an escape
// sequence that clears the screen, recolours or makes a link; a carriage return that overwrites
// the line), bidirectional controls that reorder it, and line breaks are shown as visible escapes
// (\x1b, \u202e, \n), so one finding is always one line and no input can forge another.
import type { InputError } from "../corpus/article.js";
import type { Finding, Severity } from "../rules/types.js";

/** C0 and C1 controls, DEL, bidirectional controls, and the Unicode line and paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `text` with every character that could act on a terminal shown as a visible escape: one line, inert. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
  });
}

export function formatInputError(e: InputError): string {
  return terminalSafe(e.line > 0 ? `${e.file}:${e.line}:${e.column}  error  ${e.message}` : `${e.file}: error: ${e.message}`);
}

/** `file:line:column  warning  message`, as input errors are printed but not an error. */
export function formatWarning(w: InputError): string {
  return terminalSafe(w.line > 0 ? `${w.file}:${w.line}:${w.column}  warning  ${w.message}` : `${w.file}: warning: ${w.message}`);
}

export function formatFinding(f: Finding): string {
  const where = `${f.location.file}:${f.location.line}:${f.location.column}`;
  return terminalSafe(`${where}  ${f.severity}  ${f.message.replace(/[^\S\u2028\u2029]+/g, " ")}  ${f.rule}${f.accepted ? "  (accepted)" : ""}`);
}

export function summaryLine(findings: readonly Finding[], inputErrors: number): string {
  const open = findings.filter((f) => !f.accepted);
  const count = (s: Severity): number => open.filter((f) => f.severity === s).length;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? "" : "s"}`;
  const parts = [plural(count("error"), "error"), plural(count("warning"), "warning"), plural(count("info"), "info")].map((p) => p.replace("infos", "info"));
  const accepted = findings.length - open.length;
  return `${parts.join(", ")}${accepted ? `, ${accepted} accepted` : ""}${inputErrors ? `; ${plural(inputErrors, "input error")}` : ""}`;
}

export function terminalReport(findings: readonly Finding[], inputErrors: readonly InputError[]): string {
  const lines = [...inputErrors.map(formatInputError), ...findings.map(formatFinding)];
  lines.push("", summaryLine(findings, inputErrors.length));
  return lines.join("\n") + "\n";
}

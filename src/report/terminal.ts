// Linter-style terminal output: one line per finding, `path:line:column  severity  message  rule-id`,
// then counts by severity.
import type { InputError } from "../corpus/article.js";
import type { Finding, Severity } from "../rules/types.js";

export function formatInputError(e: InputError): string {
  return e.line > 0 ? `${e.file}:${e.line}:${e.column}  error  ${e.message}` : `${e.file}: error: ${e.message}`;
}

export function formatFinding(f: Finding): string {
  const where = `${f.location.file}:${f.location.line}:${f.location.column}`;
  return `${where}  ${f.severity}  ${f.message.replace(/\s+/g, " ")}  ${f.rule}${f.accepted ? "  (accepted)" : ""}`;
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

// Linter-style terminal output: one line per finding, `path:line:column  severity  message  rule-id`,
// then counts by severity; the severity in colour where the stream shows colours.
import { styleText } from "node:util";
import type { InputError } from "../corpus/article.js";
import type { Finding, Severity } from "../rules/types.js";

type Stream = NodeJS.WritableStream & { isTTY?: boolean; hasColors?: () => boolean };

/**
 * Whether `stream` gets colours. On a terminal Node's own `hasColors()` decides (it honours
 * NO_COLOR, NODE_DISABLE_COLORS, FORCE_COLOR and TERM=dumb); anywhere else (a pipe, a file)
 * only FORCE_COLOR turns them on, as Node reads it ("", 1, 2, 3 or true; 0 or false is off).
 */
export function colourOn(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (stream.isTTY === true && typeof stream.hasColors === "function") return stream.hasColors();
  const force = env["FORCE_COLOR"];
  return force !== undefined && ["", "1", "2", "3", "true"].includes(force);
}

/** Paints text, or leaves it plain when colours are off. */
export type Paint = (style: Parameters<typeof styleText>[0], text: string) => string;
// Whether to colour is decided above for the stream written to, so styleText is not to look at stdout.
export const paintFor = (colour: boolean): Paint => (colour ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text);
const plain = paintFor(false);

const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "cyan" } as const;

export function formatInputError(e: InputError, paint: Paint = plain): string {
  return e.line > 0 ? `${e.file}:${e.line}:${e.column}  ${paint("red", "error")}  ${e.message}` : `${e.file}: ${paint("red", "error")}: ${e.message}`;
}

/** `file:line:column  warning  message`, as input errors are printed but not an error. */
export function formatWarning(w: InputError, paint: Paint = plain): string {
  return w.line > 0 ? `${w.file}:${w.line}:${w.column}  ${paint("yellow", "warning")}  ${w.message}` : `${w.file}: ${paint("yellow", "warning")}: ${w.message}`;
}

export function formatFinding(f: Finding, paint: Paint = plain): string {
  const where = `${f.location.file}:${f.location.line}:${f.location.column}`;
  return `${where}  ${paint(SEVERITY_STYLE[f.severity], f.severity)}  ${f.message.replace(/\s+/g, " ")}  ${paint("dim", f.rule)}${f.accepted ? "  (accepted)" : ""}`;
}

export function summaryLine(findings: readonly Finding[], inputErrors: number, paint: Paint = plain): string {
  const open = findings.filter((f) => !f.accepted);
  const count = (s: Severity): number => open.filter((f) => f.severity === s).length;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? "" : "s"}`;
  const parts = [plural(count("error"), "error"), plural(count("warning"), "warning"), plural(count("info"), "info")].map((p) => p.replace("infos", "info"));
  const accepted = findings.length - open.length;
  const text = `${parts.join(", ")}${accepted ? `, ${accepted} accepted` : ""}${inputErrors ? `; ${plural(inputErrors, "input error")}` : ""}`;
  return count("error") || inputErrors ? paint(["bold", "red"], text) : count("warning") ? paint(["bold", "yellow"], text) : text;
}

/** The human format: input errors, warnings, findings, a blank line, the counts. */
export function terminalReport(findings: readonly Finding[], inputErrors: readonly InputError[], warnings: readonly InputError[] = [], paint: Paint = plain): string {
  const lines = [...inputErrors.map((e) => formatInputError(e, paint)), ...warnings.map((w) => formatWarning(w, paint)), ...findings.map((f) => formatFinding(f, paint))];
  lines.push("", summaryLine(findings, inputErrors.length, paint));
  return lines.join("\n") + "\n";
}

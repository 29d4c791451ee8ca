// Linter-style terminal output: one line per finding, `path:line:column  severity  message  rule-id`,
// then counts by severity; the severity in colour where the stream shows colours.
//
// Every line is terminal-safe: what comes from an input (a file name, an outlet, a quote, a
// correction's text) is data, never a command to the terminal. Control characters (an escape
// sequence that clears the screen, recolours or makes a link; a carriage return that overwrites
// the line), bidirectional controls that reorder it, and line breaks are shown as visible escapes
// (\x1b, \u202e, \n), so one finding is always one line and no input can forge another. The
// colours crosscheck adds are painted after, around text already made safe.
import type { Reporter } from "./reporter.js";
import { formatDiagnostic, paintFor, terminalSafe, type InputError, type Paint } from "../base/diagnostic.js";
import type { Finding, Severity } from "../rules/types.js";
import { plural } from "./words.js";

type Stream = NodeJS.WritableStream & { isTTY?: boolean; hasColors?: () => boolean };

/**
 * Whether `stream` gets colours. On a terminal Node's own `hasColors()` decides (it honours
 * NO_COLOR, NODE_DISABLE_COLORS, FORCE_COLOR and TERM=dumb); anywhere else (a pipe, a file)
 * only FORCE_COLOR turns them on, as Node reads it ("", 1, 2, 3 or true; 0 or false is off).
 */
export function colourOn(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (stream.isTTY === true && typeof stream.hasColors === "function") return stream.hasColors();
  const force = env.FORCE_COLOR;
  return force !== undefined && ["", "1", "2", "3", "true"].includes(force);
}

const plain = paintFor(false);

const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "cyan" } as const;

export { paintFor, terminalSafe, type Paint };

export const formatInputError = (e: InputError, paint: Paint = plain): string =>
  formatDiagnostic({ ...e, severity: "error" }, paint);

/** `file:line:column  warning  message`, as input errors are printed but not an error. */
export const formatWarning = (w: InputError, paint: Paint = plain): string =>
  formatDiagnostic({ ...w, severity: "warning" }, paint);

export function formatFinding(f: Finding, paint: Paint = plain): string {
  const where = terminalSafe(`${f.location.file}:${f.location.line}:${f.location.column}`);
  const message = terminalSafe(f.message.replace(/[^\S\u2028\u2029]+/g, " "));
  return `${where}  ${paint(SEVERITY_STYLE[f.severity], f.severity)}  ${message}  ${paint("dim", f.rule)}${f.accepted ? "  (accepted)" : ""}`;
}

export function summaryLine(findings: readonly Finding[], inputErrors: number, paint: Paint = plain): string {
  const open = findings.filter((f) => !f.accepted);
  const count = (s: Severity): number => open.filter((f) => f.severity === s).length;
  const parts = [
    plural(count("error"), "error"),
    plural(count("warning"), "warning"),
    plural(count("info"), "info"),
  ].map((p) => p.replace("infos", "info"));
  const accepted = findings.length - open.length;
  const text = `${parts.join(", ")}${accepted ? `, ${accepted} accepted` : ""}${inputErrors ? `; ${plural(inputErrors, "input error")}` : ""}`;
  return count("error") || inputErrors
    ? paint(["bold", "red"], text)
    : count("warning")
      ? paint(["bold", "yellow"], text)
      : text;
}

/** The human format: input errors, warnings, findings, a blank line, the counts. */
export function terminalReport(
  findings: readonly Finding[],
  inputErrors: readonly InputError[],
  warnings: readonly InputError[] = [],
  paint: Paint = plain,
): string {
  const lines = [
    ...inputErrors.map((e) => formatInputError(e, paint)),
    ...warnings.map((w) => formatWarning(w, paint)),
    ...findings.map((f) => formatFinding(f, paint)),
  ];
  lines.push("", summaryLine(findings, inputErrors.length, paint));
  return `${lines.join("\n")}\n`;
}

export const reporter: Reporter = {
  forPeople: true,
  print: (r, o) => terminalReport(r.findings, r.inputErrors, o.warnings, paintFor(o.colour)),
};

// The one shape of a problem with an input (an article, a claims file, the config, a lexicon),
// located in its file, and the one way it is printed: `file:line:column  severity  message`.
//
// Printed lines are terminal-safe: what comes from an input (a file name, a quoted value) is
// data, never a command to the terminal. Control characters, bidirectional controls and line
// breaks are shown as visible escapes (\x1b, \u202e, \n), so one diagnostic is always one line.
import { styleText } from "node:util";

export type DiagnosticSeverity = "error" | "warning";

export interface Diagnostic {
  /** Absent: an error. Kept off the objects the readers make, so the reports' JSON is unchanged. */
  severity?: DiagnosticSeverity;
  file: string;
  /** 1-based; 0 when the problem is the whole file's (it cannot be read, it is too large). */
  line: number;
  column: number;
  message: string;
  /** What to do about it, when something can be said ("did you mean …"). */
  hint?: string;
}

/** A problem that stops an input from being read as it is: a diagnostic of severity error. */
export type InputError = Diagnostic;

/** Paints text, or leaves it plain when colours are off. */
export type Paint = (style: Parameters<typeof styleText>[0], text: string) => string;
// Whether to colour is decided for the stream written to, so styleText is not to look at stdout.
export const paintFor = (colour: boolean): Paint =>
  colour ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
const plain = paintFor(false);

/** C0 and C1 controls, DEL, bidirectional controls, and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips from messages
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `text` with every character that could act on a terminal shown as a visible escape: one line, inert. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return (
      NAMED[c] ??
      (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`)
    );
  });
}

const SEVERITY_COLOUR = { error: "red", warning: "yellow" } as const;

/** `file:line:column  severity  message`, or `file: severity: message` for a whole file's problem. */
export function formatDiagnostic(d: Diagnostic, paint: Paint = plain): string {
  const severity = d.severity ?? "error";
  const file = terminalSafe(d.file);
  const message = terminalSafe(d.message) + (d.hint ? ` (${terminalSafe(d.hint)})` : "");
  const label = paint(SEVERITY_COLOUR[severity], severity);
  return d.line > 0 ? `${file}:${d.line}:${d.column}  ${label}  ${message}` : `${file}: ${label}: ${message}`;
}

/**
 * Input that stops the run (a lexicon that breaks its schema): thrown with its diagnostics, each
 * located, and printed as they are (src/cli.ts), not as an internal error.
 */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
    this.name = "DiagnosticError";
  }
}

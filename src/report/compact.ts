// The compact terminal format, ESLint's `compact`: one line per problem,
// `file: line L, col C, Severity - message (rule)`, then the number of problems. No colours.
import type { Reporter } from "./reporter.js";
import type { InputError } from "../base/diagnostic.js";
import type { Finding } from "../rules/types.js";
import { plural } from "./words.js";

const word = { error: "Error", warning: "Warning", info: "Info" } as const;

const line = (
  file: string,
  l: number,
  c: number,
  severity: keyof typeof word,
  message: string,
  rule?: string,
): string =>
  `${file}: ${l > 0 ? `line ${l}, col ${c}, ` : ""}${word[severity]} - ${message.replace(/\s+/g, " ")}${rule ? ` (${rule})` : ""}`;

export function compactReport(
  findings: readonly Finding[],
  inputErrors: readonly InputError[],
  warnings: readonly InputError[],
): string {
  const lines = [
    ...inputErrors.map((e) => line(e.file, e.line, e.column, "error", e.message)),
    ...warnings.map((w) => line(w.file, w.line, w.column, "warning", w.message)),
    ...findings.map(
      (f) =>
        line(f.location.file, f.location.line, f.location.column, f.severity, f.message, f.rule) +
        (f.accepted ? " (accepted)" : ""),
    ),
  ];
  const n = lines.length;
  return `${lines.map((l) => `${l}\n`).join("")}${lines.length ? "\n" : ""}${plural(n, "problem")}\n`;
}

export const reporter: Reporter = {
  forPeople: true,
  print: (r, o) => compactReport(r.findings, r.inputErrors, o.warnings),
};

// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule::message`, which a
// workflow run shows as annotations on the lines. Escaped as GitHub's toolkit escapes them
// (@actions/core's command.ts): % CR LF in the message; also : and , in property values.
import type { Reporter } from "./reporter.js";
import type { InputError } from "../base/diagnostic.js";
import type { Finding } from "../rules/types.js";

const LEVEL = { error: "error", warning: "warning", info: "notice" } as const;

const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function command(
  level: (typeof LEVEL)[keyof typeof LEVEL],
  file: string,
  line: number,
  column: number,
  message: string,
  title?: string,
): string {
  const props = [
    `file=${escapeProperty(file)}`,
    ...(line > 0 ? [`line=${line}`, `col=${Math.max(1, column)}`] : []),
    ...(title ? [`title=${escapeProperty(title)}`] : []),
  ];
  return `::${level} ${props.join(",")}::${escapeData(message)}`;
}

export function githubReport(
  findings: readonly Finding[],
  inputErrors: readonly InputError[],
  warnings: readonly InputError[],
): string {
  const lines = [
    ...inputErrors.map((e) => command("error", e.file, e.line, e.column, e.message)),
    ...warnings.map((w) => command("warning", w.file, w.line, w.column, w.message)),
    // An accepted finding is no annotation: someone has looked at it.
    ...findings
      .filter((f) => !f.accepted)
      .map((f) => command(LEVEL[f.severity], f.location.file, f.location.line, f.location.column, f.message, f.rule)),
  ];
  return lines.map((l) => `${l}\n`).join("");
}

export const reporter: Reporter = {
  forPeople: false,
  print: (r, o) => githubReport(r.findings, r.inputErrors, o.warnings),
};

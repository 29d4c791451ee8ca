// The last stages of check: write the report files, then print the findings and the summary.
import { join, resolve } from "node:path";
import type { InputError } from "../../base/diagnostic.js";
import { ReportManifest } from "../../claims/cache.js";
import { SEVERITY_ORDER } from "../../rules/engine.js";
import type { QuotePlan } from "../../report/quote.js";
import type { Reporter } from "../../report/reporter.js";
import { loadReporters } from "../../report/reporters.js";
import type { CheckResult } from "../../report/result.js";
import { writeRuleDocs } from "../../report/rule-docs.js";
import { colourOn, terminalSafe } from "../../report/terminal.js";
import { writeReports } from "./output-folder.js";
import type { Run } from "./run.js";

/** The report files named in the summary (or why none could be written). */
export interface Written {
  files: string[];
  error: string | null;
}

/** People's reports first: that is the order the summary names them in. */
const peopleFirst = (rs: Reporter[]): Reporter[] => [
  ...rs.filter((x) => x.forPeople),
  ...rs.filter((x) => !x.forPeople),
];

/** Writes the report files of --format into the output folder, swapped in whole. */
export async function writeReportFiles(
  run: Run,
  result: CheckResult,
  quotes: ReadonlyMap<string, QuotePlan>,
  cacheDir: string,
): Promise<Written> {
  const { o, progress } = run;
  const reporters = peopleFirst(await loadReporters(o.formats));
  const t = performance.now();
  progress.start("Writing reports");
  let files: string[] = [];
  const error = await writeReports(
    o.out,
    (sink) => {
      for (const reporter of reporters) reporter.write?.(result, { reportDir: o.out, quotes }, sink);
      // The reports for people link every finding's rule to its docs, copied beside them.
      if (reporters.some((x) => x.forPeople)) writeRuleDocs(sink);
      files = reporters.flatMap((x) => x.files ?? []).filter((f) => sink.names.includes(f));
    },
    o.cache ? new ReportManifest(cacheDir, resolve(o.out)) : null,
  );
  run.times.reports += performance.now() - t;
  progress.done(error ? "Could not write the reports" : `Wrote reports to ${o.out.replace(/[\\/]+$/, "")}/`);
  progress.stop();
  return { files, error };
}

/**
 * Prints the --output-format report to stdout, then where the reports are; returns the exit code.
 * With --quiet only errors are printed (the reports keep everything).
 */
export async function printSummary(
  run: Run,
  result: CheckResult,
  warnings: readonly InputError[],
  written: Written,
): Promise<number> {
  const { o } = run;
  const format = o.outputFormat ?? "human";
  const [reporter] = await loadReporters([format]);
  if (!reporter?.print) throw new Error(`no reporter prints ${format}`);
  const findings = o.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  o.stdout.write(
    reporter.print(
      { ...result, findings },
      { reportDir: o.out, warnings: o.quiet ? [] : warnings, colour: colourOn(o.stdout, o.env) },
    ),
  );
  // Where the reports are goes with the formats for people; the machine ones keep stdout to their format.
  const where = `${terminalSafe(written.error ? `Could not write the reports: ${written.error}` : `Reports: ${written.files.map((f) => join(o.out, f)).join(", ")}`)}\n`;
  if (reporter.forPeople) {
    if (!o.quiet || written.error) o.stdout.write(where);
  } else if (written.error) o.stderr.write(where);
  const failOn = o.failOn;
  const failing =
    failOn !== "never" &&
    result.findings.some((f) => !f.accepted && SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[failOn]);
  return result.inputErrors.length > 0 || written.error ? 2 : failing ? 1 : 0;
}

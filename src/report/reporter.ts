// What a reporter is: one file in src/report/ that exports `reporter`, registered with one line
// in reporters.ts. A reporter writes files into the reports folder, prints to standard output,
// or both; it reads only the check's result (CheckResult), rule metadata included.
import type { InputError } from "../corpus/article.js";
import type { QuotePlan } from "./quote.js";
import type { CheckResult } from "./result.js";
import type { ReportSink } from "./sink.js";

export interface ReportOptions {
  /** The folder the reports are written to, so that links to articles can be relative. */
  reportDir: string;
  /**
   * The quotes' plans by claim id, made while the articles' texts were at hand (the stages after
   * analysis have no texts); without them quotes are planned from the articles' texts, if any.
   */
  quotes?: ReadonlyMap<string, QuotePlan>;
}

export interface PrintOptions {
  reportDir: string;
  /** What looks wrong in an input but is no error (printed, not in the result). */
  warnings: readonly InputError[];
  /** Whether standard output shows colours. */
  colour: boolean;
}

export interface Reporter {
  /**
   * For people rather than machines: a file report links each finding's rule to its docs
   * (copied beside the reports) and is named first in the summary's "Reports:" line; a printed
   * one is followed by that line.
   */
  forPeople: boolean;
  /** The files of the reports folder the summary names. */
  files?: readonly string[];
  /** Writes the report's files. */
  write?(r: CheckResult, o: ReportOptions, sink: ReportSink): void;
  /** The report as printed on standard output. */
  print?(r: CheckResult, o: PrintOptions): string;
}

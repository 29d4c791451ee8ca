// What every stage of a check run shares: the options with the project's defaults filled in,
// the settings, the progress display, the input errors met so far, and the stages' times.
import type { InputError } from "../../base/diagnostic.js";
import { emptyConfig, loadConfig, type Config } from "../../rules/config.js";
import type { Severity } from "../../rules/types.js";
import type { CheckResult } from "../../report/result.js";
import type { Format, OutputFormat } from "../../report/reporters.js";
import { createProgress, type Progress } from "../progress.js";
import { projectOf, type Project } from "./project.js";

export interface CheckOptions {
  /** Article files and folders, "-" for standard input; none: articles/ beside the config, else the project's folder. */
  paths: string[];
  /** Default: claims/ beside the config file (see projectOf); one given must exist. */
  claims?: string;
  /** Default: reports/ beside the config file. */
  out?: string;
  config?: string;
  formats: Format[];
  failOn: Severity | "never";
  /** Errors only: no progress, no warnings or lesser findings on the terminal (the reports keep them). */
  quiet: boolean;
  /** What is printed to stdout (default human). */
  outputFormat?: OutputFormat;
  /** Standard input's bytes, for "-" (default: read file descriptor 0). */
  stdin?: () => Uint8Array;
  cache: boolean;
  /** Worker threads for extraction (default: all cores). */
  threads?: number;
  /** Cache folder (default: defaultCacheDir()). */
  cacheDir?: string;
  /** Articles read and extracted at a time (default READ_CHUNK). */
  chunk?: number;
  /** Where progress and the summary go. */
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** The environment read: CI (no spinner), FORCE_COLOR, XDG_CACHE_HOME (default: the process's). */
  env?: NodeJS.ProcessEnv;
}

export interface StageTimes {
  read: number;
  extract: number;
  claims: number;
  rules: number;
  reports: number;
}

export interface CheckRun {
  result: CheckResult;
  exitCode: number;
  times: StageTimes;
}

/** One run of check, as its stages see it. */
export interface Run {
  /** The options, with the paths, claims folder and output folder the project gives. */
  o: CheckOptions & { claims: string; out: string };
  project: Project;
  settings: Config;
  progress: Progress;
  /** Every input error met so far, in the order the inputs were read. */
  inputErrors: InputError[];
  times: StageTimes;
}

/** The run's project and settings: the config comes first, since its `ignore:` patterns shape the walk for articles. */
export function startRun(options: CheckOptions): Run {
  const project = projectOf(options);
  const o = { ...options, paths: project.paths, claims: project.claims, out: project.out };
  const progress = createProgress(o.stderr, o.quiet, o.env);
  const { config, errors } =
    project.config !== null ? loadConfig(project.config, project.configGiven) : { config: undefined, errors: [] };
  return {
    o,
    project,
    settings: config ?? emptyConfig(),
    progress,
    inputErrors: [...errors],
    times: { read: 0, extract: 0, claims: 0, rules: 0, reports: 0 },
  };
}

/** Times a stage into `times[stage]` (added: reading and extracting run a chunk at a time). */
export function timed<T>(run: Run, stage: keyof StageTimes, f: () => T): T {
  const t = performance.now();
  try {
    return f();
  } finally {
    run.times[stage] += performance.now() - t;
  }
}

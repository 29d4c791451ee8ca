#!/usr/bin/env node
// crosscheck's command line: parses arguments and dispatches to src/commands/. Nothing else.
// Each command's module is loaded when it runs: `validate` need not load check's reports and
// worker pool (a third of a second at start-up).
//
// runCli runs one command line and returns its exit code; what it prints goes to the writers it
// is given, so that a caller (the tests) can run it in its own process, again and again. The
// `crosscheck` command is the few lines at the end: they hand it the process's streams and set
// the exit code.
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "./base/paths.js";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FORMATS, OUTPUT_FORMATS, type Format, type OutputFormat } from "./report/reporters.js";
import { availableLanguages } from "./language/lexicon.js";
import type { Severity } from "./rules/types.js";
import { terminalSafe } from "./report/terminal.js";
import { DiagnosticError, formatDiagnostic } from "./base/diagnostic.js";

/** Text of several lines, each made terminal-safe (report/terminal.ts). */
const inert = (text: string): string => text.split("\n").map(terminalSafe).join("\n");

// A bug in crosscheck must not read as "the check found errors" (1) or "bad input" (2).
export const EXIT_INTERNAL_ERROR = 3;

const EXIT_CODES = `
Exit codes:
  0  no open finding at --fail-on or above (default: error)
  1  a finding at --fail-on or above
  2  a usage error, or input that could not be read or validated (everything else is still checked)
  3  crosscheck itself failed (a bug: the message says where)`;

const version = (): string =>
  (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string }).version ?? "unknown";

type Out = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; hasColors?: () => boolean };

/** Where a run of the command line reads and writes. */
export interface CliIO {
  stdout: Out;
  stderr: Out;
  /**
   * The folder the run's relative paths are read from (default: the process's). The commands
   * read paths against the process's working folder, so runCli enters this one for the run and
   * goes back after it: a process (not a worker thread) that runs one command line at a time.
   */
  cwd?: string;
  /** The environment the run reads (CI, FORCE_COLOR, XDG_CACHE_HOME; default: the process's). */
  env?: NodeJS.ProcessEnv;
}

const lang = (v: string): string => {
  if (!availableLanguages().includes(v)) throw new InvalidArgumentError(`have: ${availableLanguages().join(", ")}`);
  return v;
};

const formats = (v: string): Format[] => {
  const list = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || list.length === 0)
    throw new InvalidArgumentError(`formats are ${FORMATS.join(", ")} (comma-separated)`);
  return list as Format[];
};

/** The program, writing to `io`; each command's action hands its exit code to `exit`. */
function cliProgram(io: CliIO, exit: (code: number) => void): Command {
  // As commander's own: a terminal's width, else none (it then lays help out for 80 columns; its
  // type says number, its default returns undefined).
  const width = (s: Out): number => (s.isTTY ? s.columns : undefined) as number;
  const colours = (s: Out): boolean => s.isTTY === true && s.hasColors?.() === true;
  const program = new Command();
  program
    .name("crosscheck")
    .description("Fact-consistency checker for news coverage: finds where articles on one story disagree.")
    .version(version(), "-v, --version", "print the version")
    .addHelpText("after", EXIT_CODES)
    // Help, --version and a usage error end the run by throwing (runCli says which exit code).
    .exitOverride()
    // Commander repeats a bad argument in its message: shown inert, as every line crosscheck prints.
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(inert(text)),
      getOutHelpWidth: () => width(io.stdout),
      getErrHelpWidth: () => width(io.stderr),
      getOutHasColors: () => colours(io.stdout),
      getErrHasColors: () => colours(io.stderr),
    });
  addCheck(program, io, exit);
  addExtract(program, io, exit);
  addValidate(program, io, exit);
  return program;
}

/** check's options, as commander gives them. */
interface CheckFlags {
  claims?: string;
  out?: string;
  config?: string;
  format: Format[];
  outputFormat: OutputFormat;
  failOn: Severity | "never";
  quiet?: boolean;
  cache: boolean;
}

function addCheck(program: Command, io: CliIO, exit: (code: number) => void): void {
  program
    .command("check")
    .description("check articles against each other and the hand-added claims; write reports")
    .argument(
      "[paths...]",
      "article files or folders (.md, .txt), - for standard input (default: the articles/ folder beside the config file, or in the current folder, if there is one; else the current folder)",
    )
    .option(
      "--claims <dir>",
      "folder of hand-added claims (YAML) (default: claims/ beside the config file, or in the current folder)",
    )
    .option(
      "--out <dir>",
      "folder the report files are written to (default: reports/ beside the config file, or in the current folder)",
    )
    .option(
      "--config <file>",
      "configuration file (default: crosscheck.config.yaml in the folder of the first path, or the current folder, or the nearest folder above it that has one)",
    )
    .option("--format <formats>", `report files written to --out, comma-separated: ${FORMATS.join(",")}`, formats, [
      ...FORMATS,
    ])
    .addOption(
      new Option(
        "--output-format <format>",
        "what is printed: findings for people, ESLint's compact lines, JSON, SARIF, or GitHub workflow annotations",
      )
        .choices([...OUTPUT_FORMATS])
        .default("human"),
    )
    .addOption(
      new Option("--fail-on <severity>", "lowest severity that fails the check")
        .choices(["error", "warning", "info", "never"])
        .default("error"),
    )
    .option("--quiet", "print errors only, and no progress")
    .option("--no-cache", "parse every article again instead of using the cache (.crosscheck-cache/ beside --out)")
    .addHelpText("after", EXIT_CODES)
    .action(async (paths: string[], opts: CheckFlags) => {
      const { runCheck } = await import("./commands/check.js");
      const run = await runCheck({
        paths,
        claims: opts.claims,
        out: opts.out,
        config: opts.config,
        formats: opts.format,
        outputFormat: opts.outputFormat,
        failOn: opts.failOn,
        quiet: opts.quiet === true,
        cache: opts.cache,
        stdout: io.stdout,
        stderr: io.stderr,
        env: io.env,
      });
      exit(run.exitCode);
    });
}

function addExtract(program: Command, io: CliIO, exit: (code: number) => void): void {
  program
    .command("extract")
    .description("print the claims found in each file (- reads standard input)")
    .argument("<files...>", "article files or folders, or - for standard input")
    .option("--lang <lang>", "language of the text (default: front matter, else detected)", lang)
    .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
    .action(async (files: string[], opts: { lang?: string; format: "yaml" | "json" }) => {
      const { runExtract } = await import("./commands/extract.js");
      exit(await runExtract(files, opts, io.stdout, io.stderr));
    });
}

function addValidate(program: Command, io: CliIO, exit: (code: number) => void): void {
  program
    .command("validate")
    .description("check claims files (default claims/) and print every error with file:line:column")
    .argument("[paths...]", "claims files or folders")
    .action(async (paths: string[]) => {
      const { runValidate } = await import("./commands/validate.js");
      exit(runValidate(paths, io.stdout));
    });
}

/**
 * Runs one command line (`argv` without node and the script: ["check", "--quiet"]) and returns
 * its exit code. Nothing it does ends the process or writes to the process's own streams.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const cwd = process.cwd();
  if (io.cwd !== undefined && io.cwd !== cwd) process.chdir(io.cwd);
  let code = 0;
  try {
    await cliProgram(io, (c) => (code = c)).parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof DiagnosticError) {
      // Input crosscheck cannot run without (a lexicon that breaks its schema): located, not a bug.
      for (const d of e.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      return 2;
    }
    io.stderr.write(`${inert(`crosscheck: internal error: ${(e as Error)?.stack ?? String(e)}`)}\n`);
    return EXIT_INTERNAL_ERROR;
  } finally {
    if (process.cwd() !== cwd) process.chdir(cwd);
  }
}

/**
 * Whether this module is the one Node was started with: through a link, as npm installs the
 * command, and named without its ".js" as Node allows (`node dist/bundle/cli`).
 */
const started = (): boolean => {
  const script = process.argv[1];
  return (
    script !== undefined &&
    [script, `${script}.js`].some((p) => {
      try {
        return pathToFileURL(realpathSync(p)).href === import.meta.url;
      } catch {
        return false;
      }
    })
  );
};

// The `crosscheck` command.
if (started()) {
  // A reader that stops early (`crosscheck extract … | head`) closes the pipe: the run ends quietly,
  // as a Unix tool does, instead of throwing EPIPE at the user.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
}

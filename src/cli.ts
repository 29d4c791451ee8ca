#!/usr/bin/env node
// crosscheck's command line: parses arguments and dispatches to src/commands/. Nothing else.
// Each command's module is loaded when it runs: `validate` need not load check's reports and
// worker pool (a third of a second at start-up).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./base/paths.js";
import { Command, InvalidArgumentError, Option } from "commander";
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

const program = new Command();
program
  .name("crosscheck")
  .description("Fact-consistency checker for news coverage: finds where articles on one story disagree.")
  .version(version(), "-v, --version", "print the version")
  .addHelpText("after", EXIT_CODES)
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2))
  // Commander repeats a bad argument in its message: shown inert, as every line crosscheck prints.
  .configureOutput({ writeErr: (text) => void process.stderr.write(inert(text)) });

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
  .action(
    async (
      paths: string[],
      opts: {
        claims?: string;
        out?: string;
        config?: string;
        format: Format[];
        outputFormat: OutputFormat;
        failOn: Severity | "never";
        quiet?: boolean;
        cache: boolean;
      },
    ) => {
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
        stdout: process.stdout,
        stderr: process.stderr,
      });
      process.exitCode = run.exitCode;
    },
  );

program
  .command("extract")
  .description("print the claims found in each file (- reads standard input)")
  .argument("<files...>", "article files or folders, or - for standard input")
  .option("--lang <lang>", "language of the text (default: front matter, else detected)", lang)
  .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
  .action(async (files: string[], opts: { lang?: string; format: "yaml" | "json" }) => {
    const { runExtract } = await import("./commands/extract.js");
    process.exitCode = await runExtract(files, opts, process.stdout, process.stderr);
  });

program
  .command("validate")
  .description("check claims files (default claims/) and print every error with file:line:column")
  .argument("[paths...]", "claims files or folders")
  .action(async (paths: string[]) => {
    const { runValidate } = await import("./commands/validate.js");
    process.exitCode = runValidate(paths, process.stdout);
  });

// A reader that stops early (`crosscheck extract … | head`) closes the pipe: the run ends quietly,
// as a Unix tool does, instead of throwing EPIPE at the user.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

try {
  await program.parseAsync();
} catch (e) {
  if (e instanceof DiagnosticError) {
    // Input crosscheck cannot run without (a lexicon that breaks its schema): located, not a bug.
    for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`${inert(`crosscheck: internal error: ${(e as Error)?.stack ?? String(e)}`)}\n`);
    process.exitCode = EXIT_INTERNAL_ERROR;
  }
}

#!/usr/bin/env node
// crosscheck's command line: parses arguments and dispatches to src/commands/. Nothing else.
// Each command's module is loaded when it runs: `validate` need not load check's reports and
// worker pool (a third of a second at start-up).
import { Command, InvalidArgumentError, Option } from "commander";
import { FORMATS, type Format } from "./commands/formats.js";
import { availableLanguages } from "./extract/lexicon.js";
import type { Severity } from "./rules/types.js";

const program = new Command();
program
  .name("crosscheck")
  .description("Fact-consistency checker for news coverage: finds where articles on one story disagree.")
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

const lang = (v: string): string => {
  if (!availableLanguages().includes(v)) throw new InvalidArgumentError(`have: ${availableLanguages().join(", ")}`);
  return v;
};

const formats = (v: string): Format[] => {
  const list = v.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || list.length === 0) throw new InvalidArgumentError(`formats are ${FORMATS.join(", ")} (comma-separated)`);
  return list as Format[];
};

program
  .command("check")
  .description("check articles against each other and the hand-added claims; write reports")
  .argument("[paths...]", "article files or folders (.md, .txt)", ["articles"])
  .option("--claims <dir>", "folder of hand-added claims (YAML)", "claims")
  .option("--out <dir>", "folder the reports are written to", "reports")
  .option("--config <file>", "configuration file (default: crosscheck.config.yaml if present)")
  .option("--format <formats>", `report formats, comma-separated: ${FORMATS.join(",")}`, formats, [...FORMATS])
  .addOption(new Option("--fail-on <severity>", "lowest severity that fails the check").choices(["error", "warning", "info", "never"]).default("error"))
  .option("--quiet", "print only the findings")
  .option("--no-cache", "parse every article again instead of using .crosscheck-cache/")
  .action(async (paths: string[], opts: { claims: string; out: string; config?: string; format: Format[]; failOn: Severity | "never"; quiet?: boolean; cache: boolean }) => {
    const { runCheck } = await import("./commands/check.js");
    const run = await runCheck({
      paths, claims: opts.claims, out: opts.out, config: opts.config, formats: opts.format, failOn: opts.failOn,
      quiet: opts.quiet === true, cache: opts.cache, stdout: process.stdout, stderr: process.stderr,
    });
    process.exitCode = run.exitCode;
  });

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

// A bug in crosscheck must not read as "the check found errors" (1) or "bad input" (2).
export const EXIT_INTERNAL_ERROR = 3;
try {
  await program.parseAsync();
} catch (e) {
  process.stderr.write(`crosscheck: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = EXIT_INTERNAL_ERROR;
}

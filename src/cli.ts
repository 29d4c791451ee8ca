#!/usr/bin/env node
// crosscheck's command line: parses arguments and dispatches to src/commands/. Nothing else.
import { Command, InvalidArgumentError, Option } from "commander";
import { runExtract } from "./commands/extract.js";
import { availableLanguages } from "./extract/lexicon.js";

const program = new Command();
program
  .name("crosscheck")
  .description("Fact-consistency checker for news coverage: finds where articles on one story disagree.")
  .exitOverride((e) => process.exit(e.exitCode === 0 ? 0 : 2));

const lang = (v: string): string => {
  if (!availableLanguages().includes(v)) throw new InvalidArgumentError(`have: ${availableLanguages().join(", ")}`);
  return v;
};

program
  .command("extract")
  .description("print the claims found in each file (- reads standard input)")
  .argument("<files...>", "article files or folders, or - for standard input")
  .option("--lang <lang>", "language of the text (default: front matter, else detected)", lang)
  .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
  .action((files: string[], opts: { lang?: string; format: "yaml" | "json" }) => {
    process.exitCode = runExtract(files, opts, process.stdout, process.stderr);
  });

program.parse();

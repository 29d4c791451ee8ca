// `crosscheck check [PATH…]`: read the articles, analyse them, load claims/, run the rules, write
// the reports, print a linter-style summary, and exit 0 (clean), 1 (findings at --fail-on) or
// 2 (usage or input errors, after checking everything else). Each stage is a function of
// check/: a stage reads what the ones before it made, and none goes back to the files.
import { ClaimStore } from "../claims/store.js";
import { ruleInfo } from "../rules/index.js";
import { knowClaimsOfFindings, type CheckResult } from "../report/result.js";
import { terminalSafe } from "../report/terminal.js";
import type { InputError } from "../base/diagnostic.js";
import { analyseCorpus, cacheWarnings, type Corpus } from "./check/analyse.js";
import { findCopies, judge, loadHandClaims } from "./check/judge.js";
import { holdHeapGrowth } from "./check/heap.js";
import { printSummary, writeReportFiles } from "./check/output.js";
import { guardOutput, readCorpus, type Inputs } from "./check/read.js";
import { loadSpinner } from "./progress.js";
import { startRun, timed, type CheckOptions, type CheckRun, type Run } from "./check/run.js";

export { swapSteps } from "./check/output-folder.js";
export { FORMATS } from "../report/reporters.js";
export type { CheckOptions, CheckRun, StageTimes } from "./check/run.js";

export async function runCheck(options: CheckOptions): Promise<CheckRun> {
  if (!options.quiet) await loadSpinner(options.stderr, options.env);
  const run = startRun(options);
  const inputs = guardOutput(run);
  if ("refused" in inputs) return refuse(run, inputs.refused);
  const release = holdHeapGrowth(inputs.files.length);
  try {
    const { result, quotes, warnings } = await findings(run, inputs);
    const written = await writeReportFiles(run, result, quotes, inputs.cacheDir);
    const exitCode = await printSummary(run, result, warnings, written);
    return { result, exitCode, times: run.times };
  } finally {
    release();
  }
}

/**
 * The stages up to the findings. What only they read (the claim store's indexes, the word
 * signatures, the name mentions, copy detection's candidates) is let go when this returns, before
 * the reports: at 100,000 articles the peak of memory came while the reports were written.
 */
async function findings(
  run: Run,
  inputs: Inputs,
): Promise<{ result: CheckResult; quotes: Corpus["quotes"]; warnings: InputError[] }> {
  const corpus = await analyseCorpus(run, readCorpus(run, inputs), inputs.files.length, inputs.cache);
  const { claims, loaded, touched } = timed(run, "claims", () => loadHandClaims(run, corpus, inputs.cacheDir));
  const store = timed(run, "rules", () => new ClaimStore(claims, corpus.names));
  const copies = timed(run, "rules", () => findCopies(run, corpus, store, touched));
  const { findings, named, staleAccepts } = timed(run, "rules", () => judge(run, corpus, store, copies));
  const result: CheckResult = {
    articles: corpus.articles,
    claims,
    findings,
    clusters: copies.clusters,
    clusterPairs: copies.pairs,
    inputErrors: run.inputErrors,
    claimFiles: loaded.files.map((f) => ({ ...f, source: f.source?.name ?? null })),
    rules: ruleInfo(),
  };
  knowClaimsOfFindings(result, named);
  // What looks wrong in a claims file but does not stop its claims loading; the exit code is not changed.
  // A damaged cache record only cost its article a parse: a warning, never an input error.
  const warnings = [...cacheWarnings(inputs.cache), ...loaded.warnings, ...staleAccepts];
  return { result, quotes: corpus.quotes, warnings };
}

/** The output folder may not be written: nothing is read, and the run ends with an input error. */
function refuse(run: Run, msg: string): CheckRun {
  run.o.stderr.write(`${terminalSafe(`crosscheck: ${msg}`)}\n`);
  run.progress.stop();
  const inputErrors = [{ file: run.o.out, line: 0, column: 0, message: msg }];
  const result: CheckResult = {
    articles: [],
    claims: [],
    findings: [],
    clusters: [],
    clusterPairs: [],
    inputErrors,
    claimFiles: [],
    rules: ruleInfo(),
  };
  return { result, exitCode: 2, times: { read: 0, extract: 0, claims: 0, rules: 0, reports: 0 } };
}

// Progress while check works: an ora spinner on an interactive terminal; without one (a pipe, a
// file, CI, a terminal that reports no width) one plain line when each stage is done, saying what
// it did ("Read 8 articles"), and never a terminal escape code; nothing with --quiet.
//
// The spinner installs no signal handler and does not take over standard input (ora's hideCursor
// and discardStdin would): a handler in JavaScript runs only when the event loop is free, so
// during a long synchronous stage SIGINT and SIGTERM would wait for it. Without one they end the
// process at once, whatever it is doing; the reports folder is swapped in whole or not at all,
// and a later run removes what a killed run left (commands/check/output-folder.ts).
import type { Ora } from "ora";
import { terminalSafe } from "../report/terminal.js";

export interface Progress {
  /** A stage begins (the spinner's text; nothing without a terminal). */
  start(text: string): void;
  /** How far the stage is (the spinner's text; nothing without a terminal). */
  update(text: string): void;
  /** A stage is done, and what it did: one line without a terminal. */
  done(text: string): void;
  stop(): void;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/**
 * Whether progress is shown as a spinner: on a terminal that reports its width, unless CI is set
 * in `env`. (ora divides by the width: a terminal of 0 columns made it clear lines for ever.)
 */
export const interactive = (stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean =>
  stream.isTTY === true &&
  !env.CI &&
  typeof stream.columns === "number" &&
  Number.isFinite(stream.columns) &&
  stream.columns >= 1;

/** ora, once loaded: only a terminal shows a spinner, so other runs never load it (a twentieth of a second). */
let oraModule: typeof import("ora") | undefined;

/** Loads the spinner for `stream` when it will show one; createProgress uses it. */
export async function loadSpinner(stream: Stream, env?: NodeJS.ProcessEnv): Promise<void> {
  if (interactive(stream, env) && !oraModule) oraModule = await import("ora");
}

export function createProgress(stream: Stream, quiet: boolean, env?: NodeJS.ProcessEnv): Progress {
  if (quiet) return { start() {}, update() {}, done() {}, stop() {} };
  const ora = oraModule?.default;
  if (interactive(stream, env) && ora) {
    let spinner: Ora | undefined;
    const show = (text: string): void => {
      const safe = terminalSafe(text);
      if (spinner) spinner.text = safe;
      else spinner = ora({ text: safe, stream, hideCursor: false, discardStdin: false }).start();
    };
    return { start: show, update: show, done: show, stop: () => void spinner?.stop() };
  }
  return { start() {}, update() {}, done: (text) => void stream.write(`${terminalSafe(text)}\n`), stop() {} };
}

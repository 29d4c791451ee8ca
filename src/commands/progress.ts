// Progress while check works: an ora spinner on an interactive terminal; without one (a pipe, a
// file, CI) one plain line when each stage is done, saying what it did ("Read 8 articles"),
// and never a terminal escape code; nothing with --quiet.
import ora, { type Ora } from "ora";

export interface Progress {
  /** A stage begins (the spinner's text; nothing without a terminal). */
  start(text: string): void;
  /** How far the stage is (the spinner's text; nothing without a terminal). */
  update(text: string): void;
  /** A stage is done, and what it did: one line without a terminal. */
  done(text: string): void;
  stop(): void;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

/** Whether progress is shown as a spinner: on a terminal, unless CI is set. */
export const interactive = (stream: Stream): boolean => stream.isTTY === true && !process.env["CI"];

export function createProgress(stream: Stream, quiet: boolean): Progress {
  if (quiet) return { start() {}, update() {}, done() {}, stop() {} };
  if (interactive(stream)) {
    let spinner: Ora | undefined;
    const show = (text: string): void => {
      if (spinner) spinner.text = text;
      else spinner = ora({ text, stream }).start();
    };
    return { start: show, update: show, done: show, stop: () => void spinner?.stop() };
  }
  return { start() {}, update() {}, done: (text) => void stream.write(`${text}\n`), stop() {} };
}

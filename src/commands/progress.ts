// Progress while check works: an ora spinner on an interactive terminal; plain lines (one per
// stage, no spinner codes) when the output is a pipe or CI; nothing with --quiet.
import ora, { type Ora } from "ora";

export interface Progress {
  start(text: string): void;
  update(text: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, quiet: boolean): Progress {
  if (quiet) return { start() {}, update() {}, stop() {} };
  if (stream.isTTY && !process.env["CI"]) {
    let spinner: Ora | undefined;
    return {
      start: (text) => void (spinner = ora({ text, stream }).start()),
      update: (text) => void (spinner && (spinner.text = text)),
      stop: () => void spinner?.stop(),
    };
  }
  // Without a terminal: one line per stage, not per article.
  let last = "";
  const stage = (t: string): string => t.replace(/[\d,]+ of [\d,]+.*$/, "").replace(/\d+/g, "#");
  return {
    start: (text) => {
      last = stage(text);
      stream.write(`${text}\n`);
    },
    update: (text) => {
      if (stage(text) !== last) {
        last = stage(text);
        stream.write(`${text}\n`);
      }
    },
    stop: () => {},
  };
}

// Whole report files written in a worker thread: this thread goes on making the next page while
// the file system creates the last ones. A check of 10,000 articles writes 10,000 article pages;
// on a busy disk creating them took twice the CPU time of the whole reports stage (the profile is
// in bench/README.md). The worker is plain JavaScript given as text, so that it runs the same
// from the build and from the sources. Memory stays bounded: the text waiting to be written is
// counted in shared memory, and past MAX_WAITING characters this thread waits for the worker.
import { Worker } from "node:worker_threads";

/** Characters of text given to the worker and not yet written, past which this thread waits. */
const MAX_WAITING = 16 << 20;

/** What the worker reports back once every file is written: the first failure, and each file's inode and mtime (when asked). */
interface Done {
  failure: { code: string | undefined; message: string } | null;
  stats: Array<[number, number] | null>;
}

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { writeFileSync, lstatSync } = require("node:fs");
const waiting = new Int32Array(workerData);
let failure = null;
const stats = [];
parentPort.on("message", (m) => {
  if (m === null) {
    parentPort.postMessage({ failure, stats });
    return;
  }
  const [file, text, stat] = m;
  let got = null;
  if (failure === null) {
    try {
      writeFileSync(file, text);
      if (stat) {
        const st = lstatSync(file);
        got = [st.ino, st.mtimeMs];
      }
    } catch (e) {
      failure = { code: e.code, message: e.message };
    }
  }
  if (stat) stats.push(got);
  Atomics.sub(waiting, 0, text.length);
  Atomics.notify(waiting, 0);
});
`;

/** A failure of the worker's, as the error writeFileSync would have thrown here (its code kept). */
function errorOf(f: NonNullable<Done["failure"]>): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(f.message);
  if (f.code !== undefined) e.code = f.code;
  return e;
}

export class FileWriter {
  private readonly waiting = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker = new Worker(WORKER, { eval: true, workerData: this.waiting.buffer });
  /** Called with each stat'd file's inode and mtime, in the order they were given, once written. */
  private readonly onStat: Array<(ino: number, mtimeMs: number) => void> = [];

  /** Gives `text` to be written to `file`; `onStat`, when given, is told the written file's inode and mtime. */
  write(file: string, text: string, onStat?: (ino: number, mtimeMs: number) => void): void {
    for (let now = Atomics.load(this.waiting, 0); now > MAX_WAITING; now = Atomics.load(this.waiting, 0))
      Atomics.wait(this.waiting, 0, now, 100);
    Atomics.add(this.waiting, 0, text.length);
    if (onStat) this.onStat.push(onStat);
    this.worker.postMessage([file, text, onStat !== undefined]);
  }

  /** Waits until every file is written; throws the first failure, as writing here would have. */
  async finish(): Promise<void> {
    try {
      const done = await new Promise<Done>((resolve, reject) => {
        this.worker.once("message", resolve);
        this.worker.once("error", reject);
        this.worker.postMessage(null);
      });
      if (done.failure) throw errorOf(done.failure);
      done.stats.forEach((s, i) => {
        if (s) this.onStat[i]!(s[0], s[1]);
      });
    } finally {
      await this.worker.terminate();
    }
  }

  /** Stops the worker, whatever it has not written yet (the reports are given up). */
  async abandon(): Promise<void> {
    await this.worker.terminate();
  }
}

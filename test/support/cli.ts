// The command line in this process: runCli (src/cli.ts) with writers that keep what it prints.
// A spawned `node dist/bundle/cli.js` spends about 0.3 s starting (the bundle, the grammar, the
// lexicons) before it does anything; here the modules are loaded once per test worker. The
// tests that need a real process (the bundle, a terminal, a signal, a closed pipe, standard
// input, a run that could hang on a pipe, a small stack) still spawn one.
import { Writable } from "node:stream";
import { runCli } from "../../src/cli.js";

/** What a run gave: its exit code and everything it printed, decoded as spawnSync decodes it. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** A writer that keeps the bytes written to it, as a pipe to a test would. */
function keeper(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/**
 * Runs `crosscheck ARGS…` in `cwd` with `env` (default: this process's, with CI set, as the
 * spawned tests ran it), and returns the exit code and the output.
 */
export async function cli(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = { ...process.env, CI: "1" },
): Promise<CliRun> {
  const stdout = keeper();
  const stderr = keeper();
  const code = await runCli(args, { stdout: stdout.stream, stderr: stderr.stream, cwd, env });
  return { code, out: stdout.text(), err: stderr.text() };
}

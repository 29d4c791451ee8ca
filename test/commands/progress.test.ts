// Progress: plain lines, one per finished stage, on anything that is not an interactive terminal.
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createProgress, loadSpinner } from "../../src/commands/progress.js";

function stream(isTTY: boolean | undefined): Writable & { isTTY?: boolean; text: string } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.text += String(chunk);
      cb();
    },
  }) as Writable & { isTTY?: boolean; text: string };
  w.text = "";
  if (isTTY !== undefined) w.isTTY = isTTY;
  return w;
}

const ci = process.env.CI;
afterEach(() => {
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
});

const stages = (p: ReturnType<typeof createProgress>): void => {
  p.start("Reading articles");
  for (let i = 1; i <= 8; i++) p.update(`Reading articles: ${i} of 8`);
  p.done("Read 8 articles");
  p.start("Extracting claims");
  p.update("Extracting claims: 4 of 8 articles");
  p.done("Extracted 48 claims from 8 articles");
  p.done("Ran 9 rules: 11 findings");
  p.done("Wrote reports to reports/");
  p.stop();
};

describe("progress", () => {
  it("prints one line per finished stage, and nothing while a stage runs, on a stream that is not a terminal (CI unset)", () => {
    delete process.env.CI;
    const s = stream(undefined);
    stages(createProgress(s, false));
    expect(s.text).toBe(
      "Read 8 articles\nExtracted 48 claims from 8 articles\nRan 9 rules: 11 findings\nWrote reports to reports/\n",
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no ANSI escape may reach the output
    expect(s.text).not.toMatch(/\u001b/);
  });

  it("prints the same plain lines on a terminal when CI is set", () => {
    process.env.CI = "1";
    const s = stream(true);
    stages(createProgress(s, false));
    expect(s.text).toBe(
      "Read 8 articles\nExtracted 48 claims from 8 articles\nRan 9 rules: 11 findings\nWrote reports to reports/\n",
    );
  });

  it("prints nothing with --quiet", () => {
    delete process.env.CI;
    const s = stream(true);
    stages(createProgress(s, true));
    expect(s.text).toBe("");
  });

  it("shows a spinner with the stage's text on a terminal once loadSpinner has loaded it, and plain lines before", async () => {
    delete process.env.CI;
    // What ora asks of a terminal stream: its width, and moving the cursor to clear a line.
    const tty = (): ReturnType<typeof stream> =>
      Object.assign(stream(true), {
        columns: 80,
        cursorTo: () => true,
        clearLine: () => true,
        moveCursor: () => true,
      });
    const before = tty();
    stages(createProgress(before, false));
    expect(before.text).toBe(
      "Read 8 articles\nExtracted 48 claims from 8 articles\nRan 9 rules: 11 findings\nWrote reports to reports/\n",
    );
    await loadSpinner(before);
    const s = tty();
    const p = createProgress(s, false);
    p.start("Reading articles");
    p.stop();
    expect(s.text).toContain("Reading articles");
    expect(s.text).not.toBe("Reading articles\n");
  });
});

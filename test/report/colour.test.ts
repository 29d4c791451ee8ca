// When check's terminal output is coloured: a terminal's own answer (Node's hasColors, which
// reads NO_COLOR, FORCE_COLOR and TERM), and for anything else FORCE_COLOR alone.
import { describe, expect, it } from "vitest";
import { colourOn, paintFor } from "../../src/report/terminal.js";

const pipe = { write: () => true } as unknown as NodeJS.WritableStream;
const terminal = (answer: boolean) =>
  ({ write: () => true, isTTY: true, hasColors: () => answer }) as unknown as NodeJS.WritableStream;

describe("colourOn", () => {
  it.each([
    ["a terminal that has colours", terminal(true), {}, true],
    ["a terminal that has none (NO_COLOR, TERM=dumb, as Node judges)", terminal(false), { FORCE_COLOR: "1" }, false],
    ["a pipe", pipe, {}, false],
    ["a pipe, FORCE_COLOR=1", pipe, { FORCE_COLOR: "1" }, true],
    ["a pipe, FORCE_COLOR empty", pipe, { FORCE_COLOR: "" }, true],
    ["a pipe, FORCE_COLOR=3", pipe, { FORCE_COLOR: "3" }, true],
    ["a pipe, FORCE_COLOR=0", pipe, { FORCE_COLOR: "0" }, false],
    ["a pipe, FORCE_COLOR=false", pipe, { FORCE_COLOR: "false" }, false],
    ["a pipe, NO_COLOR alone", pipe, { NO_COLOR: "1" }, false],
  ] as const)("%s", (_what, stream, env, expected) => {
    expect(colourOn(stream, env)).toBe(expected);
  });

  it("paints with ANSI codes only when on", () => {
    expect(paintFor(true)("red", "error")).toBe("\u001b[31merror\u001b[39m");
    expect(paintFor(false)("red", "error")).toBe("error");
  });
});

// `crosscheck validate` as a user runs it (the command line, in this process: test/support/cli.ts);
// asserts the exit code and every line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";

const root = join(import.meta.dirname, "..", "..");

async function validate(args: string[], cwd: string): Promise<{ code: number; lines: string[]; err: string }> {
  const r = await cli(["validate", ...args], cwd);
  return { code: r.code, lines: r.out.trimEnd().split("\n"), err: r.err };
}

describe("crosscheck validate (the command line)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-validate-"));
  });

  it("exits 0 on the demo claims/ (warnings do not fail it) and counts what it loaded", async () => {
    const r = await validate([], root);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.lines.filter((l) => /\s{2}error\s{2}|: error: /.test(l))).toEqual([]);
    expect(r.lines.at(-1)).toMatch(/^2 files, 2 claims, 2 corrections, 0 errors, \d+ warnings?$/);
  });

  it("exits 2 on a broken file and prints file:line:column  error  message, sorted, then the counts", async () => {
    const file = join(dir, "broken.yaml");
    writeFileSync(
      file,
      [
        "source:",
        "  name: Test desk",
        "claims:",
        "  - id: a", //             line 4
        "    value: lots", //       line 5: not a number
        "  - id: b", //             line 6
        "    valu: 3", //           line 7: unknown key, and no figure (the item, line 6)
        "  - id: c",
        "    value: 5",
        "",
      ].join("\n"),
    );
    const r = await validate([file], dir);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      `${file}:5:12  error  "lots" is not a number: write digits (value: 300000), a number as people write it (value: "300,000", "1.2 million"), or put the words in quantity: ("more than 200,000")`,
      `${file}:6:5  error  a claim needs its figure: quantity, value, min or max (or date, for kind date)`,
      `${file}:7:5  error  unknown key "valu" (did you mean "value"?); allowed: id, kind, quantity, value, min, max, qualifier, unit, noun, measure, subject, place, period, entity, source, asOf, date, article, quote, note`,
      "1 file, 1 claim, 0 corrections, 3 errors, 0 warnings",
    ]);
  });

  it("prints a warning line, and a file that cannot be read as `file: error: reason`", async () => {
    const quoted = join(dir, "quoted.yaml");
    writeFileSync(quoted, 'source:\n  name: X\nclaims:\n  - id: a\n    value: 300000\n    quote: "up to 300,000"\n');
    const binary = join(dir, "binary.yaml");
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const r = await validate([quoted, binary], dir);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      `${quoted}:6:12  warning  the quote says "up to 300,000", at most 300,000, but the claim says exactly 300,000; to claim what the quote says, write quantity: "up to 300,000"`,
      `${binary}: error: not a text file (binary): a claims file is YAML text`,
      "1 file, 1 claim, 0 corrections, 1 error, 1 warning",
    ]);
  });
});

// The YAML reader (src/base/yaml-source.ts, the `yaml` package alone): YAML 1.2's core schema,
// located errors, and the place of every node a message may name.
import { describe, expect, it } from "vitest";
import { locate, parseYamlSource } from "../../src/base/yaml-source.js";

describe("the YAML reader", () => {
  it("reads the scalars the way YAML 1.2's core schema does", () => {
    const text =
      "ints: [12, -3, +4, 0o14, 0x1F, 007]\nfloats: [1.5, 1e3, 6.5e+3, .5, +.5, 1., .inf, -.Inf, .NaN]\nnot: [0b101, 1_000, '12', yes, no, on, 2022-10-01, 12:30]\nthousand: 1,000\nbools: [true, True, TRUE, false, FALSE]\nnulls: [~, Null, NULL]\n";
    expect(parseYamlSource("f.yaml", text).data).toEqual({
      ints: [12, -3, 4, 12, 31, 7],
      floats: [1.5, 1000, 6500, 0.5, 0.5, 1, Infinity, -Infinity, NaN],
      not: ["0b101", "1_000", "12", "yes", "no", "on", "2022-10-01", "12:30"],
      thousand: "1,000",
      bools: [true, true, true, false, false],
      nulls: [null, null, null],
    });
  });

  it("locates collections, keys and scalars", () => {
    const src = parseYamlSource("f.yaml", "claims:\n  - id: a\n    unit: parsecs\n");
    expect(locate(src, ["claims", 0])).toEqual({ line: 2, column: 5 });
    expect(locate(src, ["claims", 0, "unit"])).toEqual({ line: 3, column: 11 });
    expect(locate(src, ["claims", 0], "unit")).toEqual({ line: 3, column: 5 });
    // A path that is not in the file: the nearest enclosing node.
    expect(locate(src, ["claims", 0, "value"])).toEqual({ line: 2, column: 5 });
  });

  it.each([
    [
      "a duplicate key",
      "a: 1\na: 2\n",
      { line: 2, column: 1, message: "YAML: duplicate key: each key may appear once in a mapping" },
    ],
    ["a custom tag", "a: !js/function x\n", { line: 1, column: 4 }],
    [
      "an alias bomb",
      `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 6 },
        (_, i) =>
          `${"bcdefg"[i]}: &${"bcdefg"[i]} [${Array(10)
            .fill(i === 0 ? "*a" : `*${"abcdef"[i]}`)
            .join(", ")}]`,
      ).join("\n")}\n`,
      { line: 1, column: 1 },
    ],
  ])("refuses %s with a located error and no data", (_name, text, error) => {
    const src = parseYamlSource("f.yaml", text);
    expect(src.data).toBeUndefined();
    expect(src.errors[0]).toMatchObject({ file: "f.yaml", ...error });
  });
});

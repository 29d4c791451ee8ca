// The cached formatters write what toLocaleString writes: whole numbers by hand, the rest by Intl.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatNumber3 } from "../../src/base/intl.js";

const TABLE: Array<[number, string]> = [
  [0, "0"],
  [-0, "-0"],
  [7, "7"],
  [999, "999"],
  [1000, "1,000"],
  [-1000, "-1,000"],
  [12345, "12,345"],
  [123456, "123,456"],
  [1234567, "1,234,567"],
  [-987654321, "-987,654,321"],
  [Number.MAX_SAFE_INTEGER, "9,007,199,254,740,991"],
  [2 ** 60, "1,152,921,504,606,847,000"],
  [1.5, "1.5"],
  [2.0005, "2.001"],
  [-0.3333333, "-0.333"],
];

describe("formatNumber and formatNumber3", () => {
  it.each(TABLE)("%d is written %s", (x, text) => {
    expect(formatNumber3(x)).toBe(text);
    expect(formatNumber3(x)).toBe(x.toLocaleString("en-US", { maximumFractionDigits: 3 }));
    expect(formatNumber(x)).toBe(x.toLocaleString("en-US"));
  });

  it("write any number as toLocaleString does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.maxSafeInteger(), fc.double()), (x) => {
        expect(formatNumber(x)).toBe(x.toLocaleString("en-US"));
        expect(formatNumber3(x)).toBe(x.toLocaleString("en-US", { maximumFractionDigits: 3 }));
      }),
      { numRuns: 2000 },
    );
  });
});

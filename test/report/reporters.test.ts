// The reporter registry: each line's reporter loads, writes files exactly when its line says it
// is written (--format) and prints exactly when it says it is printed (--output-format).
import { describe, expect, it } from "vitest";
import { FORMATS, OUTPUT_FORMATS, REPORTERS } from "../../src/report/reporters.js";

describe("the reporter registry", () => {
  for (const entry of REPORTERS) {
    it(`${entry.name}: loads a reporter that ${entry.writes ? "writes" : "does not write"} files and ${entry.prints ? "prints" : "does not print"}`, async () => {
      const { reporter } = await entry.load();
      expect(typeof reporter.write === "function").toBe(entry.writes);
      expect(typeof reporter.print === "function").toBe(entry.prints);
      if (entry.writes) expect(reporter.files?.length).toBeGreaterThan(0);
    });
  }

  it("lists the formats in the order --help has always given them", () => {
    expect(FORMATS).toEqual(["markdown", "json", "sarif", "html"]);
    expect(OUTPUT_FORMATS).toEqual(["human", "compact", "json", "sarif", "github"]);
  });
});

// Every rule has its test file in test/rules/rules/<id>.test.ts, which runs the rule's valid and
// invalid cases with testRule (rule-tester.ts; testRule fails a rule without both kinds), and
// every file there is a rule's.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";

const dir = join(import.meta.dirname, "rules");
const files = readdirSync(dir).filter((f) => f.endsWith(".test.ts"));

describe("rule tests", () => {
  it("has one test file for every rule and a rule for every test file", () => {
    expect(files.map((f) => f.slice(0, -".test.ts".length)).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  for (const file of files) {
    it(`${file} runs its rule's valid and invalid cases`, () => {
      const text = readFileSync(join(dir, file), "utf8");
      expect(text).toMatch(/^testRule\(\w+, \{$/m);
      expect(text).toMatch(/^ {2}valid: \[$/m);
      expect(text).toMatch(/^ {2}invalid: \[$/m);
    });
  }
});

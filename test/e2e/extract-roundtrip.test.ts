// `crosscheck extract --format yaml` writes a claims file: validate reads it back with exit 0,
// and every claim it holds states the interval, unit and frame the extraction found.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadClaims } from "../../src/claims/load.js";
import { cli as run } from "../support/cli.js";

// Written for this test: counts, a measure in two units, an age, a range, a vague amount, a
// date with and without a year, money, a percentage, in English and German.
const EN = `---
title: Test wire
outlet: Test Wire
date: 2024-03-05
lang: en
---
More than 2,400 people were detained on 3 March 2024, police said.
The convoy covered some 4,000 miles (about 6,400 km) in 12 days.
Anna Kovaleva, 34, said between 300 and 500 families had left since March 1.
Thousands of volunteers helped; the city spent $1.5bn, up 12 percent.
Two friends drove with her.
`;
const DE = `---
title: Testbericht
outlet: Testblatt
date: 2024-03-06
lang: de
---
Rund 700.000 Menschen sind nach Angaben der Behörden geflohen.
Die 34-jährige Anna Kowalewa sagte, sie sei 1.200 Kilometer gefahren.
`;

describe("extract --format yaml, read back as claims", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-roundtrip-"));
    mkdirSync(join(dir, "articles"));
    mkdirSync(join(dir, "claims"));
    writeFileSync(join(dir, "articles/en.md"), EN);
    writeFileSync(join(dir, "articles/de.md"), DE);
  });

  it("validates with exit 0, no errors and no warnings", async () => {
    const x = await run(["extract", "--format", "yaml", "articles"], dir);
    expect(x.code).toBe(0);
    writeFileSync(join(dir, "claims/extracted.yaml"), x.out);
    const v = await run(["validate", "claims/extracted.yaml"], dir);
    expect(v.out).toMatch(/^1 file, \d+ claims, 0 corrections, 0 errors, 0 warnings\n$/);
    expect(v.code).toBe(0);
  });

  it("keeps each claim's interval, unit, kind and frame; leaves out a date without a year and says so", async () => {
    // One entry a file: {article, sentences, claims}.
    const extracted = (
      JSON.parse((await run(["extract", "--format", "json", "articles"], dir)).out) as Array<{
        claims: Array<Record<string, unknown>>;
      }>
    ).flatMap((a) => a.claims);
    const yaml = (await run(["extract", "--format", "yaml", "articles"], dir)).out;
    writeFileSync(join(dir, "claims/extracted.yaml"), yaml);
    const loaded = loadClaims([join(dir, "claims/extracted.yaml")]);
    expect(loaded.errors).toEqual([]);
    const back = new Map(loaded.claims.map((c) => [c.id, c]));
    const kept = extracted.filter((c) => back.has(c.id as string));
    const left = extracted.filter((c) => !back.has(c.id as string));
    expect(kept.length).toBeGreaterThan(10);
    for (const c of left) expect(yaml).toContain(`#   ${c.id as string}: the date`);
    for (const c of kept) {
      const b = back.get(c.id as string)!;
      const pick = (x: Record<string, unknown>) => ({
        id: x.id,
        kind: x.kind,
        value: x.value,
        min: x.min,
        max: x.max,
        qualifier: x.qualifier,
        noun: x.noun,
        subject: x.subject,
        entity: x.entity,
        article: x.article,
        date: x.date,
      });
      expect(pick(b as unknown as Record<string, unknown>)).toEqual(pick(c));
      if (c.kind !== "count" || b.unit !== null) expect(b.unit).toBe(c.unit);
    }
  });
});

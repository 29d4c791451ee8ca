// The traps of a hand-written claims file, as `crosscheck validate` meets them: each error is at
// the place that is wrong and says how to fix it. One row per trap: the file as written, and the
// lines validate prints. The rows run the command's own function (runValidate, what the CLI calls
// with its standard output) in this process: a process each cost a fifth of a second of CPU and
// tested no more. The whole command line is test/claims/validate-cli.test.ts's, and the config
// file's trap below runs `crosscheck check` through it (test/support/cli.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runValidate } from "../../src/commands/validate.js";
import { cli } from "../support/cli.js";

const ROWS: Array<{ trap: string; file: string[]; expected: string[] }> = [
  {
    trap: "a German grouped number that YAML reads as a decimal (700.000 is 700)",
    file: [
      "source:",
      "  name: Ministerium",
      "lang: de",
      "claims:",
      "  - id: reservisten",
      "    value: 700.000",
      "    unit: Reservisten",
      "  - id: quoted",
      '    value: "700.000"',
      "    unit: Reservisten",
    ],
    expected: [
      `6:12  error  value: 700.000 is read by YAML as the number 700 (a decimal point), not 700,000: write value: 700000, or value: "700.000" in quotes, which is read as the file's language (de) writes numbers`,
      "1 file, 1 claim, 0 corrections, 1 error, 0 warnings",
    ],
  },
  {
    trap: "the same figure in an English file is a decimal and passes",
    file: ["source:", "  name: Ministry", "claims:", "  - id: share", "    value: 12.500", "    unit: percent"],
    expected: ["1 file, 1 claim, 0 corrections, 0 errors, 0 warnings"],
  },
  {
    trap: "a misspelt measure, with a did-you-mean from the lexicon's measures",
    file: [
      "source:",
      "  name: Ministry",
      "claims:",
      "  - id: a",
      "    quantity: 300,000 reservists",
      "    measure: conscriptd",
    ],
    expected: [
      `6:14  error  unknown measure "conscriptd" (did you mean "conscripted"?); measures are those of grammar/lexicon/measures.yaml: deaths, excess-deaths, bodies, animals-killed, injured, casualties, missing, trapped, found, rescued, evacuated, displaced, sheltered, departures, arrivals, participants, signatures, aboard, strikers, detained, conscripted, buildings, area-burned, area-flooded, contaminated, leaked, rainfall, water-level, snow-depth, snowfall, vehicles, accidents, cases, hospitalised, treated, without-power, deployed, affected, temperature, power, energy, backlog, jobs, calls, records, votes, ballots-cast, invalid-ballots, vote-margin, seats, turnout, unemployment, inflation, cost, aid, capacity, harvest, exports, imports, stocks, budget, fill-level, farmland, change:harvest, change:exports, change:imports, change:stocks, change:budget`,
      "1 file, 0 claims, 0 corrections, 1 error, 0 warnings",
    ],
  },
  {
    trap: "a misspelt measure in a correction, under its old name subject",
    file: [
      "source:",
      "  name: Desk",
      "corrections:",
      "  - article: a.md",
      '    text: "300"',
      "    set:",
      "      subject: departure",
      "    reason: the figure counts people who fled",
    ],
    expected: [
      `7:16  error  unknown subject "departure" (did you mean "departures"?); measures are those of grammar/lexicon/measures.yaml: deaths, excess-deaths, bodies, animals-killed, injured, casualties, missing, trapped, found, rescued, evacuated, displaced, sheltered, departures, arrivals, participants, signatures, aboard, strikers, detained, conscripted, buildings, area-burned, area-flooded, contaminated, leaked, rainfall, water-level, snow-depth, snowfall, vehicles, accidents, cases, hospitalised, treated, without-power, deployed, affected, temperature, power, energy, backlog, jobs, calls, records, votes, ballots-cast, invalid-ballots, vote-margin, seats, turnout, unemployment, inflation, cost, aid, capacity, harvest, exports, imports, stocks, budget, fill-level, farmland, change:harvest, change:exports, change:imports, change:stocks, change:budget`,
      "1 file, 0 claims, 0 corrections, 1 error, 0 warnings",
    ],
  },
  {
    trap: "a misspelt key",
    file: ["source:", "  name: Ministry", "claims:", "  - id: a", "    quantity: 300,000", "    subjet: mobilization"],
    expected: [
      `6:5  error  unknown key "subjet" (did you mean "subject"?); allowed: id, kind, quantity, value, min, max, qualifier, unit, noun, measure, subject, place, period, entity, source, asOf, date, article, quote, note`,
      "1 file, 0 claims, 0 corrections, 1 error, 0 warnings",
    ],
  },
  {
    trap: "a value that is not a number",
    file: ["source:", "  name: Ministry", "claims:", "  - id: a", "    value: many"],
    expected: [
      `5:12  error  "many" is not a number: write digits (value: 300000), a number as people write it (value: "300,000", "1.2 million"), or put the words in quantity: ("more than 200,000")`,
      "1 file, 0 claims, 0 corrections, 1 error, 0 warnings",
    ],
  },
  {
    trap: "a key indented one space too far (yaml complains about the line above)",
    file: ["source:", "  name: Ministry", "claims:", "  - id: a", "    quantity: 300,000", "     measure: conscripted"],
    expected: [
      `6:6  error  this line is indented more than the one above, which does not open a block: start it in column 5, under the key above, or end the line above with ":" to nest it`,
      "6:6  warning  schema checks were skipped for this file and none of its claims or corrections were loaded: fix the YAML error(s) first",
      "1 file, 0 claims, 0 corrections, 1 error, 1 warning",
    ],
  },
  {
    trap: "a key indented one space short",
    file: ["source:", "  name: Ministry", "claims:", "  - id: a", "    quantity: 300,000", "   measure: conscripted"],
    expected: [
      "6:4  error  this line starts in column 4, where no block above starts: start it in column 1 or column 3 or column 5, with the keys it belongs to",
      "6:4  warning  schema checks were skipped for this file and none of its claims or corrections were loaded: fix the YAML error(s) first",
      "1 file, 0 claims, 0 corrections, 1 error, 1 warning",
    ],
  },
  {
    trap: "a claim's key at the list's column, without its dash",
    file: ["source:", "  name: Ministry", "claims:", "  - id: a", "    quantity: 300,000", "  measure: conscripted"],
    expected: [
      `6:3  error  this key starts in column 3, where the list's items start with "- ": start it in column 5 with the keys of the item above, or begin a new item with "- "`,
      "6:3  warning  schema checks were skipped for this file and none of its claims or corrections were loaded: fix the YAML error(s) first",
      "1 file, 0 claims, 0 corrections, 1 error, 1 warning",
    ],
  },
];

describe("claims-file traps, located and with a fix", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "crosscheck-traps-"));
  });

  it.each(ROWS.map((r, i) => [r.trap, i] as const))("%s", (_trap, i) => {
    const row = ROWS[i]!;
    const file = join(dir, `trap-${i}.yaml`);
    writeFileSync(file, `${row.file.join("\n")}\n`);
    let printed = "";
    const stdout = new Writable({
      write(chunk, _enc, cb) {
        printed += String(chunk);
        cb();
      },
    });
    const status = runValidate([file], stdout);
    const lines = printed
      .trim()
      .split("\n")
      .map((l) => l.replace(`${file}:`, ""));
    expect(lines).toEqual(row.expected);
    expect(status).toBe(row.expected.some((l) => l.includes("  error  ")) ? 2 : 0);
  });

  it("a misindented line in the config file is named where it is too", async () => {
    writeFileSync(
      join(dir, "crosscheck.config.yaml"),
      "rules:\n  unit-mismatch:\n    tolerance: 0.05\n     maxGap: 30\n",
    );
    writeFileSync(join(dir, "one.md"), "About 300 cars waited.\n");
    const r = await cli(["check", "one.md", "--out", "out"], dir);
    expect(r.code).toBe(2);
    expect(r.out.split("\n")[0]).toBe(
      `crosscheck.config.yaml:4:6  error  this line is indented more than the one above, which does not open a block: start it in column 5, under the key above, or end the line above with ":" to nest it`,
    );
  });
});

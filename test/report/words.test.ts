// What the reports say to people: dates as written, rounded figures, intervals in signs, keys in words.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/model/claim.js";
import {
  dateText,
  describeFigure,
  displayNumber,
  humanDate,
  intervalText,
  keyLabel,
  languageNote,
  sourceText,
  valueText,
} from "../../src/report/words.js";

const claim = (o: Partial<Claim>): Claim =>
  ({ kind: "count", value: null, min: null, max: null, qualifier: "exact", date: null, ...o }) as Claim;

describe("report wording", () => {
  it("writes dates as people write them, whatever part of them is known", () => {
    expect(humanDate("2022-09-21")).toBe("21 Sep 2022");
    expect(humanDate("--09-21")).toBe("21 Sep");
    expect(humanDate("2022-09")).toBe("Sep 2022");
    expect(humanDate("2014")).toBe("2014");
    expect(humanDate("2022-01-05")).toBe("5 Jan 2022");
    expect(humanDate(null)).toBe("");
    expect(humanDate("sometime")).toBe("sometime");
    expect(valueText(claim({ kind: "date", date: "--09-21" }))).toBe("21 Sep");
    expect(intervalText(claim({ kind: "date", date: "--09-21" }))).toBe("21 Sep");
  });

  it("shows an open interval with the bound it has, never −∞ or ∞", () => {
    expect(intervalText(claim({ qualifier: "less-than", value: 1500, max: 1500 }))).toBe("<\u00a01,500");
    expect(intervalText(claim({ qualifier: "at-most", value: 1.2e6, max: 1.2e6 }))).toBe("≤\u00a01,200,000");
    expect(intervalText(claim({ qualifier: "more-than", value: 2400, min: 2400 }))).toBe(">\u00a02,400");
    expect(intervalText(claim({ qualifier: "at-least", value: 40, min: 40 }))).toBe("≥\u00a040");
    expect(intervalText(claim({ qualifier: "approximate", value: 260000, min: 234000, max: 286000 }))).toBe(
      "234,000–286,000",
    );
    expect(intervalText(claim({ value: 300000, min: 300000, max: 300000 }))).toBe("300,000");
    expect(valueText(claim({ qualifier: "more-than", value: 2400, min: 2400 }))).toBe(">\u00a02,400");
    expect(valueText(claim({ qualifier: "approximate", value: 260000, min: 234000, max: 286000 }))).toBe(
      "≈\u00a0260,000",
    );
  });

  it("rounds converted figures for display to what a text can say", () => {
    const miles = claim({ kind: "measure", value: 1931.213, min: 1931.213, max: 1931.213 });
    expect(valueText(miles)).toBe("1,931");
    expect(intervalText(miles)).toBe("1,931");
    expect(displayNumber(1.609344)).toBe("1.609");
    expect(displayNumber(26.5)).toBe("26.5");
    expect(displayNumber(1_200_000)).toBe("1,200,000");
  });

  it("names comparison keys and languages in words", () => {
    expect(keyLabel("detention|count:person")).toBe("detention: people");
    expect(keyLabel("trip|length")).toBe("trip: distance (km)");
    expect(keyLabel("aid|money:EUR")).toBe("aid: money (EUR)");
    expect(keyLabel("emigration|count:friends")).toBe("emigration: friends");
    expect(languageNote({ lang: "en", langFrom: "front-matter" })).toBe("English (from the front matter)");
    expect(languageNote({ lang: "de", langFrom: "detected" })).toBe("German (detected from the text)");
  });

  it("writes a figure as the text wrote it, and in the text's unit where it is worked out", () => {
    const span = { start: 0, end: 1, line: 1, column: 1 };
    // "more than 20 hours" is kept in days; the reports say hours, never "> 0.833 day"
    const hours = claim({
      kind: "duration",
      qualifier: "more-than",
      value: 20 / 24,
      min: 20 / 24,
      unit: "day",
      unitText: "hours",
      lang: "en",
      text: "more than 20 hours",
      span,
    });
    expect(describeFigure(hours)).toBe("more than 20 hours");
    expect(intervalText(hours)).toBe(">\u00a020 hours");
    expect(valueText(hours)).toBe(">\u00a020 hours");
    // by hand (no span): from the value, still in the unit written
    expect(describeFigure({ ...hours, span: null, text: "a long wait" })).toBe("more than 20 hours");
    const miles = claim({
      kind: "measure",
      qualifier: "approximate",
      value: 6920.1792,
      min: 6228.16128,
      max: 7612.19712,
      unit: "km",
      unitText: "miles",
      lang: "en",
      text: "some 4,300 miles",
      span,
    });
    expect(describeFigure(miles)).toBe("some 4,300 miles");
    expect(intervalText(miles)).toBe("3,870–4,730 miles");
    // the text's line break is not the figure's
    expect(describeFigure(claim({ value: 300000, min: 300000, max: 300000, text: "300,000\nreservists", span }))).toBe(
      "300,000 reservists",
    );
    // a hand correction of the value: the text no longer says the figure
    expect(
      describeFigure(
        claim({
          value: 2400,
          min: 2400,
          max: 2400,
          text: "24",
          span,
          correction: { file: "c.yaml", line: 1, column: 1, reason: "r", ignored: false, fields: ["value"] },
        }),
      ),
    ).toBe("2,400");
    expect(
      describeFigure(claim({ qualifier: "at-most", value: 1e6, max: 1e6, text: "a sentence by hand", span: null })),
    ).toBe("up to 1,000,000");
  });

  it("says plainly when a date or a source is unknown", () => {
    expect(dateText(null)).toBe("date unknown");
    expect(dateText("2022-09-21")).toBe("21 Sep 2022");
    expect(sourceText({ source: null })).toBe("source not named");
    expect(sourceText({ source: "Interior Ministry" })).toBe("Interior Ministry");
  });
});

// What the reports say to people: dates as written, rounded figures, intervals in signs, keys in words.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claims/claim.js";
import { displayNumber, humanDate, intervalText, keyLabel, languageNote, valueText } from "../../src/report/words.js";

const claim = (o: Partial<Claim>): Claim => ({ kind: "count", value: null, min: null, max: null, qualifier: "exact", date: null, ...o }) as Claim;

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
    expect(intervalText(claim({ qualifier: "approximate", value: 260000, min: 234000, max: 286000 }))).toBe("234,000–286,000");
    expect(intervalText(claim({ value: 300000, min: 300000, max: 300000 }))).toBe("300,000");
    expect(valueText(claim({ qualifier: "more-than", value: 2400, min: 2400 }))).toBe(">\u00a02,400");
    expect(valueText(claim({ qualifier: "approximate", value: 260000, min: 234000, max: 286000 }))).toBe("≈\u00a0260,000");
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
});

// The ClaimStore's indexes: by comparison key (measure + kind of unit), by person (surname key,
// the same for every transliteration), by article, by id; corrections' ignored claims kept apart.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/model/claim.js";
import { ClaimStore, comparisonKey, personKey, type NameMention } from "../../src/claims/store.js";

const claim = (id: string, more: Partial<Claim>): Claim => ({
  id,
  article: "a.md",
  kind: "count",
  value: 1,
  min: 1,
  max: 1,
  qualifier: "exact",
  unit: "person",
  unitText: "men",
  dimension: "count:person",
  noun: "men",
  measure: null,
  scope: null,
  period: null,
  entity: null,
  source: null,
  inferred: [],
  revision: false,
  asOf: null,
  date: null,
  text: "1",
  span: { start: 0, end: 1, line: 1, column: 1 },
  sentence: null,
  lang: "en",
  ...more,
});

const claims: Claim[] = [
  claim("a1", { article: "a.md", measure: "conscripted", value: 300000 }),
  claim("a2", { article: "a.md", measure: "departures", value: 200000 }),
  claim("a3", { article: "a.md", kind: "age", dimension: "age", unit: "year", entity: "Ilya Sorokin", value: 28 }),
  claim("b1", { article: "b.md", measure: "conscripted", value: 1000000 }),
  claim("b2", {
    article: "b.md",
    measure: "conscripted",
    kind: "measure",
    unit: "km",
    dimension: "length",
    value: 9500,
  }),
  claim("b3", {
    article: "b.md",
    kind: "date",
    measure: "conscripted",
    dimension: "date",
    unit: "date",
    date: "2022-09-21",
  }),
  claim("g1", {
    article: "g.md",
    kind: "age",
    dimension: "age",
    unit: "year",
    entity: "Ilja Sorokin",
    value: 31,
    lang: "de",
  }),
  claim("g2", {
    article: "g.md",
    measure: "conscripted",
    value: 300000,
    correction: { file: "c.yaml", line: 3, column: 5, reason: "a name", ignored: true, fields: [] },
  }),
  claim("m1", {
    article: null,
    measure: "conscripted",
    value: 300000,
    span: null,
    origin: { file: "claims/ref.yaml", line: 6, column: 5 },
  }),
];
const names: NameMention[] = [
  { article: "a.md", text: "Ilya Sorokin", start: 0, end: 12, line: 1, column: 1 },
  { article: "g.md", text: "Ilja Sorokin", start: 5, end: 17, line: 2, column: 1 },
  { article: "b.md", text: "Marina Ovsyannikova", start: 0, end: 19, line: 1, column: 1 },
];
const store = new ClaimStore(claims, names);
const ids = (cs: readonly { id: string }[]): string[] => cs.map((c) => c.id);

describe("ClaimStore", () => {
  it("indexes by comparison key: measure and kind of unit (counts of people and bare numbers are one), never a date or an age, never a claim without a measure", () => {
    expect(store.comparisonKeys()).toEqual(["conscripted|count", "conscripted|length", "departures|count"]);
    expect(ids(store.byComparisonKey("conscripted|count"))).toEqual(["a1", "b1", "m1"]);
    expect(ids(store.byComparisonKey("conscripted|length"))).toEqual(["b2"]);
    expect(store.comparisonKeys(2)).toEqual(["conscripted|count"]);
    expect(store.byComparisonKey("conscripted|date")).toEqual([]);
    expect(store.byComparisonKey("nothing|here")).toEqual([]);
    expect(comparisonKey(claims[5]!)).toBeNull();
    expect(comparisonKey(claims[2]!)).toBeNull();
    expect(comparisonKey(claim("x", { measure: "conscripted", kind: "number", dimension: null }))).toBe(
      "conscripted|count",
    );
    expect(comparisonKey(claim("y", { measure: "conscripted", dimension: "count:city", unit: "city" }))).toBe(
      "conscripted|count:city",
    );
    // "150 workers and nine vessels were deployed": ships are counted apart from people.
    expect(comparisonKey(claim("s", { measure: "deployed", dimension: "count:ship", unit: "ship" }))).toBe(
      "deployed|count:ship",
    );
    // "twice as many": a multiple is no count.
    expect(comparisonKey(claim("t", { measure: "participants", kind: "number", dimension: "multiple" }))).toBe(
      "participants|multiple",
    );
  });

  it("indexes by person's name key, one key for both transliterations", () => {
    expect(personKey("Ilya Sorokin")).toBe(personKey("Ilja Sorokin"));
    const k = personKey("Ilya Sorokin")!;
    expect(store.personKeys()).toEqual([k]);
    expect(ids(store.byPerson(k))).toEqual(["a3", "g1"]);
    expect(store.byPerson("nobody")).toEqual([]);
    expect(store.nameKeys()).toEqual([k, personKey("Marina Ovsyannikova")!].sort());
    expect(store.namesByKey(k).map((n) => n.text)).toEqual(["Ilya Sorokin", "Ilja Sorokin"]);
  });

  it("indexes by article; a hand-added claim without an article is filed under the empty path", () => {
    expect(ids(store.byArticle("a.md"))).toEqual(["a1", "a2", "a3"]);
    expect(ids(store.byArticle("b.md"))).toEqual(["b1", "b2", "b3"]);
    expect(ids(store.byArticle("g.md"))).toEqual(["g1"]);
    expect(ids(store.byArticle(""))).toEqual(["m1"]);
    expect(store.byArticle("missing.md")).toEqual([]);
  });

  it("keeps claims a correction ignored out of every index, but findable by id", () => {
    expect(ids(store.claims)).not.toContain("g2");
    expect(ids(store.ignored)).toEqual(["g2"]);
    expect(store.byId("g2")?.value).toBe(300000);
    expect(store.byId("a1")?.measure).toBe("conscripted");
    expect(store.byId("zz")).toBeUndefined();
  });
});

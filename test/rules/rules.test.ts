// Each rule: what it must flag and what it must leave alone (ESLint's valid / invalid cases).
import { describe, expect, it } from "vitest";
import { findings, ofRule, type TestArticle } from "./run-rules.js";

interface Case {
  name: string;
  articles: TestArticle[];
  /** The message ids the rule must produce, in order; [] means it must stay silent. */
  expect: string[];
  /** Rendered-data checks on the first finding. */
  data?: Record<string, string | number>;
}

const A = (path: string, text: string, more: Partial<TestArticle> = {}): TestArticle => ({ path, text, ...more });

const cases: Record<string, Case[]> = {
  "figure-conflict": [
    {
      name: "flags two outlets whose figures for the same thing do not overlap",
      articles: [A("a.md", "About 260,000 men have fled the country.", { date: "2022-10-04" }), A("b.md", "Some 700,000 men have fled the country.", { date: "2022-10-04" })],
      expect: ["conflict"],
    },
    {
      name: "leaves alone figures whose intervals meet",
      articles: [A("a.md", "More than 200,000 men have fled."), A("b.md", "Some 210,000 men have fled.")],
      expect: [],
    },
    {
      name: "never pairs different subjects: up to a million Russians left / up to one million men may be drafted",
      articles: [A("a.md", "Up to a million Russians left the country."), A("b.md", "Up to one million men may be drafted, the paper said."), A("c.md", "Only 300,000 men will be drafted.")],
      expect: [],
    },
    {
      name: "leaves a part and the whole alone (a helper's 60 men vs the national total)",
      articles: [A("a.md", "She helped 60 men flee the country."), A("b.md", "About 200,000 men have fled the country.")],
      expect: [],
    },
    {
      name: "leaves growth of a cumulative figure to divergent-estimate",
      articles: [A("a.md", "About 200,000 men have fled.", { date: "2022-09-27" }), A("b.md", "About 700,000 men have fled.", { date: "2022-10-04" })],
      expect: [],
    },
  ],
  "divergent-estimate": [
    {
      name: "flags compatible estimates far apart",
      articles: [A("a.md", "More than 200,000 men have fled."), A("b.md", "Up to 700,000 men have fled.")],
      expect: ["divergent"],
    },
    {
      name: "flags growth between dates, with the dates",
      articles: [A("a.md", "About 200,000 men have fled.", { date: "2022-09-27" }), A("b.md", "About 700,000 men have fled.", { date: "2022-10-04" })],
      expect: ["growth"],
      data: { aDate: "27 Sep 2022", bDate: "4 Oct 2022" },
    },
    { name: "leaves alone estimates close together", articles: [A("a.md", "About 200,000 men have fled."), A("b.md", "About 240,000 men have fled.")], expect: [] },
  ],
  "disputed-figure": [
    {
      name: "flags different sources giving different figures",
      articles: [
        A("a.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Wire A" }),
        A("b.md", "According to Novaya Gazeta Europe, up to 1 million men will be drafted.", { outlet: "Wire B" }),
      ],
      expect: ["disputed"],
      data: { a: "300,000", aFrom: "Defence Ministry, via Wire A, 27 Sep 2022", b: "up to 1,000,000", bFrom: "Novaya Gazeta Europe, via Wire B, 27 Sep 2022" },
    },
    {
      name: "leaves alone one source repeated",
      articles: [A("a.md", "The Defence Ministry said that 300,000 reservists would be called up."), A("b.md", "According to the Defence Ministry, 300,000 reservists will be drafted.")],
      expect: [],
    },
  ],
  "inconsistent-in-article": [
    {
      name: "flags one article giving two incompatible figures",
      articles: [A("a.md", "More than 40 villages lost men to the draft.\n\nIn all, fewer than 30 villages saw men drafted.")],
      expect: ["inconsistent"],
    },
    { name: "leaves alone figures that agree", articles: [A("a.md", "Some 300,000 reservists will be called up.\n\nThe 300,000 reservists must report within days.")], expect: [] },
  ],
  "unit-mismatch": [
    { name: "4,000 miles beside 6,500 km passes", articles: [A("a.md", "They travelled 4,000 miles (6,500 km) to safety.")], expect: [] },
    { name: "4,000 miles beside 9,500 km is flagged", articles: [A("a.md", "They travelled 4,000 miles (9,500 km) to safety.")], expect: ["mismatch"], data: { percent: 32 } },
    { name: "German: 4.000 Meilen (9.500 Kilometer) is flagged", articles: [A("a.md", "Sie reisten 4.000 Meilen (9.500 Kilometer) weit.", { lang: "de" })], expect: ["mismatch"] },
    { name: "two distances far apart in a sentence are two quantities", articles: [A("a.md", "The first leg was 4,000 miles; after a long wait in the border town, the second leg was only 900 km.")], expect: [] },
  ],
  "age-conflict": [
    {
      name: "flags one person with ages that cannot both hold a week apart",
      articles: [A("a.md", "\"We left at night,\" said 34-year-old Artyom Belov.", { date: "2022-09-27" }), A("b.md", "Artyom Belov, 37, said he left at night.", { date: "2022-10-02" })],
      expect: ["conflict"],
    },
    {
      name: "two people named Konstantin with different ages are not a conflict",
      articles: [A("a.md", "Konstantin Ilin (37) fled to Georgia."), A("b.md", "Konstantin Petrov (42) stayed in Moscow.")],
      expect: [],
    },
    {
      name: "a first name alone is not enough to call two people one",
      articles: [A("a.md", "Konstantin (42) fled to Georgia."), A("b.md", "Konstantin (37) stayed in Moscow.")],
      expect: [],
    },
    {
      name: "an age may grow by the years between the articles",
      articles: [A("a.md", "Artyom Belov (34) left in September.", { date: "2022-09-27" }), A("b.md", "Artyom Belov (35) is still abroad.", { date: "2023-09-30" })],
      expect: [],
    },
    {
      name: "transliterations of one name are one person",
      articles: [A("a.md", "Yevgeny Kharitonov (31) fled.", { date: "2022-09-27" }), A("b.md", "Jewgeni Charitonow (36) ist geflohen.", { lang: "de", date: "2022-09-28" })],
      expect: ["conflict"],
    },
  ],
  "name-variant": [
    {
      name: "flags one name spelled two ways across languages",
      articles: [A("a.md", "Yevgeny Kharitonov organised the buses."), A("b.md", "Jewgeni Charitonow organisierte die Busse.", { lang: "de" })],
      expect: ["variant"],
    },
    { name: "leaves alone different people who share a first name", articles: [A("a.md", "Yevgeny Kharitonov and Yevgeny Sokolov organised the buses.")], expect: [] },
  ],
  "duplicate-claim": [
    {
      name: "counts a figure repeated across outlets",
      articles: [A("a.md", "Some 300,000 reservists will be called up.", { outlet: "X" }), A("b.md", "Some 300,000 reservists are to be drafted.", { outlet: "Y" })],
      expect: ["repeated"],
      data: { articles: 2, independent: 2 },
    },
    { name: "leaves alone a figure that stands once", articles: [A("a.md", "Some 300,000 reservists will be called up.")], expect: [] },
  ],
};

for (const [rule, list] of Object.entries(cases)) {
  describe(rule, () => {
    it("has no duplicated case", () => {
      const seen = list.map((c) => JSON.stringify(c.articles));
      expect(new Set(seen).size).toBe(seen.length);
    });
    for (const c of list) {
      it(c.name, () => {
        const got = ofRule(findings(c.articles), rule);
        expect(got.map((f) => f.messageId), got.map((f) => f.message).join("\n")).toEqual(c.expect);
        for (const [k, v] of Object.entries(c.data ?? {})) expect(got[0]!.data[k], k).toBe(v);
      });
    }
  });
}

// Each rule: what it must flag and what it must leave alone (ESLint's valid / invalid cases).
import { describe, expect, it } from "vitest";
import { findings, ofRule, type TestArticle } from "./rule-tester.js";
import { OWN_REPORT_1, OWN_REPORT_2, WIRE, WIRE_DE, WIRE_RETOLD, WIRE_REWRITTEN } from "./stories.js";

interface Case {
  name: string;
  articles: TestArticle[];
  /** The message ids the rule must produce, in order; [] means it must stay silent. */
  expect: string[];
  /** Rendered-data checks on the first finding. */
  data?: Record<string, string | number>;
  /** What the first finding's advice must say. */
  advice?: RegExp;
  /** The first finding's severity. */
  severity?: string;
  /** What the first finding's list of figures must say. */
  figures?: RegExp;
}

const A = (path: string, text: string, more: Partial<TestArticle> = {}): TestArticle => ({ path, text, ...more });

const cases: Record<string, Case[]> = {
  "figure-conflict": [
    {
      name: "flags one quantity (measure, place, period) given two figures that cannot both hold",
      articles: [
        A("a.md", "About 260,000 men had fled Russia by Tuesday.", { date: "2022-10-05" }),
        A("b.md", "Some 700,000 men had fled Russia by Tuesday.", { date: "2022-10-06" }),
      ],
      expect: ["conflict"],
      data: { ratio: "2.7×", missing: "" },
    },
    {
      name: "is an error only where every figure states its period; without one it is lowered to info",
      articles: [A("a.md", "About 260,000 men have fled Russia.", { date: "2022-10-04" }), A("b.md", "Some 700,000 men have fled Russia.", { date: "2022-10-04" })],
      expect: ["conflict"],
      severity: "info",
    },
    {
      name: "leaves alone figures whose intervals meet",
      articles: [A("a.md", "More than 200,000 men have fled."), A("b.md", "Some 210,000 men have fled.")],
      expect: [],
    },
    {
      name: "never pairs different measures: a million who left / a million who may be drafted",
      articles: [A("a.md", "Up to a million Russians left the country."), A("b.md", "Up to one million men may be drafted, the paper said.")],
      expect: [],
    },
    {
      name: "never pairs different places: 9,000 into Finland, 40,000 into Georgia",
      articles: [A("a.md", "About 9,000 Russians crossed into Finland on Saturday."), A("b.md", "About 40,000 Russians crossed into Georgia on Saturday.")],
      expect: [],
    },
    {
      name: "never pairs arrivals in one country with departures from another",
      articles: [A("a.md", "Some 98,000 people entered Kazakhstan on Tuesday."), A("b.md", "Some 260,000 people left Russia on Tuesday.")],
      expect: [],
    },
    {
      name: "never pairs different periods: Saturday's count and Sunday's",
      articles: [A("a.md", "On Saturday, some 250,000 people demonstrated nationwide.", { date: "2024-01-22" }), A("b.md", "On Sunday, some 550,000 people demonstrated nationwide.", { date: "2024-01-22" })],
      expect: [],
    },
    {
      name: "never pairs what was expected with what was counted",
      articles: [A("a.md", "Police had expected 25,000 participants in Munich on Sunday.", { date: "2024-01-22" }), A("b.md", "In Munich, 100,000 people gathered on Sunday.", { date: "2024-01-22" })],
      expect: [],
    },
    {
      name: "leaves a part and the whole alone (a helper's 60 men vs the national total)",
      articles: [A("a.md", "She helped 60 men flee the country."), A("b.md", "About 200,000 men have fled the country.")],
      expect: [],
    },
    {
      name: "a whole number as written allows only its own rounding: 93 and 96 do not meet",
      articles: [A("a.md", "The death toll rose to 93 on Sunday.", { date: "2023-08-14" }), A("b.md", "The death toll rose to 96 on Sunday.", { date: "2023-08-14" })],
      expect: ["conflict"],
    },
    {
      name: "a round figure allows the tolerance: 100,000 and 104,000 meet",
      articles: [A("a.md", "Exactly 100,000 men have fled the country."), A("b.md", "Exactly 104,000 men have fled the country.")],
      expect: [],
    },
  ],
  "divergent-estimate": [
    {
      name: "flags compatible estimates far apart, once for the quantity",
      articles: [A("a.md", "Between 100,000 and 400,000 men have fled."), A("b.md", "About 350,000 men have fled."), A("c.md", "About 340,000 men have fled.")],
      expect: ["divergent"],
      data: { ratio: "1.7×" },
    },
    { name: "leaves alone estimates close together", articles: [A("a.md", "About 200,000 men have fled."), A("b.md", "About 240,000 men have fled.")], expect: [] },
    {
      name: "leaves alone a running count at two dates (a series, not a dispute)",
      articles: [A("a.md", "About 200,000 men had fled by Tuesday.", { date: "2022-09-28" }), A("b.md", "About 700,000 men had fled by Tuesday.", { date: "2022-10-05" })],
      expect: [],
    },
  ],
  "disputed-figure": [
    {
      name: "flags sources that dispute one quantity (police and organisers), across languages",
      articles: [
        A("a.md", "In Hamburg, police said 50,000 people gathered on Friday.", { outlet: "Wire A", date: "2024-01-19" }),
        A("b.md", "In Hamburg gingen laut Veranstalter am Freitag 80.000 Menschen auf die Straße.", { outlet: "Wire B", lang: "de", date: "2024-01-19" }),
      ],
      expect: ["disputed"],
      severity: "warning",
    },
    {
      name: "lists every figure of the quantity, with how many independent sources stand behind each",
      articles: [
        A("a.md", WIRE.replace("the Defence Ministry said", "officials say"), { outlet: "Wire A" }),
        A("b.md", WIRE.replace("the Defence Ministry said", "officials say"), { outlet: "Wire B" }),
        A("c.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Wire C" }),
        A("d.md", "According to Novaya Gazeta Europe, up to 1 million reservists will be drafted.", { outlet: "Wire D" }),
      ],
      expect: ["disputed"],
      data: { count: 2 },
      figures: /up to 1 million \(Novaya Gazeta Europe; Wire D\) · 300,000 \(.*3 places, 2 original sources\)/,
    },
    {
      name: "leaves alone one source repeated",
      articles: [A("a.md", "The Defence Ministry said that 300,000 reservists would be called up."), A("b.md", "According to the Defence Ministry, 300,000 reservists will be drafted.")],
      expect: [],
    },
    {
      name: "a weekday is never a source: 98,000 (Tuesday) and 120,000 by the ministry's count",
      articles: [A("a.md", "Some 98,000 people entered Kazakhstan (Tuesday)."), A("b.md", "Some 120,000 people entered Kazakhstan, the ministry said.")],
      expect: [],
    },
  ],
  "inconsistent-in-article": [
    {
      name: "flags one article giving one quantity two figures that cannot both hold",
      articles: [A("a.md", "More than 40 villages in Pskov lost men to the draft.\n\nIn all, fewer than 30 villages in Pskov saw men drafted.")],
      expect: ["inconsistent"],
    },
    { name: "leaves alone figures that agree", articles: [A("a.md", "Some 300,000 reservists will be called up.\n\nThe 300,000 reservists must report within days.")], expect: [] },
    {
      name: "leaves alone a part and its whole in one article",
      articles: [A("a.md", "Of the 1,800 people detained, 240 women were released.")],
      expect: [],
    },
  ],
  "unit-mismatch": [
    { name: "4,000 miles beside 6,500 km passes", articles: [A("a.md", "They travelled 4,000 miles (6,500 km) to safety.")], expect: [] },
    {
      name: "about 6,900 km beside 4,000 miles passes: 6,437 km is inside what \"about 6,900\" allows",
      articles: [A("a.md", "They travelled about 6,900 km (4,000 miles) to safety.")],
      expect: [],
    },
    {
      name: "about 9,500 km beside 4,000 miles is flagged: 6,437 km is outside what \"about 9,500\" allows",
      articles: [A("a.md", "They travelled about 9,500 km (4,000 miles) to safety.")],
      expect: ["mismatch"],
    },
    { name: "4,000 miles beside 9,500 km is flagged", articles: [A("a.md", "They travelled 4,000 miles (9,500 km) to safety.")], expect: ["mismatch"], data: { percent: 32 } },
    { name: "German: 4.000 Meilen (9.500 Kilometer) is flagged", articles: [A("a.md", "Sie reisten 4.000 Meilen (9.500 Kilometer) weit.", { lang: "de" })], expect: ["mismatch"] },
    { name: "two distances far apart in a sentence are two quantities", articles: [A("a.md", "The first leg was 4,000 miles; after a long wait in the border town, the second leg was only 900 km.")], expect: [] },
  ],
  "age-conflict": [
    {
      name: "flags one person with ages that cannot both hold a week apart",
      articles: [A("a.md", "\"We left at night,\" said 34-year-old Artyom Belov.", { date: "2022-09-27" }), A("b.md", "Artyom Belov, 37, said he left at night.", { date: "2022-10-02" })],
      expect: ["conflict"],
      data: { a: "34", b: "37", between: "between 2022-09-27 and 2022-10-02, less than a year apart (5 days)" },
    },
    {
      name: "names the dates in order, earlier first, and the years between them",
      articles: [A("a.md", "Artyom Belov (37) is still abroad.", { date: "2024-03-27" }), A("b.md", "Artyom Belov (34) left in September.", { date: "2022-09-27" })],
      expect: ["conflict"],
      data: { a: "34", b: "37", between: "between 2022-09-27 and 2024-03-27, 1.5 years apart" },
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
    {
      name: "flags one place written with and without its ʻokina, a single word against a word of a name",
      articles: [A("a.md", "The shelters in Maui County, Hawaiʻi, were full."), A("b.md", "Hawaii Public Radio said 40 people were missing.")],
      expect: ["variant"],
      data: { spellings: "Hawaii / Hawaiʻi" },
    },
    {
      name: "a possessive is no other spelling, and a name always written with its accents is one",
      articles: [A("a.md", "Zürich's mayor spoke first. Later, Zürich voted."), A("b.md", "Russia's army and Russia's navy.")],
      expect: [],
    },
    {
      name: "a title before a name is no part of its spelling; a German genitive s is the same name",
      articles: [A("a.md", "Foreign Minister Edgars Rinkevics spoke."), A("b.md", "Edgars Rinkēvičs said no."), A("c.md", "Wladimir Putins Befehl kam am Morgen.", { lang: "de" }), A("d.md", "Vladimir Putin spoke.")],
      expect: ["variant", "variant"],
    },
  ],
  "duplicate-claim": [
    {
      name: "counts a figure repeated across outlets, at most as many sources as outlets when no one is named",
      articles: [A("a.md", "Some 300,000 reservists will be called up.", { outlet: "X" }), A("b.md", "Some 300,000 reservists are to be drafted.", { outlet: "Y" })],
      expect: ["repeated"],
      data: { articles: 2, independent: 2, count: "at most 2 independent sources", attribution: ", neither saying whose figure it is" },
      advice: /do not say whose figure it is/,
    },
    {
      name: "two stories of one outlet quoting the Defence Ministry are one source",
      articles: [
        A("a.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Ledger" }),
        A("b.md", "According to the Defence Ministry, 300,000 reservists will be drafted.", { outlet: "Ledger" }),
      ],
      expect: ["repeated"],
      data: { articles: 2, outletCount: 1, independent: 1, count: "1 original source", attribution: ", both attributing it to Defence Ministry" },
      advice: /traces back to one source.*repetition is not confirmation/,
    },
    {
      name: "outlets attributing a figure to one originator (with or without a word of its name) trace back to one source",
      articles: [
        A("a.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "X" }),
        A("b.md", "According to the Russian Defence Ministry, 300,000 reservists will be drafted.", { outlet: "Y" }),
        A("c.md", "The Defence Ministry said that 300,000 reservists would be drafted soon.", { outlet: "Z" }),
      ],
      expect: ["repeated"],
      data: { articles: 3, outletCount: 3, independent: 1, originators: "Russian Defence Ministry", count: "1 original source" },
    },
    {
      name: "one originator in another word order and spelling (Ministry of Defence / Russian Defense Ministry) is one source",
      articles: [
        A("a.md", "According to the Ministry of Defence, 300,000 reservists will be called up.", { outlet: "X" }),
        A("b.md", "The Russian Defense Ministry said that 300,000 reservists would be drafted.", { outlet: "Y" }),
      ],
      expect: ["repeated"],
      data: { articles: 2, outletCount: 2, independent: 1, originators: "Russian Defense Ministry", count: "1 original source" },
    },
    {
      name: "a shorter name that fits two originators (Defence Ministry: Russian or Ukrainian) is left alone",
      articles: [
        A("a.md", "The Russian Defence Ministry said that 300,000 reservists would be called up.", { outlet: "X" }),
        A("b.md", "The Ukrainian Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Y" }),
        A("c.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Z" }),
      ],
      expect: ["repeated"],
      data: { articles: 3, outletCount: 3, independent: 3 },
    },
    {
      name: "copies and a rewrite of one story in other outlets count once",
      articles: [
        A("a.md", WIRE.replace("the Defence Ministry said", "officials say"), { outlet: "X" }),
        A("b.md", WIRE.replace("the Defence Ministry said", "officials say"), { outlet: "Y" }),
        A("c.md", WIRE_REWRITTEN.replace("according to a statement the ministry issued", "officials said"), { outlet: "Z" }),
      ],
      expect: ["repeated", "repeated", "repeated"],
      data: { articles: 3, outletCount: 3, independent: 1, count: "1 original source" },
    },
    {
      name: "different originators in different outlets are independent sources",
      articles: [
        A("a.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "X" }),
        A("b.md", "According to Novaya Gazeta Europe, 300,000 reservists will be drafted.", { outlet: "Y" }),
      ],
      expect: ["repeated"],
      data: { independent: 2, count: "2 original sources" },
      advice: /^Defence Ministry and Novaya Gazeta Europe give this figure independently/,
    },
    {
      name: "sources named in two languages may be one originator: never more than \"at most\"",
      articles: [
        A("a.md", "Some 300,000 reservists are to be called up, the Defence Ministry said.", { outlet: "X" }),
        A("b.md", "Laut dem Verteidigungsministerium sollen etwa 300.000 Reservisten eingezogen werden.", { outlet: "Y", lang: "de" }),
      ],
      expect: ["repeated"],
      data: { independent: 2, count: "at most 2 independent sources" },
      advice: /may be one originator under two names/,
    },
    { name: "leaves alone a figure that stands once", articles: [A("a.md", "Some 300,000 reservists will be called up.")], expect: [] },
  ],
  "duplicate-article": [
    {
      name: "flags a copy in another outlet",
      articles: [A("a.md", WIRE, { outlet: "X" }), A("b.md", WIRE, { outlet: "Y" })],
      expect: ["copy"],
    },
    {
      name: "flags a translation",
      articles: [A("a.md", WIRE, { outlet: "X" }), A("b.md", WIRE_DE, { outlet: "Y", lang: "de" })],
      expect: ["translation"],
    },
    {
      name: "flags a rewrite: the same facts in the same order, in other words",
      articles: [A("a.md", WIRE, { outlet: "X" }), A("b.md", WIRE_REWRITTEN, { outlet: "Y" })],
      expect: ["rewrite"],
    },
    {
      name: "flags a rewrite that adds and moves facts, when the same people have the same ages",
      articles: [A("a.md", WIRE, { outlet: "X" }), A("b.md", WIRE_RETOLD, { outlet: "Y" })],
      expect: ["rewrite"],
    },
    {
      name: "leaves alone two independent reports that share the official figures",
      articles: [A("a.md", OWN_REPORT_1, { outlet: "X" }), A("b.md", OWN_REPORT_2, { outlet: "Y" })],
      expect: [],
    },
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
        if (c.advice) expect(got[0]!.advice).toMatch(c.advice);
        if (c.severity) expect(got[0]!.severity).toBe(c.severity);
        if (c.figures) expect(String(got[0]!.data.figures)).toMatch(c.figures);
      });
    }
  });
}

// How copies, translations and rewrites are told (src/rules/clusters.ts): the measures and the
// thresholds, on stories written for the purpose (stories.ts).
import { describe, expect, it } from "vitest";
import { DEFAULT_CLUSTER_OPTIONS } from "../../src/rules/clusters.js";
import { pipeline, type TestArticle } from "./rule-tester.js";
import { OWN_REPORT_1, OWN_REPORT_2, WIRE, WIRE_DE, WIRE_RETOLD, WIRE_REWRITTEN } from "./stories.js";

const pair = (a: string, b: string): TestArticle[] => [
  { path: "a.md", text: a, outlet: "X" },
  { path: "b.md", text: b, outlet: "Y" },
];

// The wire story cut short and retold, a name repeated where the wire says "he".
const WIRE_RETOLD_SHORT = [
  "Russia is to call up 300,000 reservists, the ministry said on September 21.",
  "Ivan Gromov, 28, left Moscow that evening. Ivan Gromov paid 5,000 euros to fly to Istanbul, and Ivan Gromov did not look back.",
  "Artyom Belov, 34, and two friends drove 1,200 miles to Kazakhstan, Artyom Belov said.",
  "Police held more than 2,400 demonstrators on Saturday.",
].join("\n\n");

describe("article clusters", () => {
  it("measures order on distinct facts: an article that repeats a name is not the longer for it", () => {
    // 11 distinct facts, all in the wire's order; counting every mention, the retelling would
    // have 14 and the share would be 11 of the wire's 13.
    const { clusters } = pipeline(pair(WIRE, WIRE_RETOLD_SHORT));
    expect(clusters.pairs.map((p) => [p.kind, p.factSimilarity])).toEqual([["rewrite", 1]]);
  });

  it("counts a count and the bare number of one value as one fact", () => {
    // WIRE has 13 distinct facts; 10 of them come in the same order in the retelling, which
    // writes "300,000" for "300,000 reservists". Kept apart, they would be 9 of 13, under 0.7.
    const { clusters } = pipeline(pair(WIRE, WIRE_RETOLD));
    expect(clusters.pairs).toHaveLength(1);
    expect(clusters.pairs[0]!.factSimilarity).toBeCloseTo(10 / 13, 6);
  });

  it("counts no multiple as a fact of its own: it restates figures, and an update changes it with them", () => {
    // "four times as many as were registered" follows the crowd figure it divides; counted apart,
    // an updated version's new crowd figure would count twice against it (10 of 15, not 10 of 13).
    const withMultiple = (text: string, multiple: string): string =>
      `${text}\n\nThe rally in Kazan drew ${multiple} as many as were registered, the organisers said.`;
    const { clusters } = pipeline(pair(withMultiple(WIRE, "four times"), withMultiple(WIRE_RETOLD, "twice")));
    expect(clusters.pairs.map((p) => p.factSimilarity)).toEqual([10 / 13]);
  });

  it("takes a retelling with facts out of order for a rewrite only when the same people have the same ages", () => {
    // 10/13 is under rewriteOrderThreshold (0.8): what makes it one story is Ivan Gromov, 28,
    // and Artyom Belov, 34, in both.
    expect(pipeline(pair(WIRE, WIRE_RETOLD)).clusters.pairs.map((p) => p.kind)).toEqual(["rewrite"]);
    for (const rewriteMinAgedPeople of [3, Infinity]) {
      expect(
        pipeline(pair(WIRE, WIRE_RETOLD), [], { ...DEFAULT_CLUSTER_OPTIONS, rewriteMinAgedPeople }).clusters.pairs,
      ).toEqual([]);
    }
  });

  it("does not merge two reports that share official figures, whatever the thresholds for people", () => {
    expect(
      pipeline(pair(OWN_REPORT_1, OWN_REPORT_2), [], { ...DEFAULT_CLUSTER_OPTIONS, rewriteMinAgedPeople: 0 }).clusters
        .pairs,
    ).toEqual([]);
  });
  it("keeps small counts apart by what they count: two reports sharing the official figures are no translation", () => {
    // Headline figures lose their noun in retellings and are one fact with the bare number; "3
    // friends" and "3 Kinder" are not. Were they one fact, 5 of 8 shared would pass 0.5.
    const en =
      "Russia will call up 300,000 reservists, the Defence Ministry said on September 21.\n\nMore than 2,400 protesters were detained on Saturday. Tickets to Istanbul cost up to 5,000 euros.\n\nIn Pskov, the teacher Oleg Sidorov said his brother had left for Georgia with 3 friends.";
    const de =
      "Russland will 300.000 Männer einberufen, teilte das Verteidigungsministerium am 21. September mit.\n\nMehr als 2.400 Menschen wurden am Samstag festgenommen. Flüge nach Istanbul kosteten bis zu 5.000 Euro.\n\nDer Taxifahrer Pawel Orlow in Kasan sagte, er bleibe mit seinen 3 Kindern in der Stadt.";
    expect(
      pipeline([
        { path: "a.md", text: en, outlet: "X" },
        { path: "b.md", text: de, outlet: "Y", lang: "de" },
      ]).clusters.pairs,
    ).toEqual([]);
  });
});

// A long story of its own: the wire's facts, then three paragraphs no one else has.
const WIRE_LONG = [
  WIRE,
  "By Sunday 17,000 cars were queued at the Upper Lars crossing, border guards said.",
  "Oleg Sidorov, 51, a teacher in Pskov, said 12 of his former pupils had gone. A flight to Yerevan cost 900 dollars on Monday.",
  "Vera Orlova, 45, said her two sons left on September 23 and reached Almaty after 3 days.",
].join("\n\n");
// The same story's first paragraphs, word for word, under another outlet's own opening line.
const EXCERPT = ["Our correspondent reports from the region.", WIRE.split("\n\n").slice(0, 4).join("\n\n")].join(
  "\n\n",
);

describe("excerpts, versions and partial translations", () => {
  it("finds an excerpt: most of the smaller article's facts and wording are in the other", () => {
    // 6 distinct facts of 7 in the excerpt; the long story has 17, so their Jaccard is 6 / 18.
    const { clusters } = pipeline(pair(WIRE_LONG, EXCERPT));
    expect(clusters.pairs.map((p) => p.kind)).toEqual(["copy"]);
  });

  it("finds a translation of part of an article, by facts alone", () => {
    const { clusters } = pipeline([
      { path: "a.md", text: WIRE_LONG, outlet: "X" },
      { path: "b.md", text: WIRE_DE, outlet: "Y", lang: "de" },
    ]);
    expect(clusters.pairs.map((p) => p.kind)).toEqual(["translation"]);
  });

  it("needs wording for a part in one language: the same facts in other words are no excerpt", () => {
    const short = WIRE_REWRITTEN.split("\n\n").slice(0, 4).join("\n\n");
    expect(pipeline(pair(WIRE_LONG, short)).clusters.pairs).toEqual([]);
  });

  it("needs more shared facts for a part across languages than the containment path's minimum", () => {
    const de = WIRE_DE.split("\n\n").slice(0, 3).join("\n\n");
    const options = { ...DEFAULT_CLUSTER_OPTIONS, containMinTranslatedFacts: 99 };
    expect(
      pipeline(
        [
          { path: "a.md", text: WIRE_LONG, outlet: "X" },
          { path: "b.md", text: de, outlet: "Y", lang: "de" },
        ],
        [],
        options,
      ).clusters.pairs,
    ).toEqual([]);
  });
});

describe("syndication", () => {
  it("groups 300 identical copies of one wire story into one cluster, without comparing all pairs", () => {
    const copies: TestArticle[] = Array.from({ length: 300 }, (_, k) => ({
      path: `copy-${String(k).padStart(3, "0")}.md`,
      text: WIRE,
      outlet: `Outlet ${k}`,
    }));
    const { clusters } = pipeline(copies);
    expect(clusters.clusters).toHaveLength(1);
    expect(clusters.clusters[0]).toHaveLength(300);
    expect(new Set(copies.map((c) => clusters.clusterOf(c.path))).size).toBe(1);
    // Linked in linear time, and reported as the pairs that link the cluster: 299, not 300·299/2 = 44,850.
    expect(clusters.pairs).toHaveLength(299);
    expect(clusters.pairs.every((p) => p.kind === "copy")).toBe(true);
  });

  it("reports a cluster of 30 copies (a bucket small enough to pair all its members) as the 29 pairs that link it", () => {
    const copies: TestArticle[] = Array.from({ length: 30 }, (_, k) => ({
      path: `copy-${String(k).padStart(2, "0")}.md`,
      text: WIRE,
      outlet: `Outlet ${k}`,
    }));
    const { clusters } = pipeline(copies);
    expect(clusters.clusters).toEqual([copies.map((c) => c.path)]);
    // Each copy beside the first one it was found to copy: every article but the first is in a pair.
    expect(clusters.pairs.map((p) => `${p.a} ${p.b}`)).toEqual(copies.slice(1).map((c) => `copy-00.md ${c.path}`));
  });

  it("keeps two syndicated stories apart however many outlets run each", () => {
    const a = Array.from(
      { length: 120 },
      (_, k): TestArticle => ({ path: `a-${String(k).padStart(3, "0")}.md`, text: WIRE, outlet: `A ${k}` }),
    );
    const b = Array.from(
      { length: 80 },
      (_, k): TestArticle => ({ path: `b-${String(k).padStart(3, "0")}.md`, text: OWN_REPORT_1, outlet: `B ${k}` }),
    );
    const { clusters } = pipeline([...a, ...b]);
    expect(clusters.clusters.map((c) => [c[0], c.length])).toEqual([
      ["a-000.md", 120],
      ["b-000.md", 80],
    ]);
  });
});

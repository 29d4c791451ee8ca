// Dating an undated article by the figures it shares with dated ones (src/rules/dating.ts), on
// articles written for the purpose: "on Sunday" in an article without a date is resolved only
// when a dated article gives the same figure, for the same measure and place, on a stated Sunday.
import { describe, expect, it } from "vitest";
import { resolveAt } from "../../src/rules/dating.js";
import { findings, ofRule, type TestArticle } from "./rule-tester.js";

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe("resolveAt", () => {
  // 2031-04-13 is a Sunday.
  it.each([
    ["weekday:7", "2031-04-13", "2031-04-13", "2031-04-13"],
    ["weekday:6", "2031-04-13", "2031-04-12", "2031-04-12"],
    ["weekday:1", "2031-04-13", "2031-04-07", "2031-04-07"],
    ["weekend", "2031-04-13", "2031-04-11", "2031-04-13"],
    ["weekend", "2031-04-15", "2031-04-11", "2031-04-13"],
    ["weekend-1", "2031-04-13", "2031-04-04", "2031-04-06"],
  ])("%s at %s is %s to %s", (unresolved, reference, start, end) => {
    expect(resolveAt(unresolved, day(reference), "")).toMatchObject({ start, end, unresolved: null });
  });
});

const on = (path: string, date: string, text: string): TestArticle => ({ path, text, date, outlet: path });
const dated = (text: string): TestArticle => ({ path: "dated.md", text, date: "2031-04-14", outlet: "Dated Post" });
const undated = (text: string): TestArticle => ({ path: "undated.md", text, date: "unknown", outlet: "Undated Wire" });

describe("an undated article, dated by a figure a dated article gives", () => {
  const anchor = "Organisers said about 70,000 people marched in Lindau on Sunday.";
  it("compares its other figures with the dated articles' figures of the same days, at info", () => {
    const got = ofRule(
      findings([
        dated(`${anchor} On Saturday, police counted 20,000 people marching in Varnholm.`),
        undated(
          "Organisers said about 70,000 people marched in Lindau on Sunday. On Saturday, police counted 45,000 people marching in Varnholm.",
        ),
      ]),
      "figure-conflict",
    );
    expect(got.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /participants in Varnholm, 12 Apr 2031: .*45,000.*20,000|participants in Varnholm, 12 Apr 2031: .*20,000.*45,000/u,
      ),
    ]);
    expect(got[0]!.severity).toBe("info");
  });

  it("leaves its weekdays unresolved when no dated article gives the same figure", () => {
    const got = ofRule(
      findings([
        dated(
          "Organisers said about 90,000 people marched in Lindau on Sunday. On Saturday, police counted 20,000 people marching in Varnholm.",
        ),
        undated(
          "Organisers said about 70,000 people marched in Lindau on Sunday. On Saturday, police counted 45,000 people marching in Varnholm.",
        ),
      ]),
      "figure-conflict",
    );
    expect(got).toEqual([]);
  });

  it("does not date by a figure of another place", () => {
    const got = ofRule(
      findings([
        dated(
          "Organisers said about 70,000 people marched in Kessel on Sunday. On Saturday, police counted 20,000 people marching in Varnholm.",
        ),
        undated(
          "Organisers said about 70,000 people marched in Lindau on Sunday. On Saturday, police counted 45,000 people marching in Varnholm.",
        ),
      ]),
      "figure-conflict",
    );
    expect(got).toEqual([]);
  });
});

describe("the week an undated article is dated to", () => {
  it("puts its other weekdays closest to the anchored one: Sunday's figure and 'by Monday' are one week", () => {
    const got = ofRule(
      findings([
        dated(
          "Border guards said 8,500 people crossed into Kazakhstan on Sunday. By Monday, 98,000 Russians had entered Kazakhstan.",
        ),
        undated(
          "Border guards said 8,500 people crossed into Kazakhstan on Sunday. By Monday, 76,000 Russians had entered Kazakhstan.",
        ),
      ]),
      "figure-conflict",
    );
    // The dated article is of Monday 14 April 2031: its Sunday is the 13th, its Monday the 14th.
    expect(got.map((f) => f.message)).toEqual([expect.stringMatching(/into Kazakhstan, 14 Apr 2031: /u)]);
  });
});

describe("an undated article, dated by where its running count fits among dated ones", () => {
  // 2031-04-10 is a Thursday, 2031-04-12 a Saturday, 2031-04-15 a Tuesday.
  const evacuated = on("evacuated.md", "2031-04-14", "On Sunday, 6,500 people had been evacuated from Varnholm.");
  const conflicts = (articles: TestArticle[]): string[] =>
    ofRule(findings(articles), "figure-conflict").map((f) => `${f.severity}: ${f.message}`);

  it.each([
    [
      "en",
      "The death toll in Varnholm rose to 12 on Thursday.",
      "The death toll in Varnholm rose to 30.",
      "The death toll in Varnholm reached 19 on Saturday. On Sunday, 4,000 people had been evacuated from Varnholm.",
    ],
    [
      "de",
      "Die Zahl der Toten in Varnholm stieg am Donnerstag auf 12.",
      "Die Zahl der Toten in Varnholm stieg auf 30.",
      "Die Zahl der Toten in Varnholm stieg am Samstag auf 19. Am Sonntag waren 4.000 Menschen aus Varnholm evakuiert worden.",
    ],
  ] as const)(
    "%s: a toll of 19 on Saturday, between Thursday's 12 and Tuesday's 30, is of that Saturday",
    (lang, a, b, c) => {
      const got = conflicts([
        { ...on("thursday.md", "2031-04-10", a), lang },
        { ...on("tuesday.md", "2031-04-15", b), lang },
        { ...on("undated.md", "unknown", c), lang },
        evacuated,
      ]);
      // Its Sunday is then the 13th, when the dated article gives 6,500 evacuated.
      expect(got).toEqual([expect.stringMatching(/^info: evacuated from Varnholm, 13 Apr 2031: .*(4,000|4\.000)/u)]);
    },
  );

  it.each([
    ["two Saturdays fit", "2031-04-24", 12],
    ["no Saturday fits: the count is not a running one there", "2031-04-15", 25],
  ])("leaves it undated when %s", (_, laterDate, thursday) => {
    const got = conflicts([
      on("thursday.md", "2031-04-10", `The death toll in Varnholm rose to ${thursday} on Thursday.`),
      on("later.md", laterDate, "The death toll in Varnholm rose to 30."),
      on(
        "undated.md",
        "unknown",
        "The death toll in Varnholm reached 19 on Saturday. On Sunday, 4,000 people had been evacuated from Varnholm.",
      ),
      evacuated,
    ]);
    expect(got).toEqual([]);
  });
});

describe("an undated article dated by a figure it shares knows its week, not its day of writing", () => {
  it("leaves its figures with no time of their own undated: the feature's 65 tonnes is Thursday's, never Tuesday's", () => {
    const articles = [
      on(
        "tue.md",
        "2031-04-15",
        "On Monday, 1,800 people were evacuated from Varnholm. The operator says 40 tonnes of oil leaked.",
      ),
      on("thu.md", "2031-04-17", "The operator now says 65 tonnes of oil leaked."),
      on(
        "feature.md",
        "unknown",
        "On Monday, 1,800 people were evacuated from Varnholm. The operator says 65 tonnes of oil leaked.",
      ),
    ];
    const all = findings(articles);
    const conflicts = [...ofRule(all, "figure-conflict"), ...ofRule(all, "disputed-figure")];
    expect(conflicts.filter((f) => /leaked/u.test(f.message))).toEqual([]);
    // A rise from Tuesday's 40 to Thursday's 65, which the feature repeats.
    expect(ofRule(all, "figure-series").map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /40 tonnes \(operator; tue\.md\) → 17 Apr 2031: 65 tonnes \(operator; feature\.md, thu\.md/u,
      ),
    );
  });
});

// duplicate-claim: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { WIRE, WIRE_REWRITTEN } from "../stories.js";
import { duplicateClaim } from "../../../src/rules/rules/duplicate-claim.js";

testRule(duplicateClaim, {
  valid: [
    {
      name: "leaves alone a figure that stands once",
      articles: [A("a.md", "Some 300,000 reservists will be called up.")],
    },
    {
      name: "'nearly 300,000' (below it) does not repeat '300,000'",
      articles: [
        A("a.md", "Nearly 300,000 reservists will be called up.", { outlet: "X" }),
        A("b.md", "300,000 reservists are to be drafted.", { outlet: "Y" }),
      ],
    },
    {
      name: "'more than 300,000' does not repeat '300,000'",
      articles: [
        A("a.md", "More than 300,000 reservists will be called up.", { outlet: "X" }),
        A("b.md", "300,000 reservists are to be drafted.", { outlet: "Y" }),
      ],
    },
  ],
  invalid: [
    {
      name: "counts a figure repeated across outlets, at most as many sources as outlets when no one is named",
      articles: [
        A("a.md", "Some 300,000 reservists will be called up.", { outlet: "X" }),
        A("b.md", "Some 300,000 reservists are to be drafted.", { outlet: "Y" }),
      ],
      messages: ["repeated"],
      data: {
        articles: 2,
        independent: 2,
        count: "at most 2 independent sources",
        attribution: ", neither saying whose figure it is",
      },
      advice: /do not say whose figure it is/,
    },
    {
      name: "a figure and the same figure rounded ('some 300,000') are one figure repeated",
      articles: [
        A("a.md", "According to the Defence Ministry, 300,000 reservists will be called up.", { outlet: "X" }),
        A("b.md", "Some 300,000 reservists are to be drafted.", { outlet: "Y" }),
      ],
      messages: ["repeated"],
      data: { articles: 2, figure: "300,000" },
    },
    {
      name: "quotes the place that states the figure exactly",
      articles: [
        A("a.md", "Some 300,000 reservists will be called up.", { outlet: "X" }),
        A("b.md", "The ministry said 300,000 reservists are to be drafted.", { outlet: "Y" }),
      ],
      messages: ["repeated"],
      data: { articles: 2, figure: "300,000" },
    },
    {
      name: "one place of two naming no source is asked about in the singular",
      articles: [
        A("a.md", "According to the Defence Ministry, some 300,000 reservists will be called up.", { outlet: "X" }),
        A("b.md", "Some 300,000 reservists are to be drafted.", { outlet: "Y" }),
      ],
      messages: ["repeated"],
      data: { articles: 2, attribution: "; 1 of them attributes it to Defence Ministry, 1 names no source" },
      advice: /^One of the places does not say whose figure it is: find where it has it from/,
    },
    {
      name: "two stories of one outlet quoting the Defence Ministry are one source",
      articles: [
        A("a.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Ledger" }),
        A("b.md", "According to the Defence Ministry, 300,000 reservists will be drafted.", { outlet: "Ledger" }),
      ],
      messages: ["repeated"],
      data: {
        articles: 2,
        outletCount: 1,
        independent: 1,
        count: "1 original source",
        attribution: ", both attributing it to Defence Ministry",
      },
      advice: /traces back to one source.*repetition is not confirmation/,
    },
    {
      name: "outlets attributing a figure to one originator (with or without a word of its name) trace back to one source",
      articles: [
        A("a.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "X" }),
        A("b.md", "According to the Russian Defence Ministry, 300,000 reservists will be drafted.", { outlet: "Y" }),
        A("c.md", "The Defence Ministry said that 300,000 reservists would be drafted soon.", { outlet: "Z" }),
      ],
      messages: ["repeated"],
      data: {
        articles: 3,
        outletCount: 3,
        independent: 1,
        originators: "Russian Defence Ministry",
        count: "1 original source",
      },
    },
    {
      name: "one originator in another word order and spelling (Ministry of Defence / Russian Defense Ministry) is one source",
      articles: [
        A("a.md", "According to the Ministry of Defence, 300,000 reservists will be called up.", { outlet: "X" }),
        A("b.md", "The Russian Defense Ministry said that 300,000 reservists would be drafted.", { outlet: "Y" }),
      ],
      messages: ["repeated"],
      data: {
        articles: 2,
        outletCount: 2,
        independent: 1,
        originators: "Russian Defense Ministry",
        count: "1 original source",
      },
    },
    {
      name: "a shorter name that fits two originators (Defence Ministry: Russian or Ukrainian) is left alone",
      articles: [
        A("a.md", "The Russian Defence Ministry said that 300,000 reservists would be called up.", { outlet: "X" }),
        A("b.md", "The Ukrainian Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Y" }),
        A("c.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Z" }),
      ],
      messages: ["repeated"],
      data: { articles: 3, outletCount: 3, independent: 3 },
    },
    {
      name: "copies and a rewrite of one story in other outlets count once",
      articles: [
        A("a.md", WIRE.replace("the Defence Ministry said", "officials say"), { outlet: "X" }),
        A("b.md", WIRE.replace("the Defence Ministry said", "officials say"), { outlet: "Y" }),
        A("c.md", WIRE_REWRITTEN.replace("according to a statement the ministry issued", "officials said"), {
          outlet: "Z",
        }),
      ],
      // The fourth: the copies' "40 men had asked her for help" (person · ask, the fallback measure).
      messages: ["repeated", "repeated", "repeated", "repeated"],
      data: { articles: 3, outletCount: 3, independent: 1, count: "1 original source" },
    },
    {
      name: "different originators in different outlets are independent sources",
      articles: [
        A("a.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "X" }),
        A("b.md", "According to Novaya Gazeta Europe, 300,000 reservists will be drafted.", { outlet: "Y" }),
      ],
      messages: ["repeated"],
      data: { independent: 2, count: "2 original sources" },
      advice: /^Defence Ministry and Novaya Gazeta Europe give this figure independently/,
    },
    {
      name: 'sources named in two languages may be one originator: never more than "at most"',
      articles: [
        A("a.md", "Some 300,000 reservists are to be called up, the Defence Ministry said.", { outlet: "X" }),
        A("b.md", "Laut dem Verteidigungsministerium sollen etwa 300.000 Reservisten eingezogen werden.", {
          outlet: "Y",
          lang: "de",
        }),
      ],
      messages: ["repeated"],
      data: { independent: 2, count: "at most 2 independent sources" },
      advice: /may be one originator under two names/,
    },
  ],
});

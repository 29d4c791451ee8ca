// unit-mismatch: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { unitMismatch } from "../../../src/rules/rules/unit-mismatch.js";
import { OWN_REPORT_2, WIRE, WIRE_DE } from "../stories.js";

// A failed conversion in one article, and the figure alone in its translation or elsewhere.
const QUEUE_EN_PAIR = "The queue at the border stretched 15 kilometres (20 miles).";
const QUEUE_EN = "The queue at the border stretched 15 kilometres.";
const QUEUE_DE_PAIR = "Die Schlange an der Grenze war 15 Kilometer (20 Meilen) lang.";
const QUEUE_DE = "Die Schlange an der Grenze war 15 Kilometer lang.";
const withQueue = (story: string, queue: string): string => `${story}\n\n${queue}`;

testRule(unitMismatch, {
  valid: [
    {
      name: "4,000 miles beside 6,500 km passes",
      articles: [A("a.md", "They travelled 4,000 miles (6,500 km) to safety.")],
    },
    {
      name: 'about 6,900 km beside 4,000 miles passes: 6,437 km is inside what "about 6,900" allows',
      articles: [A("a.md", "They travelled about 6,900 km (4,000 miles) to safety.")],
    },
    {
      name: "a small whole number stands for what rounds to it: 14 km beside nine miles (8.7) passes",
      articles: [A("a.md", "The queue stretched 14 kilometres (nine miles) back from the crossing.")],
    },
    {
      name: "German: 14 Kilometer (neun Meilen) passes",
      articles: [A("a.md", "Die Schlange war 14 Kilometer (neun Meilen) lang.", { lang: "de" })],
    },
    {
      name: "two distances far apart in a sentence are two quantities",
      articles: [
        A(
          "a.md",
          "The first leg was 4,000 miles; after a long wait in the border town, the second leg was only 900 km.",
        ),
      ],
    },
  ],
  invalid: [
    {
      name: "the message converts the first figure into the unit of the second, as that one writes it: 250 km/h is 155 mph",
      articles: [A("a.md", "Gusts reached 250 km/h (120 mph) on the coast.")],
      messages: ["mismatch"],
      message: /^250 km\/h is 155 mph, but the text gives 120 mph/u,
    },
    {
      name: "a small converted figure keeps a decimal: 300 mm is 11.8 inches (de: 300 Millimeter sind 11,8 Zoll)",
      articles: [A("a.md", "Es fielen 300 Millimeter (20 Zoll) Regen.", { lang: "de" })],
      messages: ["mismatch"],
      message: /^300 Millimeter is 11[.,]8 Zoll, but the text gives 20 Zoll/u,
    },
    {
      name: "rounding does not stretch past the last digit: 14 km beside ten miles (8.7) is flagged",
      articles: [A("a.md", "The queue stretched 14 kilometres (ten miles) back from the crossing.")],
      messages: ["mismatch"],
    },
    {
      name: 'about 9,500 km beside 4,000 miles is flagged: 6,437 km is outside what "about 9,500" allows',
      articles: [A("a.md", "They travelled about 9,500 km (4,000 miles) to safety.")],
      messages: ["mismatch"],
    },
    {
      name: "4,000 miles beside 9,500 km is flagged",
      articles: [A("a.md", "They travelled 4,000 miles (9,500 km) to safety.")],
      messages: ["mismatch"],
      data: { percent: 32 },
    },
    {
      name: "German: 4.000 Meilen (9.500 Kilometer) is flagged",
      articles: [A("a.md", "Sie reisten 4.000 Meilen (9.500 Kilometer) weit.", { lang: "de" })],
      messages: ["mismatch"],
    },
    {
      name: "the amount set off by a comma before the pair, in a unit of another kind, is listed with it",
      articles: [
        A("a.md", "The operator now puts the oil spilled at 600 tonnes, about 4,400 barrels (250,000 gallons)."),
      ],
      messages: ["mismatch"],
      held: 3,
    },
    {
      name: "German: 600 Tonnen, rund 4.400 Barrel (250.000 Gallonen) lists the tonnes too",
      articles: [
        A(
          "a.md",
          "Der Betreiber beziffert das ausgelaufene Öl inzwischen auf 600 Tonnen, rund 4.400 Barrel (250.000 Gallonen).",
          { lang: "de" },
        ),
      ],
      messages: ["mismatch"],
      held: 3,
    },
    {
      name: "another article's figure of the quantity a failed conversion converts is listed with the pair",
      articles: [
        A("a.md", "On Monday 80 mm (5 inches) of rain fell in Orrowby.", { date: "2031-03-03" }),
        A("b.md", "About 80 mm of rain fell in Orrowby on Monday, forecasters said.", { date: "2031-03-03" }),
      ],
      messages: ["mismatch"],
      held: 3,
    },
    {
      name: "the translation's figure alone, of the failed pair's value, is listed with the pair (en)",
      articles: [
        A("a.md", withQueue(WIRE, QUEUE_EN_PAIR), { outlet: "X" }),
        A("b.md", withQueue(WIRE_DE, QUEUE_DE), { outlet: "Y", lang: "de" }),
      ],
      messages: ["mismatch"],
      held: 3,
    },
    {
      name: "German: 80 Millimeter (5 Zoll) lists the other article's 80 Millimeter",
      articles: [
        A("a.md", "Am Montag fielen in Orrowby 80 Millimeter (5 Zoll) Regen.", { date: "2031-03-03", lang: "de" }),
        A("b.md", "In Orrowby fielen am Montag rund 80 Millimeter Regen.", { date: "2031-03-03", lang: "de" }),
      ],
      messages: ["mismatch"],
      held: 3,
    },
    {
      name: "the translation's figure alone, of the failed pair's value, is listed with the pair (de)",
      articles: [
        A("a.md", withQueue(WIRE_DE, QUEUE_DE_PAIR), { outlet: "Y", lang: "de" }),
        A("b.md", withQueue(WIRE, QUEUE_EN), { outlet: "X" }),
      ],
      messages: ["mismatch"],
      held: 3,
    },
    {
      name: "the same figure in an article that is no copy or translation is not listed with the pair",
      articles: [
        A("a.md", withQueue(WIRE, QUEUE_EN_PAIR), { outlet: "X" }),
        A("b.md", withQueue(OWN_REPORT_2, "Near the crossing, cars queued for 15 kilometres."), { outlet: "Z" }),
      ],
      messages: ["mismatch"],
      held: 2,
    },
  ],
});

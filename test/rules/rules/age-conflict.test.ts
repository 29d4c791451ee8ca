// age-conflict: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { ageConflict } from "../../../src/rules/rules/age-conflict.js";

testRule(ageConflict, {
  valid: [
    {
      name: "two people named Konstantin with different ages are not a conflict",
      articles: [
        A("a.md", "Konstantin Ilin (37) fled to Georgia."),
        A("b.md", "Konstantin Petrov (42) stayed in Moscow."),
      ],
    },
    {
      name: "a first name alone is not enough to call two people one",
      articles: [A("a.md", "Konstantin (42) fled to Georgia."), A("b.md", "Konstantin (37) stayed in Moscow.")],
    },
    {
      name: "an age may grow by the years between the articles",
      articles: [
        A("a.md", "Artyom Belov (34) left in September.", { date: "2022-09-27" }),
        A("b.md", "Artyom Belov (35) is still abroad.", { date: "2023-09-30" }),
      ],
    },
  ],
  invalid: [
    {
      name: "flags one person with ages that cannot both hold a week apart",
      articles: [
        A("a.md", '"We left at night," said 34-year-old Artyom Belov.', { date: "2022-09-27" }),
        A("b.md", "Artyom Belov, 37, said he left at night.", { date: "2022-10-02" }),
      ],
      messages: ["conflict"],
      data: { a: "34", b: "37", between: "between 2022-09-27 and 2022-10-02, less than a year apart (5 days)" },
    },
    {
      name: "names the dates in order, earlier first, and the years between them",
      articles: [
        A("a.md", "Artyom Belov (37) is still abroad.", { date: "2024-03-27" }),
        A("b.md", "Artyom Belov (34) left in September.", { date: "2022-09-27" }),
      ],
      messages: ["conflict"],
      data: { a: "34", b: "37", between: "between 2022-09-27 and 2024-03-27, 1.5 years apart" },
    },
    {
      name: "transliterations of one name are one person",
      articles: [
        A("a.md", "Yevgeny Kharitonov (31) fled.", { date: "2022-09-27" }),
        A("b.md", "Jewgeni Charitonow (36) ist geflohen.", { lang: "de", date: "2022-09-28" }),
      ],
      messages: ["conflict"],
    },
  ],
});

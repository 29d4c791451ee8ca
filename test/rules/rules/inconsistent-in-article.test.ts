// inconsistent-in-article: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { inconsistentInArticle } from "../../../src/rules/rules/inconsistent-in-article.js";

testRule(inconsistentInArticle, {
  valid: [
    {
      name: "leaves alone figures that agree",
      articles: [
        A("a.md", "Some 300,000 reservists will be called up.\n\nThe 300,000 reservists must report within days."),
      ],
    },
    {
      name: "leaves alone a part and its whole in one article",
      articles: [A("a.md", "Of the 1,800 people detained, 240 women were released.")],
    },
    {
      name: "leaves alone a rate per so many people beside the count it is made from (en)",
      articles: [
        A(
          "a.md",
          "The number of suspected cases in Dorvik province rose to 332 on Tuesday, up from 212, the Health Ministry said. Eleven people have died.\n\nThat puts the rate in Dorvik at 46 cases per 100,000 inhabitants, the highest in the country.",
        ),
      ],
    },
    {
      name: "leaves alone a rate per so many people beside the count it is made from (de)",
      articles: [
        A(
          "b.md",
          "Die Zahl der Verdachtsfälle in der Provinz Dorvik stieg am Dienstag auf 332, nach 212 am Vortag, teilte das Gesundheitsministerium mit. Elf Menschen starben.\n\nDamit liegt die Rate in Dorvik bei 46 Fällen pro 100.000 Einwohner, so hoch wie nirgends im Land.",
          { lang: "de" },
        ),
      ],
    },
  ],
  invalid: [
    {
      name: "flags one article giving one quantity two figures that cannot both hold",
      articles: [
        A(
          "a.md",
          "More than 40 villages in Pskov lost men to the draft.\n\nIn all, fewer than 30 villages in Pskov saw men drafted.",
        ),
      ],
      messages: ["inconsistent"],
    },
  ],
});

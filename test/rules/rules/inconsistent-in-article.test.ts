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

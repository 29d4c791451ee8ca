// divergent-estimate: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { divergentEstimate } from "../../../src/rules/rules/divergent-estimate.js";

testRule(divergentEstimate, {
  valid: [
    {
      name: "leaves alone estimates close together",
      articles: [A("a.md", "About 200,000 men have fled."), A("b.md", "About 240,000 men have fled.")],
    },
    {
      name: "leaves alone a running count at two dates (a series, not a dispute)",
      articles: [
        A("a.md", "About 200,000 men had fled by Tuesday.", { date: "2022-09-28" }),
        A("b.md", "About 700,000 men had fled by Tuesday.", { date: "2022-10-05" }),
      ],
    },
  ],
  invalid: [
    {
      name: "flags compatible estimates far apart, once for the quantity",
      articles: [
        A("a.md", "Between 100,000 and 400,000 men have fled."),
        A("b.md", "About 350,000 men have fled."),
        A("c.md", "About 340,000 men have fled."),
      ],
      messages: ["divergent"],
      data: { ratio: "1.7×" },
    },
  ],
});

// duplicate-article: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { OWN_REPORT_1, OWN_REPORT_2, WIRE, WIRE_DE, WIRE_RETOLD, WIRE_REWRITTEN } from "../stories.js";
import { duplicateArticle } from "../../../src/rules/rules/duplicate-article.js";

testRule(duplicateArticle, {
  valid: [
    {
      name: "leaves alone two independent reports that share the official figures",
      articles: [A("a.md", OWN_REPORT_1, { outlet: "X" }), A("b.md", OWN_REPORT_2, { outlet: "Y" })],
    },
  ],
  invalid: [
    {
      name: "flags a copy in another outlet",
      articles: [A("a.md", WIRE, { outlet: "X" }), A("b.md", WIRE, { outlet: "Y" })],
      messages: ["copy"],
    },
    {
      name: "flags a translation",
      articles: [A("a.md", WIRE, { outlet: "X" }), A("b.md", WIRE_DE, { outlet: "Y", lang: "de" })],
      messages: ["translation"],
    },
    {
      name: "flags a rewrite: the same facts in the same order, in other words",
      articles: [A("a.md", WIRE, { outlet: "X" }), A("b.md", WIRE_REWRITTEN, { outlet: "Y" })],
      messages: ["rewrite"],
    },
    {
      name: "flags a rewrite that adds and moves facts, when the same people have the same ages",
      articles: [A("a.md", WIRE, { outlet: "X" }), A("b.md", WIRE_RETOLD, { outlet: "Y" })],
      messages: ["rewrite"],
    },
  ],
});

// name-variant: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { nameVariant } from "../../../src/rules/rules/name-variant.js";

testRule(nameVariant, {
  valid: [
    {
      name: "keeps surnames apart that differ in Z and S when no first name says they are one person's",
      articles: [
        A("a.md", "Zorin and Olga Zelenko spoke first."),
        A("b.md", "Sorin und Anna Selenko sprachen danach.", { lang: "de" }),
      ],
    },
    {
      name: "keeps surnames apart that differ in Z and S beside one first name in articles of one language",
      articles: [
        A("a.md", "Der Betriebsratschef Thomas Zander sprach zuerst.", { lang: "de" }),
        A("b.md", "Danach sprach der Sprecher Thomas Sander.", { lang: "de" }),
        A("c.md", "Union chief Anna Zimmer spoke first."),
        A("d.md", "Then spokeswoman Anna Simmer spoke."),
      ],
    },
    {
      name: "leaves alone different people who share a first name",
      articles: [A("a.md", "Yevgeny Kharitonov and Yevgeny Sokolov organised the buses.")],
    },
    {
      name: "a possessive is no other spelling, and a name always written with its accents is one",
      articles: [
        A("a.md", "Zürich's mayor spoke first. Later, Zürich voted."),
        A("b.md", "Russia's army and Russia's navy."),
      ],
    },
    {
      name: "a German genitive before a name is the name declined, not another spelling",
      articles: [
        A("a.md", "Der Logistikkonzern Orvika baut Stellen ab.", { lang: "de" }),
        A("b.md", "Die Zentrale des Logistikkonzerns Orvika liegt in Kessel.", { lang: "de" }),
      ],
    },
  ],
  invalid: [
    {
      name: "flags Cyrillic З written Z in English and S in German beside the same first name",
      articles: [
        A("a.md", "Mine manager Yuri Zelenko spoke."),
        A("b.md", "Bergwerksleiter Juri Selenko sprach.", { lang: "de" }),
      ],
      messages: ["variant"],
      data: { spellings: "Juri Selenko / Yuri Zelenko" },
    },
    {
      name: "an English plural in a name is another spelling, not a German genitive",
      messages: ["variant"],
      articles: [
        A("a.md", "Relatives can search the Norland Fire People Locator online."),
        A("b.md", "Relatives can search the Norland Fires People Locator online."),
      ],
    },
    {
      name: "flags one name spelled two ways across languages",
      articles: [
        A("a.md", "Yevgeny Kharitonov organised the buses."),
        A("b.md", "Jewgeni Charitonow organisierte die Busse.", { lang: "de" }),
      ],
      messages: ["variant"],
    },
    {
      name: "flags one place written with and without its ʻokina, a single word against a word of a name",
      articles: [
        A("a.md", "The shelters in Maui County, Hawaiʻi, were full."),
        A("b.md", "Hawaii Public Radio said 40 people were missing."),
      ],
      messages: ["variant"],
      data: { spellings: "Hawaii / Hawaiʻi" },
    },
    {
      name: "a title before a name is no part of its spelling; a German genitive s is the same name",
      articles: [
        A("a.md", "Foreign Minister Edgars Rinkevics spoke."),
        A("b.md", "Edgars Rinkēvičs said no."),
        A("c.md", "Wladimir Putins Befehl kam am Morgen.", { lang: "de" }),
        A("d.md", "Vladimir Putin spoke."),
      ],
      messages: ["variant", "variant"],
    },
  ],
});

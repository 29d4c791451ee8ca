// A figure's kind comes from its unit's dimension in grammar/lexicon/units.yaml, the same whether
// it was extracted from an article or added by hand: "300 MWh" is a measure either way (it was a
// number when added by hand, before units.yaml held the kinds).
import { describe, expect, it } from "vitest";
import { loadClaimsText } from "../../src/claims/load.js";
import { extract } from "../../src/extract/extract.js";
import { availableLanguages, getDimensions, getUnits, readLexiconFile } from "../../src/language/lexicon.js";

const handAdded = (
  value: string,
  unit: string,
  lang: string,
): ReturnType<typeof loadClaimsText>["claims"][number] | undefined =>
  loadClaimsText(
    "f.yaml",
    `source:\n  name: Desk\nlang: ${lang}\nclaims:\n  - id: a\n    value: ${value}\n    unit: "${unit}"\n`,
  ).claims[0];

describe("the kind of a figure with a unit", () => {
  it("is a measure for 300 MWh, extracted or added by hand", () => {
    const [extracted] = extract({ path: "a.md", text: "The plant made 300 MWh last year.", lang: "en" });
    expect(extracted).toMatchObject({ kind: "measure", value: 300000, unit: "kWh" });
    expect(handAdded("300", "MWh", "en")).toMatchObject({ kind: "measure", value: 300000, unit: "kWh" });
  });

  it.each(availableLanguages())(
    "is the same extracted and added by hand, for every unit word of the lexicon (%s)",
    (lang) => {
      let compared = 0;
      for (const [word, id] of Object.entries(readLexiconFile(lang).units)) {
        const extracted = extract({ path: "a.md", text: `Es waren 300 ${word}. It was 300 ${word}.`, lang }).find(
          (c) => c.unitText === word,
        );
        if (!extracted || extracted.kind === "age") continue;
        const added = handAdded("300", word, lang);
        expect(added?.kind, `${lang}: 300 ${word} (${id})`).toBe(extracted.kind);
        expect(added?.kind).toBe(getDimensions().get(getUnits().get(id)!.dimension)!.kind);
        compared++;
      }
      expect(compared).toBeGreaterThan(40);
    },
  );

  it("is given for every dimension of units.yaml", () => {
    for (const d of getDimensions().values())
      expect(["count", "measure", "percent", "age", "date", "duration", "money", "number"]).toContain(d.kind);
    for (const u of getUnits().values()) expect(u.kind).toBe(getDimensions().get(u.dimension)!.kind);
  });
});

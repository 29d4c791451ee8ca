// The build's snapshot of the countries' names (scripts/compile-schemas.mjs) must be what Intl gives
// on this Node: places are keyed from the snapshot in place of computing them.
import { describe, expect, it } from "vitest";
import { computeCountryNames, fold } from "../../src/language/country-data.js";
import { COUNTRY_SNAPSHOT } from "../../src/language/generated/country-names.js";
import { availableLanguages, getLexicon } from "../../src/language/lexicon.js";
import { placeKey } from "../../src/extract/places.js";

describe("country names", () => {
  it("are read from the snapshot, equal to the names Intl gives on this Node for the lexicons' languages", () => {
    expect(COUNTRY_SNAPSHOT.cldr).toBe(process.versions.cldr);
    expect(COUNTRY_SNAPSHOT.languages).toBe(JSON.stringify(availableLanguages()));
    expect(COUNTRY_SNAPSHOT.entries).toEqual(computeCountryNames(availableLanguages()));
  });

  // name as written → key, in each language's text
  const keys: Array<[string, string, string]> = [
    ["en", "Georgia", "country:GE"],
    ["de", "Georgien", "country:GE"],
    ["en", "Germany’s", "country:DE"],
    ["de", "Österreich", "country:AT"],
    ["en", "U.S.", "country:US"],
    ["de", "München", placeKey("Munich", getLexicon("en"))],
  ];
  for (const [lang, name, key] of keys) {
    it(`key "${name}" (${lang}) as ${key}`, () => {
      expect(placeKey(name, getLexicon(lang))).toBe(key);
    });
  }

  it("fold lower-cases and drops accents and possessives", () => {
    expect(fold("München")).toBe("munchen");
    expect(fold("Côte d’Ivoire’s")).toBe("cote divoire");
  });
});

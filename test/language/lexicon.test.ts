// Every language's lexicon has every key the grammar needs, with the same shape, so that no
// language silently lags another (chrono-node's German did).
import { describe, expect, it } from "vitest";
import {
  availableLanguages,
  getMeasures,
  getUnits,
  lookupUnit,
  readLexiconFile,
  type LexiconFile,
} from "../../src/language/lexicon.js";

const langs = availableLanguages();

/** Key paths of an object, two levels deep (lists and maps of words are leaves). */
function shape(x: LexiconFile): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(x)) {
    if (
      v &&
      typeof v === "object" &&
      !Array.isArray(v) &&
      ["numbers", "vague", "ages", "dates", "attribution", "ranges", "digits", "writing", "labels"].includes(k)
    ) {
      for (const sub of Object.keys(v)) out.push(`${k}.${sub}`);
    } else out.push(k);
  }
  return out.filter((p) => p !== "numbers.compounds").sort();
}

describe("lexicons", () => {
  it("exist for English and German", () => {
    expect(langs).toEqual(expect.arrayContaining(["de", "en"]));
  });

  it.each(langs)("%s has every key the English lexicon has, and no other", (lang) => {
    expect(shape(readLexiconFile(lang))).toEqual(shape(readLexiconFile("en")));
  });

  it.each(langs)(
    "%s names the same measures, sources, populations and count units as English, every measure one of measures.yaml",
    (lang) => {
      const en = readLexiconFile("en");
      const other = readLexiconFile(lang);
      expect(Object.keys(other.measures).sort()).toEqual(Object.keys(en.measures).sort());
      expect(Object.keys(other.frame.sources).sort()).toEqual(Object.keys(en.frame.sources).sort());
      expect(Object.keys(other.frame.populations).sort()).toEqual(Object.keys(en.frame.populations).sort());
      expect(Object.keys(other.nouns).sort()).toEqual(Object.keys(en.nouns).sort());
      expect(Object.keys(other.measures).filter((m) => !getMeasures().has(m))).toEqual([]);
    },
  );

  it("names in measures.yaml only dimensions of units.yaml, each for one measure, and differences of measures it has", () => {
    const dimensions = new Set([...getUnits().values()].map((u) => u.dimension));
    const defs = [...getMeasures().values()];
    const named = defs.flatMap((d) => (d.dimension ? [d.dimension] : []));
    expect(named.filter((d) => !dimensions.has(d))).toEqual([]);
    expect(new Set(named).size).toBe(named.length);
    expect(named).toContain("temperature");
    const differences = defs.flatMap((d) => (d.differenceOf ? [d.differenceOf] : []));
    expect(differences.filter((d) => !getMeasures().has(d))).toEqual([]);
  });

  it.each(langs)("%s maps every unit form to a unit in units.yaml", (lang) => {
    const units = getUnits();
    const unknown = Object.entries(readLexiconFile(lang).units).filter(([, id]) => !units.has(id));
    expect(unknown).toEqual([]);
  });

  it.each(langs)("%s maps every currency to an ISO 4217 code", (lang) => {
    // A subunit is written as a part of its currency: "USD/100".
    const bad = Object.entries(readLexiconFile(lang).currencies).filter(
      ([, code]) =>
        !/^[A-Z]{3}(?:\/[1-9][0-9]*)?$/.test(code) || !Intl.supportedValuesOf("currency").includes(code.slice(0, 3)),
    );
    expect(bad).toEqual([]);
  });

  // A unit written by hand is looked up in its claims file's language first. Where two lexicons
  // share a word ("km", "Euro"), both must mean the same by it, or a claims file's language
  // would change what its units mean; a new language that breaks this must say so here.
  it("unit words that several lexicons share mean the same in each", () => {
    const written = new Set(
      langs.flatMap((l) => {
        const f = readLexiconFile(l);
        return [...Object.keys(f.units), ...Object.keys(f.currencies)];
      }),
    );
    const shared = [...written].filter(
      (w) =>
        langs.filter((l) => {
          const f = readLexiconFile(l);
          return w in f.units || w in f.currencies;
        }).length > 1,
    );
    expect(shared.length).toBeGreaterThan(10);
    const differ = shared.filter((w) => new Set(langs.map((l) => JSON.stringify(lookupUnit(w, l)))).size > 1);
    expect(differ).toEqual([]);
  });

  it("finds a unit in another language's lexicon when the file's own has no such word", () => {
    expect(lookupUnit("Kilometer", "en")).toEqual({ unit: "km" });
    expect(lookupUnit("miles", "de")).toEqual(lookupUnit("miles", "en"));
    expect(lookupUnit("furlongs", "en")).toBeUndefined();
  });

  it.each(langs)("%s has every number word from one to ninety", (lang) => {
    const values = new Set(Object.values(readLexiconFile(lang).numbers.words));
    for (const v of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90])
      expect(values.has(v), String(v)).toBe(true);
  });
});

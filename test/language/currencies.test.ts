// The build's snapshot of the currency forms (scripts/compile-schemas.mjs) must be what Intl gives
// on this Node: the run reads the snapshot in place of computing them.
import { describe, expect, it } from "vitest";
import { currencyForms } from "../../src/language/currencies.js";
import { computeCurrencyForms } from "../../src/language/currency-data.js";
import { CURRENCY_SNAPSHOT } from "../../src/language/generated/currency-forms.js";
import { availableLanguages, readLexiconFile } from "../../src/language/lexicon.js";

describe("currency forms", () => {
  for (const lang of availableLanguages()) {
    const nameForms = readLexiconFile(lang).writing.currencyNameForms ?? [];
    it(`reads the snapshot of ${lang}, equal to the forms Intl gives on this Node`, () => {
      expect(CURRENCY_SNAPSHOT.cldr).toBe(process.versions.cldr);
      expect(CURRENCY_SNAPSHOT.forms[lang]?.key).toBe(JSON.stringify([availableLanguages(), nameForms]));
      const computed = computeCurrencyForms(lang, availableLanguages(), nameForms);
      const snapshot = CURRENCY_SNAPSHOT.forms[lang]!.entries.map(([k, currency, code]) => [
        k,
        { currency, code: code === 1 },
      ]);
      expect(snapshot).toEqual([...computed]);
      expect([...currencyForms(lang, availableLanguages(), nameForms)]).toEqual([...computed]);
      expect(computed.get("usd")).toEqual({ currency: "USD", code: true });
      expect(computed.get("€")).toEqual({ currency: "EUR", code: false });
    });
  }
});

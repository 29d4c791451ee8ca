// Every country's name in a language, from the CLDR data that Node's Intl carries
// (Intl.DisplayNames): the build snapshots it (scripts/compile-schemas.mjs writes
// src/language/generated/country-names.ts) and src/extract/places.ts reads the snapshot while it
// was taken with the same CLDR version and the same languages.

/** Lower case without accents and possessives: "München" → "munchen", "Germany’s" → "germany". */
export function fold(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/['’ʻ]s$/u, "")
    .replace(/[ʻ'’]/gu, "")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}

/** The current code of a region code: CLDR maps aliases and former codes ("UK" → "GB", "SU" → "RU"). */
function currentRegion(code: string): string {
  return Intl.getCanonicalLocales(`und-${code}`)[0]!.slice(4);
}

/**
 * Every country's name in each of the languages, folded, with its ISO 3166 code, in the order
 * found (a later name of the same fold wins, as in a Map). Loading ICU's region names for this
 * took a twentieth of a small check's time: hence the build's snapshot.
 */
export function computeCountryNames(languages: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const A = 65;
  for (const lang of languages) {
    const names = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    for (let a = 0; a < 26; a++) {
      for (let b = 0; b < 26; b++) {
        const code = String.fromCharCode(A + a, A + b);
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        // An old or alias code names its country under the current one: "UK" is "GB", "DD" is "DE".
        if (name && name !== code) out.push([fold(name), currentRegion(code)]);
      }
    }
  }
  return out;
}

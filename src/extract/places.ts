// Place keys: the same in every language, so that "München" meets "Munich" and "Georgien"
// meets "Georgia". Countries come from CLDR through Intl.DisplayNames in every lexicon's
// language (key "country:GE"); other names from the lexicons' frame.placeNames, else the name
// folded to lower case without accents (fold, in src/language/country-data.ts). German adjectives of places ("Hamburger") lose their
// ending when that leaves a place the article could name.
import { computeCountryNames, fold } from "../language/country-data.js";
import { COUNTRY_SNAPSHOT } from "../language/generated/country-names.js";
import { availableLanguages, placeNamesOf, type Lexicon } from "../language/lexicon.js";
import { keptOrMade } from "../base/memo.js";

let countries: Map<string, string> | undefined;

/** Every country's name in every lexicon language, folded, to its ISO 3166 code: the build's snapshot where it holds. */
function countryNames(): Map<string, string> {
  if (countries) return countries;
  const languages = availableLanguages();
  const snapshotHolds =
    COUNTRY_SNAPSHOT.cldr === (process.versions.cldr ?? "") && COUNTRY_SNAPSHOT.languages === JSON.stringify(languages);
  countries = new Map(snapshotHolds ? COUNTRY_SNAPSHOT.entries : computeCountryNames(languages));
  return countries;
}

/** Letters a name keeps before an ending that is read ("Asien" is too short a stem to say). */
const MIN_STEM = 4;

/** Keys already made, by lexicon: a text names its places again and again. Started over past MAX_KEPT. */
const keys = new WeakMap<Lexicon, Map<string, string>>();
const MAX_KEPT = 50_000;

/** The language-independent key of a place as written. */
export function placeKey(name: string, lexicon: Lexicon): string {
  return keptOrMade(keys, lexicon, name, MAX_KEPT, () => placeKeyOf(name, lexicon));
}

function placeKeyOf(name: string, lexicon: Lexicon): string {
  // "U.S." is looked up as "us", as the lexicons list initialisms.
  const lower = /^(?:\p{Lu}\.)+\p{Lu}\.?$/u.test(name)
    ? name.replace(/\./gu, "").toLowerCase()
    : name.toLowerCase().replace(/['’]s$/u, "");
  const known = lexicon.placeNames.get(lower);
  if (known) return keyOfName(known);
  const direct = keyOfName(name);
  if (direct.startsWith("country:")) return direct;
  // "Arken Highlands": the kind of region after the name is no part of its key.
  const words = name.split(" ");
  if (words.length > 1 && lexicon.regionNouns.has(words.at(-1)!.toLowerCase()))
    return placeKey(words.slice(0, -1).join(" "), lexicon);
  // "Talvenien" is Talvenia: a name no list knows, written with this language's ending.
  for (const [written, asKey] of lexicon.placeNameEndings)
    if (lower.length >= written.length + MIN_STEM && lower.endsWith(written))
      return keyOfName(lower.slice(0, -written.length) + asKey);
  for (const end of lexicon.placeAdjectiveEndings) {
    if (lower.length > end.length + 2 && lower.endsWith(end)) {
      const stem = lower.slice(0, -end.length);
      const viaName = lexicon.placeNames.get(stem);
      return viaName ? keyOfName(viaName) : keyOfName(stem);
    }
  }
  return direct;
}

function keyOfName(name: string): string {
  const folded = fold(name);
  const code = countryNames().get(folded);
  if (code) return `country:${code}`;
  // A name another language's lexicon knows: "Munich" in an English text, "münchen" in German.
  for (const lang of availableLanguages()) {
    const known = placeNamesOf(lang).get(folded);
    if (known && fold(known) !== folded) return keyOfName(known);
  }
  return folded;
}

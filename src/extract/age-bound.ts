// An age bound after people: "people over 75", "children under five", "Menschen über 80". The
// number bounds their age and counts no one; "Kinder unter 12 Jahren" says it in years, these
// leave the years out.
import type { Lexicon } from "../language/lexicon.js";
import type { QuantityNode } from "./grammar-support.js";
import { normaliseQuantity } from "./normalise.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { Token } from "./tagger.js";

/** Bounds that limit an age from one side ("over", "under", "at least"); "up to" is a sentence's length. */
const AGE_BOUNDS = new Set(["more-than", "less-than", "at-least"]);
/** The oldest age a bound names. */
const OLDEST = 120;

/**
 * Whether a figure is an age bound: a bare whole number of at most 120 with a bound of one side,
 * straight after a noun of people of the lexicon, and nothing it counts or measures after it
 * ("people over 75 to stay indoors"; not "people over 75 km away", nor "up to 75 people").
 */
export function isAgeBound(tokens: readonly Token[], m: PhraseMatch, node: QuantityNode, lexicon: Lexicon): boolean {
  if (node.unit || node.counted || node.per || node.age) return false;
  const n = normaliseQuantity(node);
  const v = n.value ?? -1;
  if (n.kind !== "number" || !AGE_BOUNDS.has(n.qualifier) || !Number.isInteger(v) || v < 1 || v > OLDEST) return false;
  const before = tokens[m.first - 1];
  if (before?.info.nounUnit !== "person" || !before.cats.includes("noun")) return false;
  const next = tokens[m.last];
  const counts = next?.cats.some((c) => c === "noun" || c === "unit" || c === "population") === true;
  // German capitalises nouns: a capital after the number is what it counts.
  return !counts && !(lexicon.capitalisedNouns && next?.raw === "word" && next.cap);
}

// The measure a figure's unit names. A temperature, a power or an energy says by its unit what it
// measures, so it needs no measure word ("Kaldor reached 38 degrees"); words of other measures
// around it report it ("temperatures peaked at 44 °C" is no water level) and are passed over.
import type { Clause } from "./clause.js";
import type { QuantityNode } from "./grammar-support.js";
import { measureOfDimension } from "../language/lexicon.js";
import { normaliseQuantity } from "./normalise.js";
import type { Token } from "./tagger.js";

export interface FoundMeasure {
  measure: string | null;
  inferred: boolean;
  expected: boolean;
  revision: boolean;
}

/**
 * The measure of a figure whose unit's dimension names one (measures.yaml `dimension:`), or
 * undefined. Of a state the weather or a grid is in (`forecast:`), a figure in a clause of what
 * will or could be is a forecast ("could reach 45 degrees", "könnte 40 Grad erreichen"), never a
 * reading, as is one its clause says is expected ("expects a peak of 43 °C").
 */
export function measureOfUnit(
  node: QuantityNode,
  tokens: readonly Token[],
  clause: Clause,
  found: FoundMeasure,
): FoundMeasure | undefined {
  const def = measureOfDimension(normaliseQuantity(node).dimension);
  if (!def) return undefined;
  const future = def.forecast && tokens.slice(clause.first, clause.last).some((t) => t.cats.includes("future"));
  return { measure: def.id, inferred: false, expected: found.expected || future, revision: found.revision };
}

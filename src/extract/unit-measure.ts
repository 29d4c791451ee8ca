// The measure a figure's unit names. A temperature, a power or an energy says by its unit what it
// measures, so it needs no measure word ("Kaldor reached 38 degrees"); words of other measures
// around it report it ("temperatures peaked at 44 °C" is no water level) and are passed over.
import type { Clause, FoundMeasure } from "./clause.js";
import type { QuantityNode } from "./grammar-support.js";
import { getMeasures, measureOfDimension } from "../language/lexicon.js";
import { normaliseQuantity } from "./normalise.js";
import type { Token } from "./tagger.js";

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
  at: { first: number; last: number },
): FoundMeasure | undefined {
  const def = measureOfDimension(normaliseQuantity(node).dimension);
  if (!def) return undefined;
  return {
    measure: def.id,
    inferred: false,
    expected: found.expected || isForecast(def.id, tokens, clause, at, node.qualifier === "at-most"),
    revision: found.revision,
  };
}

/**
 * Whether a figure of `measure` is a forecast by its clause: the measure is one forecasters
 * predict (`forecast:` in measures.yaml: the weather, a grid, a toll, cases) and the clause says
 * what will or could be ("could reach 45 degrees", "the toll could rise to 150", "könnte auf 150
 * steigen"). A plan is no forecast: "up to a million could be called up" states one. The word of
 * the future must be the tense nearest before the figure, and no perfect follow it: "has cost 35
 * million euros and could cost up to 80 million" forecasts the 80 alone; "soll … 80 Millionen Euro
 * gekostet haben" and "have cost 80 million euros so far" forecast nothing. A modal of what may be
 * (frame.possibility) is such a word before an upper bound, how far it may go ("may cost up to 40
 * million euros", "könne bis zu 40 Millionen Euro kosten"; in small letters: "In May" is a month), and
 * no tense elsewhere ("can hold 2,000").
 */
export function isForecast(
  measure: string | null,
  tokens: readonly Token[],
  clause: Clause,
  at: { first: number; last: number },
  upperBound = false,
): boolean {
  if (!measure || getMeasures().get(measure)?.forecast !== true) return false;
  const tense = (t: Token): "future" | "done" | null =>
    t.cats.includes("future") || (upperBound && t.cats.includes("possibility") && t.text === t.key)
      ? "future"
      : t.cats.includes("perfect") || t.cats.includes("now")
        ? "done"
        : null;
  let before: "future" | "done" | null = null;
  for (let k = at.first - 1; k >= clause.first && !before; k--) before = tense(tokens[k]!);
  if (before !== "future") return false;
  for (let k = at.last; k < clause.last; k++) {
    const after = tense(tokens[k]!);
    if (after) return after === "future";
  }
  return true;
}

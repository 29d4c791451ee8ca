// Animals killed are no human toll: "about 14,000 fish had been found dead", "the number of dead
// fish has reached 40,000", "rund 14.000 tote Fische" are a count of dead animals, never deaths.
import { measureDerivedFrom } from "../language/lexicon.js";
import type { Clause, FoundMeasure } from "./clause.js";
import type { Token } from "./tagger.js";

/**
 * The measure of a figure of animals: a measure that has one of animals (measures.yaml
 * `animalsOf`: deaths → animals-killed) becomes it when the figure's counted noun is an animal
 * (a noun of one of its `nounUnits`),
 * or when, in its clause, a word of that measure stands right beside an animal noun ("dead fish",
 * "tote Fische", "Fische starben"): the word qualifies the animals, not people.
 */
export function measureOfAnimals(
  found: FoundMeasure,
  tokens: readonly Token[],
  noun: Token | undefined,
  clause: Clause,
): FoundMeasure {
  if (!found.measure || noun?.info.nounUnit === "person") return found;
  const animals = measureDerivedFrom(found.measure, "animalsOf");
  if (!animals) return found;
  const isAnimal = (t: Token | undefined): boolean =>
    t?.cats.includes("noun") === true && animals.nounUnits.includes(t.info.nounUnit ?? "");
  if (isAnimal(noun)) return { ...found, measure: animals.id };
  for (let k = clause.first; k < clause.last; k++) {
    if (tokens[k]!.info.measure !== found.measure) continue;
    if (isAnimal(tokens[k - 1]) || isAnimal(tokens[k + 1])) return { ...found, measure: animals.id };
  }
  return found;
}

/** The measure of animals a measure has (deaths → animals-killed) where `unit` counts animals of it; else the measure. */
export function measureOfAnimalUnit(measure: string | null, unit: string | null): string | null {
  const animals = measure ? measureDerivedFrom(measure, "animalsOf") : undefined;
  return animals && unit && animals.nounUnits.includes(unit) ? animals.id : measure;
}

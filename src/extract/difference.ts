// A figure stated as a difference: "430 more people died across the country than in an ordinary
// week", "430 Menschen mehr gestorben als üblich". It is no point of the count it is taken from:
// excess deaths are another quantity than the deaths toll. Nor is a change: "rose by 12 to 93".
import { measureDerivedFrom, type Lexicon } from "../language/lexicon.js";
import type { Clause, FoundMeasure } from "./clause.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { Token } from "./tagger.js";

/**
 * Whether a figure is a difference: a word of the lexicon's `difference` right after it or after
 * its counted noun ("430 more people", "430 Menschen mehr"), and a word of `than` after that in
 * its clause. "More than 1,100" before a figure bounds it and is none.
 */
export function isDifference(
  tokens: readonly Token[],
  m: PhraseMatch,
  noun: Token | undefined,
  clause: Clause,
  lexicon: Lexicon,
): boolean {
  const words = (t: Token | undefined): string[] => (t ? t.key.split(" ") : []);
  const says = (t: Token | undefined, set: Set<string>): boolean => words(t).some((w) => set.has(w));
  const afterNoun = noun ? tokens.indexOf(noun, m.last) + 1 : 0;
  for (const k of [m.last, afterNoun]) {
    const t = tokens[k];
    if (k <= 0 || !t || !lexicon.differenceWords.has(words(t)[0]!)) continue;
    if (says(t, lexicon.thanWords)) return true;
    for (let j = k + 1; j < clause.last; j++) if (says(tokens[j], lexicon.thanWords)) return true;
  }
  return false;
}

/**
 * Whether a figure is a change of a count, not a count: a word of ranges.changeBy straight before
 * it and, in its clause, a verb of change (ranges.changeVerbs, one token category) or of a margin
 * (frame.marginVerbs): "the toll rose by 12 to 93", "won by 3,000 votes", "stieg um 12 auf 93",
 * "ist um 300 gesunken". "Attacked by 30 men" and "es ging um 300 Arbeitsplätze" name no change.
 */
export function isChange(tokens: readonly Token[], m: PhraseMatch, clause: Clause, lexicon: Lexicon): boolean {
  const before = tokens[m.first - 1];
  if (m.first <= clause.first || !before?.cats.includes("changeBy")) return false;
  for (let k = clause.first; k < clause.last; k++) {
    const t = tokens[k]!;
    if (t.cats.includes("changeVerb") || lexicon.marginVerbs.has(t.key)) return true;
  }
  return false;
}

/**
 * The measure of a figure taken as a difference: stated as one (`isDifference`), or counted
 * where its clause names the difference ("schätzen die Übersterblichkeit auf 1.240 Todesfälle":
 * the deaths are excess deaths). The difference of a measure is the measure of measures.yaml
 * whose `differenceOf` it is (deaths above the usual are `excess-deaths`); a stated difference of
 * a measure that has none measures nothing, never a point of the count it is taken from.
 */
export function measureAsDifference(
  found: FoundMeasure,
  tokens: readonly Token[],
  m: PhraseMatch,
  noun: Token | undefined,
  clause: Clause,
  lexicon: Lexicon,
): FoundMeasure {
  if (!found.measure) return found;
  const excess = measureDerivedFrom(found.measure, "differenceOf")?.id ?? null;
  if (isDifference(tokens, m, noun, clause, lexicon)) return { ...found, measure: excess };
  const named = tokens.slice(clause.first, clause.last).some((t) => excess && t.info.measure === excess);
  return named ? { ...found, measure: excess } : found;
}

/**
 * The measure of a margin a verb of winning gives ("won by 3,000 votes", "mit 3.000 Stimmen
 * gewonnen" after "um"): the difference of what its noun counts (measures.yaml `differenceOf`:
 * votes → vote-margin), a quantity of its own; null where the clause's change is no win ("rose by
 * 12") or its noun's measure has no difference.
 */
export function marginMeasure(
  tokens: readonly Token[],
  clause: Clause,
  noun: Token | undefined,
  lexicon: Lexicon,
): string | null {
  const counted = noun?.info.measure;
  if (!counted || !tokens.slice(clause.first, clause.last).some((t) => lexicon.marginVerbs.has(t.key))) return null;
  return measureDerivedFrom(counted, "differenceOf")?.id ?? null;
}

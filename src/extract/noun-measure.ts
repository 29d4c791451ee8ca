// A figure's own noun decides what its measure can be (issue 13, "What is counted"): "two
// hospitals", "three districts", "40 villages" are no deaths and no one called up, whatever
// measure word their clause holds (measures.yaml `nounUnits`). Such a count keeps what its
// clause says happened as a fallback of its noun and that measure: "More than 40 villages lost
// men to the draft" and "fewer than 30 villages saw men drafted" are both villages · called up,
// never the men drafted.
import {
  getMeasures,
  type MeasureDef,
  measureDerivedFrom,
  predicateMeasureId,
  SHARED_VERB_LANGUAGE,
} from "../language/lexicon.js";
import type { Clause } from "./clause.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { Token } from "./tagger.js";

/**
 * Whether a measure counts what a noun of `unit` is (measures.yaml `nounUnits`): "two hospitals",
 * "three districts" are no deaths; dead fish are, as animals killed. A noun no unit knows is not held back.
 */
export function countsUnit(def: MeasureDef, unit: string | undefined): boolean {
  if (!unit || def.nounUnits.length === 0 || def.nounUnits.includes(unit)) return true;
  return measureDerivedFrom(def.id, "animalsOf")?.nounUnits.includes(unit) === true;
}

/**
 * The fallback measure of a count of things whose clause holds a measure word that does not count
 * them: "predicate:any:<unit>:<measure>" for the nearest such word ("40 villages lost men to the
 * draft": predicate:any:city:conscripted); null where there is none. A measure word that is itself
 * a counted noun ("victims", "Opfer") counts those, and says nothing of the things.
 */
export function measureOfOtherNoun(
  tokens: readonly Token[],
  clause: Clause,
  m: PhraseMatch,
  noun: Token,
  phrases: readonly PhraseMatch[],
): string | null {
  const unit = noun.info.nounUnit;
  if (!unit || unit === "person") return null;
  // Only up to the figures beside it: a measure word past another figure is that one's ("the toll was
  // corrected from 12 to 11 because one victim had been counted twice by two hospitals"), and so is
  // the verb straight before one ("Floods reached 12 towns and damaged 300 homes").
  let [first, last] = [clause.first, clause.last];
  for (const p of phrases) {
    if (p === m || p.node.type !== "quantity") continue;
    if (p.last <= m.first) first = Math.max(first, p.last);
    else if (p.first >= m.last) last = Math.min(last, p.first - 1);
  }
  let found: string | null = null;
  let distance = Infinity;
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if ((k >= m.first && k < m.last) || t === noun || !t.cats.includes("measure")) continue;
    if (t.cats.includes("noun") || t.cats.includes("population")) continue;
    const def = getMeasures().get(t.info.measure ?? "");
    // Things never move as people do: "300 cars left the town" measures nothing (docs/claims.md).
    if (!def || def.movement || countsUnit(def, unit)) continue;
    const d = k < m.first ? m.first - k : k - m.last + 1;
    if (d < distance) [found, distance] = [def.id, d];
  }
  return found ? predicateMeasureId(SHARED_VERB_LANGUAGE, unit, found) : null;
}

// The ClaimStore: every claim, extracted and hand-added, indexed so that rules never loop over
// all pairs: by comparison key (measure + kind of unit), by person (surname key) and by article.
import { MULTIPLE_DIMENSION, type Claim } from "../model/claim.js";
import { getMeasures } from "../language/lexicon.js";
import { nameKeyParts } from "../language/name-key.js";

import type { NameMention } from "../extract/extract.js";
export type { NameMention };

/** Count units of the lexicons kept apart from counts of people: 100 places are not 100 people. */
const COUNTED_APART = new Set(["count:city", "count:vehicle", "count:flight", "count:ship"]);

let animalDimensions: ReadonlySet<string> | undefined;
/**
 * Counts of animals, each kind apart (the noun units of measures.yaml's measures of animals): oiled
 * birds found are no seals found, and neither are people.
 */
function isAnimalCount(dimension: string | null): boolean {
  animalDimensions ??= new Set(
    [...getMeasures().values()].filter((m) => m.animalsOf).flatMap((m) => m.nounUnits.map((u) => `count:${u}`)),
  );
  return dimension !== null && animalDimensions.has(dimension);
}

/** A count per so many of something ("46 cases per 100,000 inhabitants": count:case/100000) is a rate, no count. */
const isRate = (dimension: string | null): boolean => dimension?.includes("/") === true;

/**
 * What two claims must share to be compared at all: the measure and the kind of unit (counts of
 * anything, and bare numbers whose noun is left out, are one kind); null when the claim has no
 * measure. Place, population and period are compared within a key (src/rules/quantities.ts).
 */
export function comparisonKey(c: Claim): string | null {
  if (!c.measure || c.kind === "date" || c.kind === "age") return null;
  // People counted under any noun, and bare numbers, are one kind; cities, vehicles, flights,
  // and each rate per so many, another each.
  // Animals are counted apart under a measure of anything (found, rescued); a measure of animals
  // (animals killed) says what it counts, and its bare numbers ("the number of dead fish") meet them.
  const animals = isAnimalCount(c.dimension) && !getMeasures().get(c.measure)?.animalsOf;
  const apart = COUNTED_APART.has(c.dimension ?? "") || isRate(c.dimension) || animals;
  // A multiple ("four times as many") is a ratio to another figure, never a count.
  const bare = c.kind === "number" && c.dimension !== MULTIPLE_DIMENSION;
  const dimension = bare || (c.kind === "count" && !apart) ? "count" : c.dimension;
  if (!dimension) return null;
  return `${c.measure}|${dimension}`;
}

/** The key a person is filed under: the surname's transliteration key. */
export function personKey(name: string): string | null {
  const parts = nameKeyParts(name);
  return parts.length ? parts[parts.length - 1]! : null;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

export class ClaimStore {
  /** Claims the rules read: everything but claims a correction ignored. */
  readonly claims: readonly Claim[];
  /** Claims marked wrong or irrelevant by hand. */
  readonly ignored: readonly Claim[];
  private readonly keyIndex = new Map<string, Claim[]>();
  private readonly personIndex = new Map<string, Claim[]>();
  private readonly articleIndex = new Map<string, Claim[]>();
  private readonly nameIndex = new Map<string, NameMention[]>();
  /** Made on the first look-up by id: no rule needs it, and at 100,000 articles it was a million entries. */
  private byIdIndex: Map<string, Claim> | undefined;
  private readonly all: readonly Claim[];

  constructor(
    all: readonly Claim[],
    readonly names: readonly NameMention[] = [],
  ) {
    this.all = all;
    this.claims = all.filter((c) => !c.correction?.ignored);
    this.ignored = all.filter((c) => c.correction?.ignored);
    for (const c of this.claims) {
      const key = comparisonKey(c);
      if (key) push(this.keyIndex, key, c);
      if (c.entity) {
        const p = personKey(c.entity);
        if (p) push(this.personIndex, p, c);
      }
      push(this.articleIndex, c.article ?? "", c);
    }
    for (const n of names) {
      const p = personKey(n.text);
      if (p) push(this.nameIndex, p, n);
    }
  }

  byId(id: string): Claim | undefined {
    this.byIdIndex ??= new Map(this.all.map((c) => [c.id, c]));
    return this.byIdIndex.get(id);
  }

  /** Comparison keys with at least `min` claims, sorted. */
  comparisonKeys(min = 1): string[] {
    return [...this.keyIndex]
      .filter(([, v]) => v.length >= min)
      .map(([k]) => k)
      .sort();
  }

  byComparisonKey(key: string): readonly Claim[] {
    return this.keyIndex.get(key) ?? [];
  }

  /** Person keys (surname keys) of claims that name a person, sorted. */
  personKeys(): string[] {
    return [...this.personIndex.keys()].sort();
  }

  byPerson(key: string): readonly Claim[] {
    return this.personIndex.get(key) ?? [];
  }

  /** Surname keys of every name mention, sorted. */
  nameKeys(): string[] {
    return [...this.nameIndex.keys()].sort();
  }

  namesByKey(key: string): readonly NameMention[] {
    return this.nameIndex.get(key) ?? [];
  }

  byArticle(path: string): readonly Claim[] {
    return this.articleIndex.get(path) ?? [];
  }
}

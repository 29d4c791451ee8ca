import type { ClaimStore } from "../../claims/store.js";
import type { Claim } from "../../model/claim.js";
import type { ArticleClusters } from "../clusters.js";
import { defineRule } from "../types.js";
import { representative } from "../figures.js";
import { claimOrder } from "../helpers.js";
import { formatNumber } from "../../base/intl.js";
import { getUnits, lookupUnit } from "../../language/lexicon.js";
import { quantityGroups } from "../quantities.js";

interface Options {
  tolerance: number;
  maxGap: number;
}

/** A converted figure: whole above 100, one decimal below ("11.8 inches"). */
const fmt = (x: number): string => formatNumber(Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10) / 10);

/**
 * `a`'s value in the unit `b` is written in, with that unit as `b` writes it ("250 km/h is 155
 * mph"); in the canonical unit where `b`'s is not known.
 */
function inUnitOf(a: Claim, x: number, b: Claim): { value: string; unit: string } {
  const id = b.unitText ? lookupUnit(b.unitText, b.lang ?? "en")?.unit : undefined;
  const def = id ? getUnits().get(id) : undefined;
  if (!def || def.factor <= 0 || !b.unitText) return { value: fmt(x), unit: a.unit ?? "" };
  return { value: fmt((x - def.offset) / def.factor), unit: b.unitText };
}

/** Approximate figures and ranges stand for an interval, not a point. */
const LOOSE = new Set(["approximate", "range"]);

/**
 * Is the other figure's converted value inside the interval this figure's wording allows (an
 * approximate figure or a range), widened by the tolerance? Exact and bounded figures
 * ("more than …") are compared by their values only.
 */
function withinWording(c: Claim, other: number, tolerance: number): boolean {
  if (!LOOSE.has(c.qualifier) || c.min === null || c.max === null) return false;
  return other >= c.min - Math.abs(c.min) * tolerance && other <= c.max + Math.abs(c.max) * tolerance;
}

/**
 * "14 kilometres (nine miles)": a whole number as written stands for everything that rounds to
 * it (8.5 to 9.5 miles), which a small number's 3 % does not cover. Only its last digit is taken
 * as rounded: "4,000 miles" may be exact to the mile.
 */
function withinRounding(c: Claim, other: number): boolean {
  if (c.qualifier !== "exact" || c.value === null || !c.unitText) return false;
  const id = lookupUnit(c.unitText, c.lang ?? "en")?.unit;
  const def = id ? getUnits().get(id) : undefined;
  if (def?.offset !== 0 || def.factor <= 0) return false;
  const written = c.value / def.factor;
  const n = Math.round(written);
  if (n === 0 || Math.abs(written - n) > 1e-9 * Math.abs(n)) return false;
  return other >= (n - 0.5) * def.factor && other <= (n + 0.5) * def.factor;
}

/** Most characters between an amount and its restatement in a unit of another kind (", "). */
const APPOSITION_GAP = 3;

/**
 * The figure just before a pair's first that states the same amount in a unit of another kind,
 * set off by a comma alone ("3,400 tonnes, about 25,000 barrels (1.2 million gallons)", "3.400
 * Tonnen, rund 25.000 Barrel"): one quantity with the pair, listed with it. None where its measure
 * or time differs, or where none is known.
 */
function restated(before: Claim | undefined, a: Claim): Claim[] {
  if (!before?.span || !a.span || before.sentence !== a.sentence || before.dimension === a.dimension) return [];
  if (a.span.start - before.span.end > APPOSITION_GAP || !before.measure || before.measure !== a.measure) return [];
  return before.period?.start === a.period?.start ? [before] : [];
}

/** Largest relative difference for a figure to give the same value as one of a pair (rounding of the written figure). */
const SAME_VALUE = 0.005;

/**
 * The figures a copy or translation of the pair's article gives alone, of the pair's kind of unit
 * and the value of one of its figures, with no figure of that kind beside them in their sentence:
 * "Die Böen erreichten 250 Kilometer pro Stunde" in the translation of "Gusts reached 250 km/h
 * (190 mph)". They give the figure the failed conversion was of, and are listed with the pair.
 */
function givenAloneInCopies(store: ClaimStore, clusters: ArticleClusters, path: string, pair: Claim[]): Claim[] {
  // Its copies and translations; a rewrite tells the story in its own words and may give its own figures.
  const linked = clusters.pairs
    .filter((p) => p.kind !== "rewrite" && (p.a === path || p.b === path))
    .map((p) => (p.a === path ? p.b : p.a));
  const values = pair.map(representative).filter((v): v is number => v !== null);
  const out: Claim[] = [];
  for (const other of [...new Set(linked)].sort()) {
    const measures = store.byArticle(other).filter((c) => c.kind === "measure" && c.dimension === pair[0]!.dimension);
    for (const c of measures) {
      const v = representative(c);
      const same = v !== null && values.some((x) => Math.abs(x - v) <= SAME_VALUE * Math.max(x, v));
      if (same && measures.every((o) => o === c || o.sentence !== c.sentence)) out.push(c);
    }
  }
  return out;
}

/**
 * The figures other articles give for the quantity a pair converts (its first figure's group,
 * quantityGroups): "80 centimetres (about 40 inches)" beside another outlet's "80 centimetres",
 * which shows the reader which of the two units the coverage backs.
 */
function sameQuantityElsewhere(store: ClaimStore, clusters: ArticleClusters, a: Claim): Claim[] {
  const group = quantityGroups(store, clusters).find((g) => g.claims.includes(a));
  return group ? group.claims.filter((c) => c.article !== a.article) : [];
}

/**
 * One quantity given in two units side by side ("4,000 miles (6,400 km)", "some 4,300 miles,
 * about 6,900 kilometers"): after conversion the two must agree.
 */
export const unitMismatch = defineRule<Options>({
  meta: {
    id: "unit-mismatch",
    description: "A quantity stated in two units whose values do not convert into each other.",
    severity: "error",
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        tolerance: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "Largest relative difference after conversion that still passes.",
        },
        maxGap: {
          type: "integer",
          minimum: 0,
          description: "Most characters between the two figures for them to be one quantity.",
        },
      },
    },
    defaults: { tolerance: 0.03, maxGap: 24 },
    messages: {
      mismatch: "{a} is {aConverted} {unit}, but the text gives {b} ({percent}% apart)",
    },
  },
  check({ store, options, articles, clusters }) {
    const out = [];
    for (const path of [...articles.keys()].sort()) {
      const claims = store
        .byArticle(path)
        .filter((c) => c.kind === "measure" && c.span)
        .slice()
        .sort(claimOrder);
      for (let i = 0; i + 1 < claims.length; i++) {
        const a: Claim = claims[i]!;
        const b: Claim = claims[i + 1]!;
        if (
          a.dimension !== b.dimension ||
          a.sentence !== b.sentence ||
          a.unitText?.toLowerCase() === b.unitText?.toLowerCase()
        )
          continue;
        if (b.span!.start - a.span!.end > options.maxGap) continue;
        const x = representative(a);
        const y = representative(b);
        if (x === null || y === null || Math.max(x, y) === 0) continue;
        const diff = Math.abs(x - y) / Math.max(x, y);
        if (diff <= options.tolerance) continue;
        // "about 6,900 km" allows [6,210, 7,590] km: a conversion inside what the wording allows passes.
        if (withinWording(a, y, options.tolerance) || withinWording(b, x, options.tolerance)) continue;
        if (withinRounding(a, y) || withinRounding(b, x)) continue;
        const converted = inUnitOf(a, x, b);
        out.push({
          messageId: "mismatch",
          data: {
            a: a.text,
            aConverted: converted.value,
            unit: converted.unit,
            b: b.text,
            percent: Math.round(diff * 100),
          },
          claims: [
            ...restated(claims[i - 1], a),
            a,
            b,
            ...new Set([
              ...sameQuantityElsewhere(store, clusters, a),
              ...givenAloneInCopies(store, clusters, path, [a, b]),
            ]),
          ],
          advice: "Recompute the conversion; one of the two figures is wrong.",
        });
      }
    }
    return out;
  },
});

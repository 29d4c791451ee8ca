import type { Claim } from "../../model/claim.js";
import { defineRule } from "../types.js";
import { figureKey } from "../figures.js";
import { byFigure, distinctArticles } from "../helpers.js";
import { judgedGroups } from "../quantities.js";
import { countSources, listOf, sourcesKnown, sourcesPhrase, type SourceCount } from "../sources.js";

interface Options {
  minArticles: number;
}

/** ", all attributing it to X", ", attributed to X and Y", "; 3 of them attribute it to X and Y, 2 name no source", ", none saying whose figure it is". */
function attribution(s: SourceCount): string {
  const names = listOf(s.originators);
  if (s.originators.length === 0)
    return s.places === 2 ? ", neither saying whose figure it is" : ", none saying whose figure it is";
  if (s.unattributed === 0 && s.originators.length > 1) return `, attributed to ${names}`;
  if (s.unattributed === 0)
    return s.places === 2 ? `, both attributing it to ${names}` : `, all attributing it to ${names}`;
  const attributed = s.places - s.unattributed;
  return `; ${attributed} of them ${attributed === 1 ? "attributes" : "attribute"} it to ${names}, ${s.unattributed} ${s.unattributed === 1 ? "names" : "name"} no source`;
}

/**
 * The figure a place repeats: "300,000" and "some 300,000" repeat one figure, the second only
 * rounded as newsrooms round (around it on both sides); "nearly 300,000" (below it) and "more
 * than 300,000" are others.
 */
const repeatedFigure = (c: Claim): string => {
  const rounded =
    c.qualifier === "approximate" && c.min !== null && c.max !== null && c.min < c.value! && c.value! < c.max;
  return c.qualifier === "exact" || rounded ? `stated|${c.value}` : figureKey(c);
};

/** A repeated figure's places, the one that states it exactly first (the finding quotes it). */
const exactFirst = (claims: Claim[]): Claim[] =>
  [...claims].sort((a, b) => Number(b.qualifier === "exact") - Number(a.qualifier === "exact"));

function advice(s: SourceCount): string {
  if (s.independent === 1)
    return "Every place traces back to one source (copies, translations, one outlet or one originator): repetition is not confirmation.";
  if (s.unattributed > 0)
    return s.unattributed === 1
      ? "One of the places does not say whose figure it is: find where it has it from before counting it as independent confirmation."
      : `${s.unattributed} of the places do not say whose figure it is: find where they have it from before counting them as independent confirmation.`;
  if (s.originators.length > s.independent)
    return "Some of the named sources reach readers through one outlet or one copied story: count them as one each.";
  if (!sourcesKnown(s))
    return `The sources are named in ${s.languages} languages (${listOf(s.originators)}) and may be one originator under two names: check before counting them as independent confirmation.`;
  return `${listOf(s.originators)} give this figure independently.`;
}

/**
 * The same figure for the same thing in several articles: corroboration, counted in independent
 * sources. Copies and translations of one article (one cluster) count once, one outlet's stories
 * count once, and places attributing the figure to one originator count once (src/rules/sources.ts).
 */
export const duplicateClaim = defineRule<Options>({
  meta: {
    id: "duplicate-claim",
    description: "The same figure for the same thing in several articles, with how many independent sources.",
    severity: "info",
    options: {
      type: "object",
      additionalProperties: false,
      properties: { minArticles: { type: "integer", minimum: 2 } },
    },
    defaults: { minArticles: 2 },
    messages: {
      repeated:
        "{quantity}: {figure} is given in {articles} places in {outletCount} {outletWord} ({outlets}){attribution}: {count}",
    },
  },
  check({ store, options, articles, clusters, words }) {
    const out = [];
    // One finding per quantity whose figures agree: its most repeated figure, counted in sources.
    for (const j of judgedGroups(store, clusters, 0.05, 1.5)) {
      if (j.verdict !== "agree") continue;
      // Vague amounts ("thousands of") repeated are not a figure confirmed.
      const repeated = byFigure(
        j.group.claims.filter((c) => c.qualifier !== "vague"),
        repeatedFigure,
      )
        .filter((g) => distinctArticles(g).length >= options.minArticles)
        .sort((a, b) => distinctArticles(b).length - distinctArticles(a).length)[0];
      if (!repeated) continue;
      const paths = distinctArticles(repeated);
      const quoted = exactFirst(repeated)[0]!;
      const s = countSources(repeated, articles, clusters);
      out.push({
        messageId: "repeated",
        data: {
          quantity: words.quantity(j.group),
          figure: words.figure(quoted),
          articles: paths.length,
          outletCount: s.outlets.length,
          outletWord: s.outlets.length === 1 ? "outlet" : "outlets",
          outlets: s.outlets.join(", "),
          attribution: attribution(s),
          originators: s.originators.join("; "),
          unattributed: s.unattributed,
          independent: s.independent,
          count: sourcesPhrase(s),
        },
        claims: repeated,
        advice: advice(s),
      });
    }
    return out;
  },
});

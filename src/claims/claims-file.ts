// Extracted claims written as a claims file (`crosscheck extract --format yaml`): the shape
// schema/claims.schema.json describes and `validate` and `check` read back, so that a user can
// keep, correct or move the claims the grammar found. Each figure is written as numbers in its
// canonical unit with its qualifier (language-independent); the words it was read from go in
// `quote` when they are in the file's language, in `note` when not (a quote is read back in the
// file's language). JSON output keeps the whole Claim shape instead.
import { stringify } from "yaml";
import type { Claim } from "../model/claim.js";
import type { RawClaim } from "./manual.js";
import { lookupUnit } from "../language/lexicon.js";

/** What a claims file's `date` may hold: a year, a month or a day. */
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Characters an id may not hold (schema: ^[A-Za-z0-9][A-Za-z0-9._:@/#-]*$). */
const NOT_IN_ID = /[^A-Za-z0-9._:@/#-]/g;

export const EXTRACT_SOURCE = "crosscheck extract";

/** The claim as a claims file writes it, or why it cannot be written (a date without a year). */
export function toRawClaim(c: Claim, lang: string): RawClaim | { skipped: string } {
  const raw: RawClaim = { id: c.id.replace(NOT_IN_ID, "-").replace(/^[^A-Za-z0-9]/, "x") };
  if (c.kind === "date") {
    if (c.date === null || !DATE.test(c.date)) return { skipped: `${c.id}: the date "${c.text}" has no year` };
    raw.kind = "date";
    raw.date = c.date;
  } else {
    raw.kind = c.kind;
    const bounded = c.value !== null && c.qualifier !== "range" && c.qualifier !== "vague";
    if (bounded) {
      raw.value = c.value!;
      if (c.qualifier !== "exact") raw.qualifier = c.qualifier;
    } else {
      if (c.min !== null) raw.min = c.min;
      if (c.max !== null) raw.max = c.max;
      if (c.qualifier === "vague") raw.qualifier = "vague";
      if (c.min === null && c.max === null) return { skipped: `${c.id}: "${c.text}" states no figure` };
    }
    // An age's unit is implied; a count's is its noun's unit (person), a measure's its canonical
    // unit. A count of things the lexicon has no unit for ("2 friends") keeps its noun only.
    if (c.unit !== null && c.kind !== "age" && lookupUnit(c.unit, lang)) raw.unit = c.unit;
  }
  for (const k of ["noun", "measure", "entity", "source", "asOf", "article"] as const) {
    const v = c[k];
    if (v !== null && v !== undefined && !(k === "asOf" && !DATE.test(v))) raw[k] = v;
  }
  // The places and period the grammar read, so that the claim is compared as the extracted one was.
  if (c.scope?.places.length)
    raw.place = c.scope.places.length === 1 ? c.scope.places[0]!.name : c.scope.places.map((p) => p.name);
  if (c.period?.start && c.period.end && DATE.test(c.period.start) && DATE.test(c.period.end))
    raw.period = c.period.start === c.period.end ? c.period.start : { start: c.period.start, end: c.period.end };
  if ((c.lang ?? lang) === lang) raw.quote = c.text;
  else raw.note = `as written (${c.lang}): ${c.text}`;
  return raw;
}

/** A claims file holding `claims`, in the language most of them are written in. */
export function claimsFileText(claims: readonly Claim[]): string {
  const langs = new Map<string, number>();
  for (const c of claims) if (c.lang) langs.set(c.lang, (langs.get(c.lang) ?? 0) + 1);
  const lang = [...langs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "en";
  const written: RawClaim[] = [];
  const skipped: string[] = [];
  for (const c of claims) {
    const r = toRawClaim(c, lang);
    if ("skipped" in r) skipped.push(r.skipped);
    else written.push(r);
  }
  const head = skipped.length
    ? `# Left out, as a claims file cannot state them:\n${skipped.map((s) => `#   ${s.replace(/\n/g, " ")}\n`).join("")}`
    : "";
  return head + stringify({ source: { name: EXTRACT_SOURCE }, lang, claims: written }, { lineWidth: 0 });
}

// The fallback measure of a count (issue 13, "What is counted"): where no word of the lexicon's
// `measures:` names what happened to what a figure counts, the figure's own predicate does, as
// its stem beside the counted noun ("410 flights were cancelled", "Brenair cancelled 410
// flights", "cancelling 410 flights": flight · cancel). Where the predicate stands is the
// lexicon's `writing.predicate` (word order: English puts it before the figure or after the
// noun, German at the clause's end or second); this module knows only those places. Stems come
// from the Snowball stemmers of @orama/stemmers: a maintained package of the algorithms every
// search engine uses, so "cancelled", "cancels" and "cancelling" meet without a word list.
import { FORECAST_PREFIX } from "../model/claim.js";
import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as german } from "@orama/stemmers/german";
import {
  getMeasures,
  type Lexicon,
  type PredicatePlace,
  type PredicateWords,
  predicateMeasureId,
  SHARED_VERB_LANGUAGE,
} from "../language/lexicon.js";
import type { Clause, FoundMeasure } from "./clause.js";
import { clauseSays, measureOfFigureAfter } from "./clause.js";
import { isDifference } from "./difference.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { Token } from "./tagger.js";

/** A stemmer per language; a language without one keeps its words as written. */
const STEMMERS: Record<string, (word: string) => string> = { en: english, de: german };
const stemmerOf = (lexicon: Lexicon): ((word: string) => string) => STEMMERS[lexicon.lang] ?? ((w: string) => w);

const SHARED_VERBS = new WeakMap<Lexicon, ReadonlyMap<string, string>>();

/**
 * The verbs a lexicon shares with the others (`writing.predicate.verbs`), by their stem as a
 * fallback measure stems a predicate: "streichen", "absagen", "ausfallen" → cancel.
 */
function sharedVerbs(lexicon: Lexicon): ReadonlyMap<string, string> {
  let byStem = SHARED_VERBS.get(lexicon);
  if (!byStem) {
    const stem = stemmerOf(lexicon);
    const words = lexicon.predicate;
    byStem = new Map([...words.verbs].map(([word, id]) => [stem(infinitive(word, words)), id]));
    SHARED_VERBS.set(lexicon, byStem);
  }
  return byStem;
}

/** Where a predicate is looked for: the figure's first token, its counted noun's, and the clause. */
interface Where {
  tokens: readonly Token[];
  clause: Clause;
  first: number;
  noun: number;
  words: PredicateWords;
}

/**
 * The fallback measure of a count whose clause names none: "predicate:<lang>:<noun>:<stem>",
 * "expected:" before it in a clause of what will or could be; null where no predicate stands in
 * the clause (an auxiliary, a say verb, a word the lexicon knows is none).
 */
export function predicateMeasure(
  tokens: readonly Token[],
  clause: Clause,
  m: PhraseMatch,
  noun: Token,
  lexicon: Lexicon,
): string | null {
  const at = tokens.indexOf(noun, m.first);
  const words = lexicon.predicate;
  if (at < 0 || at >= clause.last || governedByPreposition(tokens, clause, m.first, words)) return null;
  // "eight more seats than in 2021": a difference is no count of what its predicate did.
  if (isDifference(tokens, m, noun, clause, lexicon)) return null;
  const where: Where = { tokens, clause: betweenCommas(tokens, clause, m.first, at), first: m.first, noun: at, words };
  // "The ferry was licensed to carry 500 passengers", "durfte 500 Passagiere befördern": what may,
  // must or could be done is no count of what was.
  for (let k = where.clause.first; k < where.clause.last; k++) if (words.modals.has(tokens[k]!.key)) return null;
  let verb: string | null = null;
  for (const place of words.places) if (!verb) verb = PLACES[place](where);
  // "100.000 kamen, viermal so viele wie angemeldet": what is registered after the comma is another figure's.
  return verb ? fallbackMeasure(tokens, clause, noun, verb, lexicon, where.clause) : null;
}

/**
 * The fallback measure of what `noun` counts and the predicate `verb` says happened to it:
 * "predicate:<lang>:<noun>:<stem>", or "predicate:any:<noun>:<id>" for a verb the lexicons share;
 * "expected:" before it in a clause of what will or could be (`expectedIn`: the part of the
 * clause where a word of what is expected is this figure's).
 */
export function fallbackMeasure(
  tokens: readonly Token[],
  clause: Clause,
  noun: Token,
  verb: string,
  lexicon: Lexicon,
  expectedIn: Clause = clause,
): string {
  const words = lexicon.predicate;
  const stem = stemmerOf(lexicon);
  const counted = noun.info.nounUnit ?? stem(noun.key);
  const verbStem = stem(infinitive(verb, words));
  // A plural past is written as some infinitives are ("suchten", "retten"): it is a shared verb
  // if either reading is one.
  const plural = words.pluralPastEndings.find((e) => verb.endsWith(e) && verb.length - e.length >= 3);
  const readings = plural ? [verbStem, stem(verb.slice(0, -plural.length) + words.infinitiveEnding)] : [verbStem];
  const shared = readings.map((r) => sharedVerbs(lexicon).get(r)).find((v) => v !== undefined);
  const id = shared
    ? predicateMeasureId(SHARED_VERB_LANGUAGE, counted, shared)
    : predicateMeasureId(lexicon.lang, counted, verbStem);
  const forecast = clauseSays(tokens, clause, "future") || clauseSays(tokens, expectedIn, "expected");
  return forecast ? `${FORECAST_PREFIX}${id}` : id;
}

/**
 * The part of a clause between the commas around a figure and its noun: "Ardvik setzte 300
 * Leiharbeiter ein, um liegen gebliebene Pakete zu sortieren" is about the Leiharbeiter up to the
 * comma; what follows is another clause's predicate.
 */
function betweenCommas(tokens: readonly Token[], clause: Clause, first: number, noun: number): Clause {
  let from = first;
  while (from > clause.first && !tokens[from - 1]!.cats.includes("comma")) from--;
  let to = noun + 1;
  while (to < clause.last && !tokens[to]!.cats.includes("comma")) to++;
  return { first: from, last: to };
}

/** "mit 80 Sitzen", "in the 300 cities": a figure governed by a preposition is no argument of the verb. */
function governedByPreposition(
  tokens: readonly Token[],
  clause: Clause,
  first: number,
  words: PredicateWords,
): boolean {
  let k = first - 1;
  while (k >= clause.first && tokens[k]!.cats.includes("det")) k--;
  return k >= clause.first && words.prepositions.has(tokens[k]!.key);
}

/** A word that may be a predicate: a plain word in small letters that the lexicon does not know (a verb of change aside). */
export function isPredicate(t: Token | undefined, words: PredicateWords): t is Token {
  return (
    t !== undefined &&
    t.raw === "word" &&
    !t.cap &&
    t.key.length >= 3 &&
    /^\p{Ll}+$/u.test(t.key) &&
    t.cats.every((c) => c === "changeVerb") &&
    !words.auxiliaries.has(t.key) &&
    !words.prepositions.has(t.key) &&
    !isAdverb(t, words)
  );
}

/** An adverb the lexicon lists, or one its ending shows ("reportedly"). */
function isAdverb(t: Token, words: PredicateWords): boolean {
  return t.cats.includes("adverb") || words.adverbEndings.some((e) => t.key.length > e.length + 3 && t.key.endsWith(e));
}

/** An auxiliary or an adverb, which may stand between a noun and its predicate ("were reportedly cancelled"). */
function isBetween(t: Token, words: PredicateWords): boolean {
  return words.auxiliaries.has(t.key) || t.cats.includes("aux") || isAdverb(t, words);
}

const PLACES: Record<PredicatePlace, (w: Where) => string | null> = {
  /** "Brenair cancelled 410 flights", "cancelling the 410 flights"; not "a record 1,234 flights" (a word after an article is none). */
  verbBeforeFigure({ tokens, clause, first, words }) {
    let k = first - 1;
    while (k >= clause.first && (isAdverb(tokens[k]!, words) || tokens[k]!.cats.includes("det"))) k--;
    const before = tokens[k - 1];
    if (k > clause.first && (before!.cats.includes("det") || before!.cats.includes("indefinite"))) return null;
    return k >= clause.first && isPredicate(tokens[k], words) ? tokens[k]!.key : null;
  },
  /** "410 flights were cancelled", "300 Techniker arbeiten". */
  verbAfterNoun({ tokens, clause, noun, words }) {
    let k = noun + 1;
    while (k < clause.last && isBetween(tokens[k]!, words)) k++;
    const verb = k < clause.last && isPredicate(tokens[k], words) ? tokens[k]!.key : null;
    // "Some 100 rescuers were working": a scene going on, not a count of what happened; "23 towns
    // are now rationing water": a state now, a count.
    const progressive = k > noun + 1 && words.progressiveEndings.some((e) => verb?.endsWith(e));
    const now = tokens.slice(noun + 1, k).some((t) => words.presentAuxiliaries.includes(t.key));
    return progressive && !now ? null : verb;
  },
  /** "440 Flüge wurden gestrichen", "dass 440 Flüge gestrichen wurden", "fielen … 440 Flüge aus". */
  verbAtClauseEnd(where) {
    const { tokens, clause, noun, words } = where;
    let k = clause.last - 1;
    while (k > noun && (tokens[k]!.raw !== "word" || words.auxiliaries.has(tokens[k]!.key))) k--;
    if (k <= noun) return null;
    const last = tokens[k]!;
    if (words.particles.includes(last.key)) {
      const verb = PLACES.verbSecond(where) ?? PLACES.verbAfterNoun(where);
      return verb ? last.key + infinitive(verb, words) : null;
    }
    return isPredicate(last, words) ? participleStem(last.key, words) : null;
  },
  /** "Am Montag strich Brenair 440 Flüge": the finite verb before the figure, none past an auxiliary ("hat … gestrichen"). */
  verbSecond({ tokens, clause, first, words }) {
    for (let k = first - 1; k >= clause.first; k--) {
      const t = tokens[k]!;
      if (words.auxiliaries.has(t.key) || t.cats.includes("aux") || t.cats.includes("sayVerb")) return null;
      if (isPredicate(t, words)) return t.key;
    }
    return null;
  },
};

/**
 * Where the predicate ends the clause (`writing.predicate.places` first `verbAtClauseEnd`, as
 * German writes it), a verb of a measure there, one word with no other figure before it, says what
 * happened to what the figure counts, past a nearer word of where they were: "Drei Verletzte seien
 * im Krankenhaus gestorben" are deaths (and, the injured who died, whom `described` names), not
 * people in hospital; "im Krankenhaus behandelt" is one measure word, hospitalised.
 */
export function withPredicateAtClauseEnd(
  found: FoundMeasure,
  tokens: readonly Token[],
  clause: Clause,
  m: PhraseMatch,
  phrases: readonly PhraseMatch[],
  noun: Token | undefined,
  lexicon: Lexicon,
  fits: (measure: string) => boolean,
): FoundMeasure {
  const words = lexicon.predicate;
  if (!found.measure || words.places[0] !== "verbAtClauseEnd") return found;
  // "die Leichen von drei weiteren geborgen": the noun before the figure says what it counts.
  if (measureOfFigureAfter(tokens, m.first - 2)) return found;
  let k = clause.last - 1;
  while (k >= m.last && (tokens[k]!.raw !== "word" || words.auxiliaries.has(tokens[k]!.key))) k--;
  const last = tokens[k];
  if (k < m.last || !last || last === noun || last.cap || last.key.includes(" ")) return found;
  const said = last.cats.includes("measure") ? last.info.measure : undefined;
  // "rund 14.000 tote Fische wurden gefunden": a word of how the count became known says less.
  if (!said || said === found.measure || !fits(said) || getMeasures().get(said)?.discovery) return found;
  if (phrases.some((p) => p !== m && p.first >= m.last && p.first < k)) return found;
  const whom = found.described ?? noun?.info.measure;
  return whom && whom !== said ? { ...found, measure: said, described: whom } : { ...found, measure: said };
}

/** A participle before its noun without its ending: "gestrichenen" → "gestrichen" (at least four letters stay). */
export function withoutAttributiveEnding(word: string, words: PredicateWords): string {
  const ending = words.attributiveEndings.find((e) => word.endsWith(e) && word.length - e.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}

/** A past participle as its infinitive, without its prefix, after a particle too: "gestrichen" → "streichen", "umgebucht" → "umbuchen". */
export function participleStem(word: string, words: PredicateWords): string {
  const ge = words.participlePrefix;
  if (!ge) return word;
  const particle = words.particles.find((p) => word.startsWith(p + ge) && word.length - p.length - ge.length >= 4);
  if (particle) return particle + infinitive(word.slice(particle.length + ge.length), words);
  return word.startsWith(ge) && word.length - ge.length >= 4 ? infinitive(word.slice(ge.length), words) : word;
}

/**
 * A verb's form as its infinitive, which stems as its other forms do: a strong verb's by the
 * lexicon's forms ("fielen": "fallen"; "won": "win"), a weak verb's participle or third person by
 * its ending ("abgesagt", "rationiert", "buchte": "absagen", "rationieren", "buchen"; the endings
 * that no infinitive has, so "retten" and "suchten" stay as written).
 */
function infinitive(word: string, words: PredicateWords): string {
  const strong = words.forms.get(word);
  if (strong) return strong;
  const weak = words.weakEndings.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  return weak ? word.slice(0, -weak.length) + words.infinitiveEnding : word;
}

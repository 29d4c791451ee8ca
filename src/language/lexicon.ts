// Loads grammar/lexicon/<lang>.yaml and units.yaml into the phrase table the tagger uses.
// All language lives in those files; this module only knows their shape.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DiagnosticError } from "../base/diagnostic.js";
import { parseYamlSource } from "../base/yaml-source.js";
import { checkAgainstSchema } from "../base/schema-check.js";
import { SNAPSHOTS } from "./generated/lexicons.js";
import { builtLexiconFile, currentKey, readBuiltTables } from "./built-lexicon.js";
import { CHANGE_PREFIX, MULTIPLE_UNIT, SHARE_PREFIX, withoutForecast, type Kind } from "../model/claim.js";
import { lex } from "./lexer.js";
import { packageRoot } from "../base/paths.js";
import { currencyForms } from "./currencies.js";

/** The grammar's terminal categories. A token may carry several. */
export type Category =
  | "num"
  | "units"
  | "teens"
  | "tens"
  | "hundred"
  | "scale"
  | "bareScale"
  | "scaleAbbr"
  | "article"
  | "descriptor"
  | "body"
  | "modifier"
  | "joiner"
  | "unitTensJoiner"
  | "fraction"
  | "multiplePhrase"
  | "vulgarFraction"
  | "plusHalf"
  | "half"
  | "more"
  | "qualifier"
  | "rangeFrom"
  | "rangeAnd"
  | "rangeTo"
  | "pluralScale"
  | "tensOf"
  | "of"
  | "vagueDet"
  | "unit"
  | "currency"
  | "ageAdj"
  | "old"
  | "aged"
  | "minus"
  | "named"
  | "definite"
  | "indefinite"
  | "agePronoun"
  | "pointsBack"
  | "notSource"
  | "ageCopula"
  | "ageContraction"
  | "ageTurned"
  | "ageEnd"
  | "decadeBefore"
  | "decadePart"
  | "decadePartBeforeNumber"
  | "decade"
  | "decadeEnding"
  | "month"
  | "yearPrep"
  | "monthPrep"
  | "ordSuffix"
  | "label"
  | "accordingTo"
  | "countWord"
  | "denial"
  | "ownAccount"
  | "sayVerb"
  | "aux"
  | "passiveAux"
  | "adverb"
  | "complementizer"
  | "relativePronoun"
  | "partitive"
  | "partWord"
  | "det"
  | "nameJoiner"
  | "quote"
  | "measure"
  | "share"
  | "noun"
  | "placePrep"
  | "nationwide"
  | "notPlace"
  | "weekday"
  | "dayPart"
  | "relDay"
  | "weekend"
  | "lastWord"
  | "lastCalendar"
  | "agoAfter"
  | "spanBefore"
  | "agoBefore"
  | "previousWord"
  | "now"
  | "expected"
  | "signUp"
  | "revision"
  | "earlierValue"
  | "since"
  | "until"
  | "possessive"
  | "already"
  | "windowFromEvent"
  | "withinSpan"
  | "multipleBase"
  | "future"
  | "possibility"
  | "nightInto"
  | "thatDay"
  | "thatTime"
  | "dayBefore"
  | "obligation"
  | "perfect"
  | "presentPerfect"
  | "clauseBreak"
  | "timeSub"
  | "sourceKind"
  | "sourceStatement"
  | "there"
  | "figureWord"
  | "partOf"
  | "partLead"
  | "listAdd"
  | "alone"
  | "countsThoseBefore"
  | "incident"
  | "population"
  | "status"
  | "ratioIn"
  | "every"
  | "ordinal"
  | "unitOrdinal"
  | "fractionComparative"
  | "per"
  | "perCapita"
  | "perNoun"
  | "decimalPoint"
  | "noDecimals"
  | "exponentE"
  | "times"
  | "caret"
  | "superscript"
  | "boundAfter"
  | "changeVerb"
  | "changeBy"
  | "changeTo"
  | "comparative"
  | "street"
  | "ordinalBefore"
  | "stop"
  | "name"
  | "hyphen"
  | "comma"
  | "lparen"
  | "rparen"
  | "dot"
  | "slash";

export type QualifierName = "exact" | "approximate" | "nearly" | "more-than" | "at-least" | "less-than" | "at-most";

/** What the lexicon says about a word or phrase; one field per category that needs data. */
export interface WordInfo {
  n?: number; // cardinal value (units, teens, tens, article = 1)
  scale?: number; // hundred, scale, scaleAbbr, pluralScale
  fraction?: number;
  /** A fraction phrase that needs no number before it ("half of", "die Hälfte"). */
  standsAlone?: boolean;
  vague?: [number, number];
  qualifier?: QualifierName;
  unit?: string; // unit id from units.yaml
  currency?: string; // ISO 4217
  /** Written as the ISO code ("TRY"): a currency only in capitals. */
  isoCode?: boolean;
  /** A subunit: the part of the currency one of it is ("cents": 0.01). */
  currencyFactor?: number;
  month?: number;
  /** A measure id (measures.yaml): what happened to what is counted. */
  measure?: string;
  /** A measure id (measures.yaml) a percent is a share of ("turnout", "votes"): read for percents only. */
  share?: string;
  nounUnit?: string;
  /** A place preposition's role: in, into, from, at. */
  role?: PlaceRole;
  /** A weekday, 1 (Monday) to 7 (Sunday). */
  weekday?: number;
  /** Days from the article's date ("yesterday" is -1). */
  dayOffset?: number;
  /** A relative day that runs from the Monday of the article's week ("this week", "earlier this week"). */
  fromWeekStart?: true;
  /** A kind of source that is not a name ("police", "Veranstalter"): its key in every language. */
  sourceKey?: string;
  /** A population kept apart when comparing (men, children, reservists …). */
  population?: string;
  /** A status that splits one measure into quantities ("suspected", "confirmed", "new" cases). */
  status?: string;
  /** A part of a decade of age, [first, last] year into it ("early": [0, 3]). */
  decadePart?: [number, number];
}

export type PlaceRole = "in" | "into" | "from" | "at";

/** A place in a clause where a figure's predicate may stand (schema/lexicon.schema.json, writing.predicate). */
export type PredicatePlace = "verbBeforeFigure" | "verbAfterNoun" | "verbAtClauseEnd" | "verbSecond";

/** How a language places a count's predicate: the lexicon's `writing.predicate`. */
export interface PredicateWords {
  places: readonly PredicatePlace[];
  auxiliaries: ReadonlySet<string>;
  modals: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  adverbEndings: readonly string[];
  progressiveEndings: readonly string[];
  /** Auxiliaries of the present ("are"): a progressive after one says a state now ("23 towns are rationing water"), a count. */
  presentAuxiliaries: readonly string[];
  /** Endings of a past participle after its noun ("flights cancelled"): it says what happened to them. */
  participleEndings: readonly string[];
  /** Endings a participle takes before its noun ("der gestohlenen Datensätze"), dropped before its stem. */
  attributiveEndings: readonly string[];
  participlePrefix: string;
  particles: readonly string[];
  /** Forms of strong and irregular verbs → the infinitive ("fielen": "fallen", "won": "win"). */
  forms: ReadonlyMap<string, string>;
  /** Endings of a weak verb's participle, third person or past that no infinitive has, longest first ("ete", "te", "et", "t"), and the infinitive's ("en"). */
  weakEndings: readonly string[];
  infinitiveEnding: string;
  /** Endings of a weak verb's plural past, which some infinitives share ("ten": "suchten", "retten"). */
  pluralPastEndings: readonly string[];
  /** Verbs the lexicons share, as written → their id ("gestrichen"… "streichen": "cancel"). */
  verbs: ReadonlyMap<string, string>;
}

export interface PhraseEntry {
  cats: Category[];
  info: WordInfo;
  /** An ISO code's categories when written in small letters: no currency ("try", "all"). */
  smallCats?: Category[];
}

interface TrieNode {
  entry?: PhraseEntry;
  next?: Map<string, TrieNode>;
}

export interface UnitDef {
  id: string;
  dimension: string;
  /** The kind of claim a figure in this unit is (its dimension's). */
  kind: Kind;
  canonical: string;
  factor: number;
  offset: number;
}

/** A dimension of units.yaml: what kind of claim its figures are, and how reports show them. */
export interface DimensionDef {
  id: string;
  kind: Kind;
  /** What its figures measure, for headings and a chart's axis: "distance (km)". */
  label: string;
  /** How a figure in the canonical unit is written, {n} standing for the number: "{n} km", "{n}%". */
  display: string | null;
  canonical: string | null;
}

export interface Lexicon {
  lang: string;
  name: string;
  decimal: string;
  groups: string[];
  abbreviations: Set<string>;
  compounds: boolean;
  /** Morphemes a compound number word may be split into ("dreihunderttausend"). */
  numberMorphemes: Map<string, PhraseEntry>;
  trie: TrieNode;
  maxPhraseTokens: number;
  stopwords: Set<string>;
  /** Every noun starts with a capital (German): capitals say little about names. */
  capitalisedNouns: boolean;
  /** Nouns written as one word with what qualifies them ("Verdachtsfälle"), or undefined. */
  nounCompounds: { shortestPart: number; linkingEndings: readonly string[] } | undefined;
  /** A figure straight after a verb is its object (English word order), not its subject. */
  figureAfterVerbIsObject: boolean;
  /** "alone" follows the phrase it limits ("Monday alone"); else it leads it ("allein am Montag"). */
  aloneFollowsItsPhrase: boolean;
  /** Where a count's predicate stands, for its fallback measure (src/extract/predicate-measure.ts). */
  predicate: PredicateWords;
  /** Measure verbs whose particle stands at the end of the clause ("reisten … ein"), by the verb. */
  separableMeasures: Map<string, Array<{ particle: string; measure: string }>>;
  /** Endings that mark a plural noun, for counted nouns the lexicon does not list. */
  pluralEndings: string[];
  /**
   * Words after a number that make it a time of day ("p.m.", "Uhr"), lower-cased and written
   * without spaces. Not in the phrase table: "p.m." holds dots that the sentence cutter must
   * not see inside a phrase (test/extract/tagger.test.ts); extract reads them off the text.
   */
  clockWords: Set<string>;
  /** Endings glued to digits that make them a decade, never a figure ("the 1990s", "die 70er"), lower-cased. */
  decadeEndings: Set<string>;
  /** Unit ids that "one" before a clause, opening a sentence, makes a "when" ("One day he left"). */
  whenUnits: Set<string>;
  /** Pronouns that open a clause ("that one day they must"), lower-cased. */
  clauseSubjects: Set<string>;
  /** Place names written otherwise than their key, lower-cased ("münchen" → "munich"). */
  placeNames: Map<string, string>;
  /** Endings of adjectives that name a place ("Hamburger" → Hamburg). */
  placeAdjectiveEndings: string[];
  /** Nouns of a kind of region after its name, no part of the name's key ("Arken Highlands" → Arken). */
  regionNouns: Set<string>;
  /** Endings of a place's name in this language and in its key's ("Talvenien" → Talvenia). */
  placeNameEndings: Array<[string, string]>;
  /** Endings of common nouns that are never a place ("Sicherheit", "Richtung"). */
  notPlaceEndings: string[];
  /** Endings of a bare plural noun after a preposition of the role "at" ("bei Unwettern"): a place only where the text also puts it after an in/into/from word. */
  atPluralEndings: string[];
  /** Articles and determiners, lower-cased ("der", "einem"): where nouns are capitalised, a word after one is a common noun. */
  determinerWords: Set<string>;
  /** The one-word prepositions that put a figure in, into or out of a place ("in", "nach", "aus"). */
  inIntoFromPrepositions: string[];
  /** Kinds of event written before an event's name, lower-cased ("cyclone", "hurricane"): the name is no place. */
  namedEvents: Set<string>;
  /** Kinds of event written after an event's name, lower-cased ("fire": "the Lahaina Fire"): the name is no place. */
  eventNameEnds: Set<string>;
  /** Endings of a place's name in the genitive, without an apostrophe ("Deutschlands"). */
  genitiveEndings: string[];
  /** Possessive endings with an apostrophe ("Sunday's"): a day's possessive is still the day. */
  possessiveEndings: string[];
  /** Endings of place names that stand after an article ("in der Wendmark", "im Rheinland"). */
  placeEndings: string[];
  /** Words for institutions, and endings of compounds for them ("Verteidigungsministerium"): a place after one is its seat. */
  institutions: Set<string>;
  /** Words for a figure itself ("total", "Gesamtzahl"), also inside say-verb phrases ("put the total at"). */
  figureWords: Set<string>;
  institutionEndings: string[];
  /** Prepositions that hold an article ("im", "am"): what follows is a common noun unless it is a country. */
  prepositionsWithArticle: Set<string>;
  /** After a figure, with a word of `than` later in its clause, a difference ("430 more … than"). */
  differenceWords: Set<string>;
  /** What a difference is taken from ("than", "als"). */
  thanWords: Set<string>;
  /** Straight before a figure, an increment ("a further 12", "weitere 12"): the status new. */
  incrementWords: Set<string>;
  /** Verbs of a win or a lead by a margin ("won by 3,000 votes"): a change, as ranges.changeVerbs are. */
  marginVerbs: Set<string>;
  /** Straight before a percent or points of a share, a change without a verb ("up 4.5 points"). */
  changeAlone: Set<string>;
  /** Before "of"/"von" and a percent or points of a share, a change ("ein Plus von 4,5 Punkten"). */
  changeNouns: Set<string>;
  /** After a percent or points of a share, a lead or a comparison ("2 points ahead", "4,5 Punkte mehr"). */
  changeAfter: Set<string>;
  /** Points ("points", "Punkte"): after a change of a share, percentage points. */
  sharePoints: Set<string>;
  /** By measure of shares:, the nouns a percent of it is taken of ("61 percent of registered voters" is turnout). */
  shareBases: Map<string, Set<string>>;
  /** Between a count and a percent, a restatement of the count as a share ("512,400 votes, or 34.5 percent"). */
  restated: Set<string>;
  /** Straight after a figure, before a bare number: its earlier value ("revised down to nine from ten"). */
  earlierValueAfterFigure: Set<string>;
  /** Of those, the ones after which a time dates the change, not the earlier value ("revised down to four from five on Friday"). */
  earlierValueOfChange: Set<string>;
  /** Words straight after a change in percent that say what it is compared with ("on last year"). */
  changeBase: Set<string>;
  /** Bodies of seats ("assembly", "Parlament"): a figure of their seats is their size ("the 80-seat assembly"). */
  seatBodies: Set<string>;
  /** Between a body and a figure, a preposition that makes the figure its size ("Parlament mit 80 Sitzen"). */
  bodySizePrepositions: Set<string>;
  /** After a revision word, a bound's first word that is the revision's direction ("revised up to 19,300"). */
  revisionDirections: Set<string>;
}

/** The raw YAML shape of a language lexicon (see grammar/lexicon/en.yaml). */
export interface LexiconFile {
  language: string;
  name: string;
  /** Its name in English, as the reports name it. */
  englishName: string;
  digits: { decimal: string; group: string[] };
  abbreviations: string[];
  stopwords: string[];
  numbers: {
    words: Record<string, number>;
    hundred: string[];
    scales: Record<string, number>;
    scaleAbbreviations: Record<string, number>;
    bareScales: string[];
    articles: string[];
    joiners: string[];
    unitTensJoiners: string[];
    fractions: Record<string, number>;
    vulgarFractions: Record<string, number>;
    plusHalf: string[];
    decimalPoint: string[];
    /** Ratios: "one in three", "3 out of 10"; "every fifth", "jeder Dritte". */
    ratioIn: string[];
    /** Rates: "per day", "pro Tag", "per 100,000"; "per capita", "pro Kopf". */
    per: string[];
    perCapita: string[];
    /** Words of `per` that take any noun as the denominator: "per victim", "pro Geschädigtem". */
    perNoun?: string[];
    every: string[];
    ordinals: Record<string, number>;
    /** Units of time that are also ordinals: "a second day" (en "second"). */
    unitOrdinals: string[];
    /** Comparatives a fraction is said of ("a third fewer people"): after one, a word that is both stays a fraction. */
    fractionComparatives?: string[];
    exponentE: string[];
    times: string[];
    caret: string[];
    superscripts: Record<string, number>;
    half: string[];
    more: string[];
    minus: string[];
    fractionPhrases: Record<string, number>;
    /** A multiple written without digits: a head ("twice", "doppelt") before a tail ("as many", "so viele"). */
    multiplePhrases?: { heads: Record<string, number>; tails: string[] };
    /** A price's mark for no decimals, glued after the digits: "45,- Euro". */
    noDecimals: string[];
    compounds?: boolean;
  };
  qualifiers: Record<string, QualifierName>;
  ranges: {
    from: string[];
    and: string[];
    to: string[];
    /** A bound written after the figure: "30 or more", "5.000 Euro oder weniger". */
    after: Record<string, QualifierName>;
    /** A change is two figures: "rose from 5 % to 7 %", "um 3 Prozent auf 103". */
    changeVerbs: string[];
    changeBy: string[];
    changeTo: string[];
    /** Qualifiers that compare with another figure, never bound a time: "higher than a year ago". */
    comparatives: string[];
  };
  vague: {
    pluralScales: Record<string, number>;
    tensOf: string[];
    of: string[];
    determiners: Record<string, [number, number]>;
  };
  units: Record<string, string>;
  currencies: Record<string, string>;
  ages: {
    adjectives: string[];
    old: string[];
    aged: string[];
    named: string[];
    definite: string[];
    indefinite: string[];
    pronouns: string[];
    pointsBack?: string[];
    copulas: string[];
    contractions: string[];
    turned: string[];
    ends: string[];
    decadeBefore: string[];
    decadeParts: Record<string, [number, number]>;
    decadePartsBeforeNumber: Record<string, [number, number]>;
    decades: Record<string, number>;
    decadeEndings: string[];
  };
  dates: {
    months: Record<string, number>;
    yearPrepositions: string[];
    monthPrepositions?: string[];
    ordinalSuffixes: string[];
    ordinalBefore: string[];
    clock: string[];
    decadeEndings: string[];
    whenUnits: string[];
    clauseSubjects: string[];
  };
  /** Words that make a number part of a name: before it ("Article 5"), or a street after the name after it ("12 Elm Road"). */
  labels: { before: string[]; streets: string[] };
  attribution: {
    before: string[];
    verbs: string[];
    auxiliaries: string[];
    passiveAuxiliaries?: string[];
    adverbs: string[];
    complementizers: string[];
    determiners: string[];
    nameJoiners: string[];
    descriptors: string[];
    notSources?: string[];
    /** Words for a count someone made, whose genitive after them is who made it ("die Zählung der Partei"). */
    countWords?: string[];
    /** Words that deny the figure after them ("31,500, not 30,900"): no figure of the speaker's. */
    denials?: string[];
    /** Words that give a figure as its subject's own ("nach eigenen Angaben", "by its own count"). */
    ownAccounts?: string[];
    bodies?: string[];
    modifiers: string[];
    quotes: string[];
    spellings: Array<[string, string]>;
  };
  measures: Record<string, string[]>;
  shares?: Record<string, string[]>;
  shareBases?: Record<string, string[]>;
  frame: {
    places: Record<PlaceRole, string[]>;
    nationwide: string[];
    notPlaces: string[];
    weekdays: Record<string, number>;
    dayParts: string[];
    relativeDays: Record<string, number>;
    thisWeek?: Record<string, number>;
    weekend: string[];
    last: string[];
    lastCalendar?: string[];
    agoAfter?: string[];
    spanBefore?: string[];
    agoBefore?: string[];
    previous: string[];
    now: string[];
    already?: string[];
    windowFromEvent?: string[];
    withinSpan?: string[];
    multipleBase?: string[];
    expected: string[];
    signUp?: string[];
    revision: string[];
    earlierValue?: string[];
    since?: string[];
    until?: string[];
    possessive?: string[];
    future?: string[];
    possibility?: string[];
    obligation?: string[];
    perfect?: string[];
    presentPerfect?: string[];
    nightInto?: string[];
    thatDay?: string[];
    thatTime?: string[];
    dayBefore?: string[];
    clauseBreaks: string[];
    timeSubordinators: string[];
    sources: Record<string, string[]>;
    sourceStatements: string[];
    there: string[];
    figureWords?: string[];
    relativePronouns?: string[];
    partitive?: string[];
    partWords?: string[];
    partOf?: string[];
    partLead?: string[];
    /** Words that add a figure to a list after a comma ("…, and 12 seals", "as well as 31 seals", "sowie"). */
    listAdd?: string[];
    alone?: string[];
    /** "there were", "waren es": a clause that counts those the sentence before tells of. */
    countsThoseBefore?: string[];
    incidents?: string[];
    namedEvents?: string[];
    eventNameEnds?: string[];
    institutions?: string[];
    institutionEndings?: string[];
    populations: Record<string, string[]>;
    statuses?: Record<string, string[]>;
    placeNames: Record<string, string>;
    placeAdjectiveEndings: string[];
    regionNouns?: string[];
    placeNameEndings?: Array<[string, string]>;
    notPlaceEndings: string[];
    atPluralEndings?: string[];
    genitiveEndings?: string[];
    possessiveEndings?: string[];
    placeEndings?: string[];
    prepositionsWithArticle: string[];
    difference?: string[];
    than?: string[];
    increment?: string[];
    marginVerbs?: string[];
    changeAlone?: string[];
    changeNouns?: string[];
    changeAfter?: string[];
    sharePoints?: string[];
    restated?: string[];
    earlierValueAfterFigure?: string[];
    earlierValueOfChange?: string[];
    changeBase?: string[];
    seatBodies?: string[];
    bodySizePrepositions?: string[];
    revisionDirections?: string[];
  };
  nouns: Record<string, string[]>;
  writing: {
    capitalisedNouns: boolean;
    pluralEndings: string[];
    figureAfterVerbIsObject?: boolean;
    aloneFollowsItsPhrase?: boolean;
    /** Nouns written as one word with what qualifies them ("Verdachtsfälle"): how to find the last part. */
    nounCompounds: false | { shortestPart: number; linkingEndings: string[] };
    /** [pattern, replacement]: declined forms of CLDR's currency names ("tschechischen Kronen"). */
    currencyNameForms?: Array<[string, string]>;
    predicate?: Omit<
      PredicateWords,
      | "auxiliaries"
      | "modals"
      | "prepositions"
      | "forms"
      | "participleEndings"
      | "presentAuxiliaries"
      | "attributiveEndings"
      | "weakEndings"
      | "infinitiveEnding"
      | "pluralPastEndings"
      | "verbs"
    > & {
      forms?: Record<string, string>;
      weakEndings?: string[];
      infinitiveEnding?: string;
      pluralPastEndings?: string[];
      verbs?: Record<string, string[]>;
      participleEndings?: string[];
      presentAuxiliaries?: string[];
      attributiveEndings?: string[];
      auxiliaries: string[];
      modals: string[];
      prepositions: string[];
    };
  };
}

type UnitsFile = Record<
  string,
  {
    kind: Kind;
    label: string;
    display?: string;
    canonical?: string;
    units?: Record<string, { factor: number; offset?: number }>;
  }
>;

/**
 * A language's lexicon is grammar/lexicon/<ISO 639 code>.yaml; the files shared by every
 * language (units, measures, transliteration) have longer names. scripts/compile-schemas.mjs
 * finds the languages by the same rule.
 */
const LANGUAGE_FILE = /^([a-z]{2,3})\.yaml$/;

const lexiconDir = (): string => join(packageRoot(), "grammar", "lexicon");

/**
 * One of grammar/lexicon/'s files, checked against its schema (schema/<schema>.schema.json): a
 * file that is not clean YAML or breaks the schema throws a DiagnosticError, each error at its
 * file:line:column, instead of failing later somewhere inside the run. A file as the build saw
 * it is read from the build's snapshot, without parsing the YAML again.
 */
export function readLexiconData(file: string, schema: string): unknown {
  const text = readFileSync(file, "utf8");
  // The build's snapshot of the file (scripts/compile-schemas.mjs), while its text is unchanged. The
  // build wrote it only once the text had passed the schema, with the validator this build runs, so
  // it is not checked again: the first run of that large validator was a tenth of a small check's time.
  const snapshot = SNAPSHOTS[basename(file)];
  if (snapshot && snapshot.hash === createHash("sha256").update(text).digest("hex")) return JSON.parse(snapshot.json);
  const src = parseYamlSource(file, text);
  if (src.errors.length > 0) throw new DiagnosticError(src.errors);
  const { errors } = checkAgainstSchema(src, schema);
  if (errors.length > 0) throw new DiagnosticError(errors);
  return src.data;
}

/** Splits a phrase the way the lexer splits text, so that phrase keys and text tokens agree. */
export function phraseKey(phrase: string): string[] {
  return lex(phrase)
    .filter((t) => t.type !== "ws" && t.type !== "nl")
    .map((t) => t.text.toLowerCase());
}

function addPhrase(trie: TrieNode, phrase: string, cat: Category, info: WordInfo): number {
  const key = phraseKey(String(phrase));
  if (key.length === 0) return 0;
  let node = trie;
  for (const part of key) {
    node.next ??= new Map();
    let child = node.next.get(part);
    if (!child) {
      child = {};
      node.next.set(part, child);
    }
    node = child;
  }
  node.entry ??= { cats: [], info: {} };
  if (!node.entry.cats.includes(cat)) node.entry.cats.push(cat);
  Object.assign(node.entry.info, info);
  return key.length;
}

const lexiconFiles = new Map<string, LexiconFile>();

/** A language's lexicon file, checked against schema/lexicon.schema.json (read once per process). */
export function readLexiconFile(lang: string): LexiconFile {
  let file = lexiconFiles.get(lang);
  if (!file) {
    file = readLexiconData(join(lexiconDir(), `${lang}.yaml`), "lexicon") as LexiconFile;
    lexiconFiles.set(lang, file);
  }
  return file;
}

const stopwordSets = new Map<string, Set<string>>();

/**
 * A language's stop words, lower-cased: what language detection counts. Read from the lexicon file
 * alone, so that telling an article's language does not build every language's lexicon.
 */
export function stopwordsOf(lang: string): Set<string> {
  let set = stopwordSets.get(lang);
  if (!set) {
    set = new Set(readLexiconFile(lang).stopwords.map((w) => w.toLowerCase()));
    stopwordSets.set(lang, set);
  }
  return set;
}

const placeNameMaps = new Map<string, Map<string, string>>();

/**
 * A language's frame.placeNames keyed in lower case, as its lexicon holds them: read from the
 * lexicon file alone, so that keying a place does not build every language's lexicon.
 */
export function placeNamesOf(lang: string): Map<string, string> {
  let names = placeNameMaps.get(lang);
  if (!names) {
    names = placeWords(readLexiconFile(lang).frame).placeNames;
    placeNameMaps.set(lang, names);
  }
  return names;
}

let languages: string[] | undefined;

/** Languages with a lexicon file (read once per process). */
export function availableLanguages(): string[] {
  languages ??= readdirSync(lexiconDir())
    .flatMap((f) => LANGUAGE_FILE.exec(f)?.[1] ?? [])
    .sort();
  return languages;
}

/** Adds a phrase to the table under a category; `morpheme`, also to the parts compound number words are split into. */
interface TableBuilder {
  add(phrase: string, cat: Category, info?: WordInfo): void;
  morpheme(word: string, cat: Category, info: WordInfo): void;
}

/** The plain word lists of numbers: that follow its multiples, in order, and the category each gives. */
const NUMBER_WORD_LISTS: ReadonlyArray<[keyof LexiconFile["numbers"], Category]> = [
  ["more", "more"],
  ["decimalPoint", "decimalPoint"],
  ["noDecimals", "noDecimals"],
  ["ratioIn", "ratioIn"],
  ["per", "per"],
  ["perCapita", "perCapita"],
  ["perNoun", "perNoun"],
  ["every", "every"],
];

/** Number words, scales, fractions and the signs of a figure (numbers:). */
function addNumbers(b: TableBuilder, nums: LexiconFile["numbers"], language: string): void {
  const { add, morpheme } = b;
  for (const [w, n] of Object.entries(nums.words)) {
    const cat: Category = n < 10 ? "units" : n < 20 ? "teens" : "tens";
    add(w, cat, { n });
    morpheme(w, cat, { n });
  }
  for (const w of nums.hundred) {
    add(w, "hundred", { scale: 100 });
    morpheme(w, "hundred", { scale: 100 });
  }
  for (const [w, s] of Object.entries(nums.scales)) {
    add(w, "scale", { scale: s });
    morpheme(w, "scale", { scale: s });
  }
  for (const [w, s] of Object.entries(nums.scaleAbbreviations)) add(w, "scaleAbbr", { scale: s });
  for (const w of nums.bareScales) {
    const s = nums.scales[w];
    if (s === undefined) throw new Error(`lexicon ${language}: bare scale "${w}" is not among numbers.scales`);
    add(w, "bareScale", { scale: s });
    morpheme(w, "bareScale", { scale: s });
  }
  for (const w of nums.articles) {
    add(w, "article", { n: 1 });
    morpheme(w, "article", { n: 1 });
  }
  for (const w of nums.joiners) add(w, "joiner");
  for (const w of nums.unitTensJoiners) {
    add(w, "unitTensJoiner");
    morpheme(w, "unitTensJoiner", {});
  }
  for (const [w, f] of Object.entries(nums.fractions)) {
    add(w, "fraction", { fraction: f });
    morpheme(w, "fraction", { fraction: f });
  }
  for (const [w, f] of Object.entries(nums.vulgarFractions)) add(w, "vulgarFraction", { fraction: f });
  for (const w of nums.plusHalf) {
    add(w, "plusHalf", { fraction: 0.5 });
    morpheme(w, "plusHalf", { fraction: 0.5 });
  }
  for (const w of nums.half) add(w, "half", { fraction: 0.5 });
  for (const [w, f] of Object.entries(nums.fractionPhrases)) add(w, "fraction", { fraction: f, standsAlone: true });
  const multiples = nums.multiplePhrases;
  for (const [head, n] of Object.entries(multiples?.heads ?? {}))
    for (const tail of multiples!.tails) add(`${head} ${tail}`, "multiplePhrase", { n, unit: MULTIPLE_UNIT });
  for (const [field, cat] of NUMBER_WORD_LISTS)
    for (const w of (nums[field] as string[] | undefined) ?? []) add(w, cat);
  for (const [w, n] of Object.entries(nums.ordinals)) add(w, "ordinal", { n });
  for (const w of nums.unitOrdinals) add(w, "unitOrdinal");
  for (const w of nums.exponentE) add(w, "exponentE");
  for (const w of nums.times) add(w, "times");
  for (const w of nums.caret) add(w, "caret");
  for (const [w, n] of Object.entries(nums.superscripts)) add(w, "superscript", { n });
  for (const w of nums.minus) add(w, "minus");
}

/** Qualifiers, ranges, changes and vague amounts. */
function addQualifiersAndRanges(b: TableBuilder, file: LexiconFile): void {
  const { add } = b;
  for (const w of file.numbers.fractionComparatives ?? []) add(w, "fractionComparative");
  for (const [w, q] of Object.entries(file.qualifiers)) add(w, "qualifier", { qualifier: q });
  for (const w of file.ranges.from) add(w, "rangeFrom");
  for (const w of file.ranges.and) add(w, "rangeAnd");
  for (const w of file.ranges.to) add(w, "rangeTo");
  for (const [w, q] of Object.entries(file.ranges.after)) add(w, "boundAfter", { qualifier: q });
  for (const w of file.ranges.changeVerbs) add(w, "changeVerb");
  for (const w of file.ranges.changeBy) add(w, "changeBy");
  for (const w of file.ranges.changeTo) add(w, "changeTo");
  for (const w of file.ranges.comparatives) add(w, "comparative");
  for (const [w, s] of Object.entries(file.vague.pluralScales)) add(w, "pluralScale", { scale: s });
  for (const w of file.vague.tensOf) add(w, "tensOf");
  for (const w of file.vague.of) add(w, "of");
  for (const [w, r] of Object.entries(file.vague.determiners)) add(w, "vagueDet", { vague: r });
}

/** Units, and currencies: every ISO 4217 currency from CLDR, then the lexicon's own forms. */
function addUnitsAndCurrencies(b: TableBuilder, file: LexiconFile): void {
  const { add } = b;
  for (const [w, u] of Object.entries(file.units)) add(w, "unit", { unit: u });
  // Every ISO 4217 currency from CLDR (currencies.ts), then the lexicon's own forms: bare nouns,
  // prefixes, and subunits written "USD/100" (a hundredth of the currency).
  for (const [w, f] of currencyForms(file.language, availableLanguages(), file.writing.currencyNameForms))
    add(w, "currency", f.code ? { currency: f.currency, isoCode: true } : { currency: f.currency });
  for (const [w, c] of Object.entries(file.currencies)) {
    const [code, parts] = c.split("/");
    add(
      w,
      "currency",
      parts === undefined ? { currency: code! } : { currency: code!, currencyFactor: 1 / Number(parts) },
    );
  }
}

/** Ages, dates and the labels that make a number part of a name. */
function addAgesDatesAndLabels(b: TableBuilder, file: LexiconFile): void {
  const { add } = b;
  for (const w of file.ages.adjectives) add(w, "ageAdj");
  for (const w of file.ages.old) add(w, "old");
  for (const w of file.ages.aged) add(w, "aged");
  for (const w of file.ages.named) add(w, "named");
  for (const w of file.ages.definite) add(w, "definite");
  for (const w of file.ages.indefinite) add(w, "indefinite");
  for (const w of file.ages.pronouns) add(w, "agePronoun");
  for (const w of file.ages.pointsBack ?? []) add(w, "pointsBack");
  for (const w of file.ages.copulas) add(w, "ageCopula");
  for (const w of file.ages.contractions) add(w, "ageContraction");
  for (const w of file.ages.turned) add(w, "ageTurned");
  for (const w of file.ages.ends) add(w, "ageEnd");
  for (const w of file.ages.decadeBefore) add(w, "decadeBefore");
  for (const [w, part] of Object.entries(file.ages.decadeParts)) add(w, "decadePart", { decadePart: part });
  for (const [w, part] of Object.entries(file.ages.decadePartsBeforeNumber))
    add(w, "decadePartBeforeNumber", { decadePart: part });
  for (const [w, n] of Object.entries(file.ages.decades)) add(w, "decade", { n });
  for (const w of file.ages.decadeEndings) add(w, "decadeEnding");
  for (const [w, m] of Object.entries(file.dates.months)) add(w, "month", { month: m });
  for (const w of file.dates.yearPrepositions) add(w, "yearPrep");
  for (const w of file.dates.monthPrepositions ?? []) add(w, "monthPrep");
  for (const w of file.dates.ordinalSuffixes) add(w, "ordSuffix");
  for (const w of file.labels.before) add(w, "label");
  for (const w of file.labels.streets) add(w, "street");
  for (const w of file.dates.ordinalBefore) add(w, "ordinalBefore");
}

/** How a lexicon writes a verb whose particle stands apart, at the end of its clause: "reisten … ein". */
const SEPARATED = " … ";

/** Attribution ("according to", "said") and the words that name a measure. */
function addAttributionAndMeasures(b: TableBuilder, file: LexiconFile): void {
  const { add } = b;
  for (const w of file.attribution.before) add(w, "accordingTo");
  for (const w of file.attribution.verbs) add(w, "sayVerb");
  for (const w of file.attribution.auxiliaries) add(w, "aux");
  for (const w of file.attribution.passiveAuxiliaries ?? []) add(w, "passiveAux");
  for (const w of file.attribution.adverbs) add(w, "adverb");
  for (const w of file.attribution.complementizers) add(w, "complementizer");
  for (const w of file.attribution.determiners) add(w, "det");
  for (const w of file.attribution.nameJoiners) add(w, "nameJoiner");
  for (const w of file.attribution.descriptors) add(w, "descriptor");
  for (const w of file.attribution.notSources ?? []) add(w, "notSource");
  for (const w of file.attribution.countWords ?? []) add(w, "countWord");
  for (const w of file.attribution.denials ?? []) add(w, "denial");
  for (const w of file.attribution.ownAccounts ?? []) add(w, "ownAccount");
  for (const w of file.attribution.bodies ?? []) add(w, "body");
  for (const w of file.attribution.modifiers) add(w, "modifier");
  for (const w of file.attribution.quotes) add(w, "quote");
  for (const [measure, words] of Object.entries(file.measures))
    for (const w of words) if (!w.includes(SEPARATED)) add(w, "measure", { measure });
  for (const [share, words] of Object.entries(file.shares ?? {})) for (const w of words) add(w, "share", { share });
}

/** The measure words written apart ("reisten … ein"), by their verb: the particle and the measure. */
function separableMeasures(file: LexiconFile): Map<string, Array<{ particle: string; measure: string }>> {
  const out = new Map<string, Array<{ particle: string; measure: string }>>();
  for (const [measure, words] of Object.entries(file.measures)) {
    for (const w of words) {
      const [verb, particle] = w.toLowerCase().split(SEPARATED);
      if (!verb || !particle) continue;
      out.set(verb, [...(out.get(verb) ?? []), { particle, measure }]);
    }
  }
  return out;
}

/** The frame's plain word lists and the category each gives its words. */
const FRAME_WORD_LISTS: ReadonlyArray<[keyof LexiconFile["frame"], Category]> = [
  ["nationwide", "nationwide"],
  ["notPlaces", "notPlace"],
  ["dayParts", "dayPart"],
  ["weekend", "weekend"],
  ["last", "lastWord"],
  ["lastCalendar", "lastCalendar"],
  ["agoAfter", "agoAfter"],
  ["spanBefore", "spanBefore"],
  ["agoBefore", "agoBefore"],
  ["previous", "previousWord"],
  ["now", "now"],
  ["already", "already"],
  ["windowFromEvent", "windowFromEvent"],
  ["withinSpan", "withinSpan"],
  ["multipleBase", "multipleBase"],
  ["expected", "expected"],
  ["signUp", "signUp"],
  ["revision", "revision"],
  ["earlierValue", "earlierValue"],
  ["since", "since"],
  ["until", "until"],
  ["possessive", "possessive"],
  ["future", "future"],
  ["possibility", "possibility"],
  ["obligation", "obligation"],
  ["perfect", "perfect"],
  ["presentPerfect", "presentPerfect"],
  ["nightInto", "nightInto"],
  ["thatDay", "thatDay"],
  ["thatTime", "thatTime"],
  ["dayBefore", "dayBefore"],
  ["clauseBreaks", "clauseBreak"],
  ["timeSubordinators", "timeSub"],
  ["sourceStatements", "sourceStatement"],
  ["there", "there"],
  ["figureWords", "figureWord"],
  ["relativePronouns", "relativePronoun"],
  ["partitive", "partitive"],
  ["partWords", "partWord"],
  ["partOf", "partOf"],
  ["partLead", "partLead"],
  ["listAdd", "listAdd"],
  ["alone", "alone"],
  ["countsThoseBefore", "countsThoseBefore"],
  ["incidents", "incident"],
];

/** The frame's words: places, periods, sources, figures, parts and populations. */
function addFrame(b: TableBuilder, f: LexiconFile["frame"], compounds: boolean | undefined): void {
  const { add } = b;
  for (const [role, words] of Object.entries(f.places) as Array<[PlaceRole, string[]]>)
    for (const w of words) add(w, "placePrep", { role });
  for (const [w, weekday] of Object.entries(f.weekdays)) {
    add(w, "weekday", { weekday });
    // German joins a part of the day to its weekday: "Sonntagnachmittag".
    if (compounds) for (const part of f.dayParts) add(w + part, "weekday", { weekday });
  }
  for (const [w, dayOffset] of Object.entries(f.relativeDays)) add(w, "relDay", { dayOffset });
  for (const [w, dayOffset] of Object.entries(f.thisWeek ?? {})) add(w, "relDay", { dayOffset, fromWeekStart: true });
  for (const [field, cat] of FRAME_WORD_LISTS) for (const w of (f[field] as string[] | undefined) ?? []) add(w, cat);
  for (const [sourceKey, words] of Object.entries(f.sources))
    for (const w of words) add(w, "sourceKind", { sourceKey });
  for (const [population, words] of Object.entries(f.populations))
    for (const w of words) add(w, "population", { population });
  for (const [status, words] of Object.entries(f.statuses ?? {})) for (const w of words) add(w, "status", { status });
}

/**
 * Builds the phrase table of a lexicon file, section by section in the file's order (a phrase's
 * categories keep the order they were added in).
 */
/** The words of dates that are read off the text beside the phrase table. */
const dateWords = (
  d: LexiconFile["dates"],
): Pick<Lexicon, "clockWords" | "decadeEndings" | "whenUnits" | "clauseSubjects"> => ({
  clockWords: new Set(d.clock.map((w) => w.toLowerCase().replace(/\s+/gu, ""))),
  decadeEndings: new Set(d.decadeEndings.map((w) => w.toLowerCase())),
  whenUnits: new Set(d.whenUnits),
  clauseSubjects: new Set(d.clauseSubjects),
});

export function buildLexicon(file: LexiconFile): Lexicon {
  const trie: TrieNode = {};
  let max = 1;
  const morphemes = new Map<string, PhraseEntry>();
  const b: TableBuilder = {
    add: (phrase, cat, info = {}) => {
      max = Math.max(max, addPhrase(trie, phrase, cat, info));
    },
    morpheme: (word, cat, info) => {
      const e = morphemes.get(word) ?? { cats: [], info: {} };
      if (!e.cats.includes(cat)) e.cats.push(cat);
      Object.assign(e.info, info);
      morphemes.set(word, e);
    },
  };
  const { add } = b;
  const nums = file.numbers;
  const f = file.frame;
  addNumbers(b, nums, file.language);
  addQualifiersAndRanges(b, file);
  addUnitsAndCurrencies(b, file);
  addAgesDatesAndLabels(b, file);
  addAttributionAndMeasures(b, file);
  addFrame(b, f, nums.compounds);
  for (const [unit, words] of Object.entries(file.nouns)) for (const w of words) add(w, "noun", { nounUnit: unit });
  for (const w of file.stopwords) add(w, "stop");
  // Last, once every category is in: what an ISO code is when written in small letters.
  for (const [w, f] of currencyForms(file.language, availableLanguages(), file.writing.currencyNameForms)) {
    const entry = f.code ? trie.next?.get(w)?.entry : undefined;
    if (entry) entry.smallCats = entry.cats.filter((c) => c !== "currency");
  }
  return {
    lang: file.language,
    name: file.name,
    decimal: file.digits.decimal,
    groups: file.digits.group,
    abbreviations: new Set(file.abbreviations.map((a) => a.toLowerCase())),
    compounds: nums.compounds === true,
    numberMorphemes: morphemes,
    trie,
    maxPhraseTokens: max,
    stopwords: new Set(file.stopwords.map((w) => w.toLowerCase())),
    capitalisedNouns: file.writing.capitalisedNouns,
    nounCompounds: file.writing.nounCompounds || undefined,
    figureAfterVerbIsObject: file.writing.figureAfterVerbIsObject === true,
    aloneFollowsItsPhrase: file.writing.aloneFollowsItsPhrase === true,
    predicate: predicateWords(file.writing.predicate),
    separableMeasures: separableMeasures(file),
    pluralEndings: file.writing.pluralEndings,
    ...dateWords(file.dates),
    ...placeWords(f),
    figureWords: new Set((f.figureWords ?? []).map((w) => w.toLowerCase())),
    determinerWords: new Set([...file.attribution.determiners, ...nums.articles].map((w) => w.toLowerCase())),
    ...comparisonWords(f),
    shareBases: new Map(
      Object.entries(file.shareBases ?? {}).map(([m, words]) => [m, new Set(words.map((w) => w.toLowerCase()))]),
    ),
  };
}

/** Where a count's predicate stands; a lexicon without `writing.predicate` gives no fallback measure. */
function predicateWords(p: LexiconFile["writing"]["predicate"]): PredicateWords {
  const set = (words: string[] = []): Set<string> => new Set(words.map((w) => w.toLowerCase()));
  if (!p)
    return {
      places: [],
      auxiliaries: set(),
      modals: set(),
      prepositions: set(),
      adverbEndings: [],
      progressiveEndings: [],
      presentAuxiliaries: [],
      participleEndings: [],
      attributiveEndings: [],
      participlePrefix: "",
      particles: [],
      forms: new Map(),
      weakEndings: [],
      infinitiveEnding: "",
      pluralPastEndings: [],
      verbs: new Map(),
    };
  // A modal stands between a noun and its predicate as an auxiliary does, and is never one.
  const auxiliaries = set([...p.auxiliaries, ...p.modals]);
  const forms = new Map(Object.entries(p.forms ?? {}).map(([f, inf]) => [f.toLowerCase(), inf.toLowerCase()]));
  const participleEndings = p.participleEndings ?? [];
  const attributiveEndings = p.attributiveEndings ?? [];
  const sets = { auxiliaries, modals: set(p.modals), prepositions: set(p.prepositions) };
  const verbs = new Map(
    Object.entries(p.verbs ?? {}).flatMap(([id, ws]) => ws.map((w) => [w.toLowerCase(), id] as const)),
  );
  const weak = {
    weakEndings: p.weakEndings ?? [],
    infinitiveEnding: p.infinitiveEnding ?? "",
    pluralPastEndings: p.pluralPastEndings ?? [],
    verbs,
  };
  const presentAuxiliaries = (p.presentAuxiliaries ?? []).map((w) => w.toLowerCase());
  return { ...p, ...sets, forms, participleEndings, presentAuxiliaries, attributiveEndings, ...weak };
}

/** What tells a place, and an institution, from other names. */
const placeWords = (f: LexiconFile["frame"]) => ({
  placeNames: new Map(Object.entries(f.placeNames).map(([k, v]) => [k.toLowerCase(), v])),
  placeAdjectiveEndings: f.placeAdjectiveEndings,
  regionNouns: new Set((f.regionNouns ?? []).map((w) => w.toLowerCase())),
  placeNameEndings: f.placeNameEndings ?? [],
  notPlaceEndings: f.notPlaceEndings,
  atPluralEndings: f.atPluralEndings ?? [],
  inIntoFromPrepositions: [...f.places.in, ...f.places.into, ...f.places.from].filter((w) => !w.includes(" ")),
  genitiveEndings: f.genitiveEndings ?? [],
  possessiveEndings: f.possessiveEndings ?? [],
  placeEndings: f.placeEndings ?? [],
  institutions: new Set((f.institutions ?? []).map((w) => w.toLowerCase())),
  namedEvents: new Set((f.namedEvents ?? []).map((w) => w.toLowerCase())),
  eventNameEnds: new Set((f.eventNameEnds ?? []).map((w) => w.toLowerCase())),
  institutionEndings: f.institutionEndings ?? [],
  prepositionsWithArticle: new Set(f.prepositionsWithArticle),
});

/** The words that make a figure a difference ("430 more … than") or an earlier value ("to nine from ten"). */
const comparisonWords = (f: LexiconFile["frame"]) => ({
  differenceWords: new Set(f.difference ?? []),
  thanWords: new Set(f.than ?? []),
  incrementWords: new Set(f.increment ?? []),
  marginVerbs: new Set(f.marginVerbs ?? []),
  changeAlone: new Set(f.changeAlone ?? []),
  changeNouns: new Set(f.changeNouns ?? []),
  changeAfter: new Set(f.changeAfter ?? []),
  sharePoints: new Set(f.sharePoints ?? []),
  restated: new Set(f.restated ?? []),
  earlierValueAfterFigure: new Set(f.earlierValueAfterFigure ?? []),
  earlierValueOfChange: new Set(f.earlierValueOfChange ?? []),
  changeBase: new Set(f.changeBase ?? []),
  seatBodies: new Set(f.seatBodies ?? []),
  bodySizePrepositions: new Set(f.bodySizePrepositions ?? []),
  revisionDirections: new Set(f.revisionDirections ?? []),
});

const cache = new Map<string, Lexicon>();

let inputHashes: Record<string, string> | undefined;

/** Every lexicon file's SHA-256, by file name in order: what a lexicon built now would be built from. */
export function lexiconInputHashes(): Record<string, string> {
  if (!inputHashes) {
    inputHashes = {};
    for (const f of readdirSync(lexiconDir()).sort())
      if (f.endsWith(".yaml"))
        inputHashes[f] = createHash("sha256")
          .update(readFileSync(join(lexiconDir(), f)))
          .digest("hex");
  }
  return inputHashes;
}

/** The lexicon of a language, loaded once per process: as the build made it where it can be (built-lexicon.ts). */
export function getLexicon(lang: string): Lexicon {
  let lexicon = cache.get(lang);
  if (!lexicon) {
    if (!availableLanguages().includes(lang)) {
      throw new Error(`no lexicon for language "${lang}" (have: ${availableLanguages().join(", ")})`);
    }
    lexicon =
      readBuiltTables<Lexicon>(builtLexiconFile(lang), currentKey(lexiconInputHashes)) ??
      buildLexicon(readLexiconFile(lang));
    cache.set(lang, lexicon);
  }
  return lexicon;
}

let unitTable: Map<string, UnitDef> | undefined;
let dimensionTable: Map<string, DimensionDef> | undefined;

/** Every dimension of units.yaml (those no unit is written in too: age, counts), by id. */
export function getDimensions(): Map<string, DimensionDef> {
  if (dimensionTable) return dimensionTable;
  const file = readLexiconData(join(lexiconDir(), "units.yaml"), "units") as UnitsFile;
  dimensionTable = new Map();
  for (const [id, d] of Object.entries(file)) {
    dimensionTable.set(id, {
      id,
      kind: d.kind,
      label: d.label,
      display: d.display ?? null,
      canonical: d.canonical ?? null,
    });
  }
  unitTable = new Map();
  for (const [dimension, d] of Object.entries(file)) {
    for (const [id, def] of Object.entries(d.units ?? {})) {
      unitTable.set(id, {
        id,
        dimension,
        kind: d.kind,
        canonical: d.canonical!,
        factor: def.factor,
        offset: def.offset ?? 0,
      });
    }
  }
  return dimensionTable;
}

/** Every unit id in units.yaml with its dimension, kind and conversion to the canonical unit. */
export function getUnits(): Map<string, UnitDef> {
  if (!unitTable) getDimensions();
  return unitTable!;
}

/** Ends like a plural of the language ("drivers"), not merely in the letters ("pass"). */
export function looksPlural(word: string, endings: readonly string[]): boolean {
  return endings.some((e) => word.length > e.length + 1 && word.endsWith(e) && !word.endsWith(e + e));
}

/** Looks up the longest lexicon phrase starting at tokens[i]; returns its entry and length. */
export function matchPhrase(
  lexicon: Lexicon,
  keys: readonly string[],
  i: number,
): { entry: PhraseEntry; length: number } | undefined {
  let node: TrieNode | undefined = lexicon.trie;
  let best: { entry: PhraseEntry; length: number } | undefined;
  for (let j = i; j < keys.length && j - i < lexicon.maxPhraseTokens; j++) {
    node = node.next?.get(keys[j]!);
    if (!node) break;
    if (node.entry) best = { entry: node.entry, length: j - i + 1 };
  }
  return best;
}

export interface UnitLookup {
  unit?: string;
  currency?: string;
  nounUnit?: string;
}

/**
 * What a unit written by hand means ("miles", "Kilometer", "$", "EUR", "people"), looked up in
 * the claims file's language first, then in every other language's lexicon, then among the
 * unit ids and canonical units themselves. The file's language first, because a word may mean
 * another unit in another language; and so an English file does not load the other lexicons
 * when its own has the word.
 */
export function lookupUnit(written: string, lang = "en"): UnitLookup | undefined {
  let byWritten = unitLookups.get(lang);
  if (byWritten === undefined) {
    byWritten = new Map();
    unitLookups.set(lang, byWritten);
  }
  let found = byWritten.get(written);
  if (found === undefined) {
    found = findUnit(written, lang) ?? null;
    byWritten.set(written, found);
  }
  return found ?? undefined;
}

/** Per language, per unit as written: what it means, or null for no unit. */
const unitLookups = new Map<string, Map<string, UnitLookup | null>>();

function findUnit(written: string, lang: string): UnitLookup | undefined {
  const key = phraseKey(written);
  if (key.length === 0) return undefined;
  const others = availableLanguages().filter((l) => l !== lang);
  for (const l of availableLanguages().includes(lang) ? [lang, ...others] : others) {
    const m = matchPhrase(getLexicon(l), key, 0);
    if (!m || m.length !== key.length) continue;
    const { info, cats } = m.entry;
    if (cats.includes("unit")) return { unit: info.unit };
    if (cats.includes("currency")) return { currency: info.currency };
    if (cats.includes("noun")) return { nounUnit: info.nounUnit };
  }
  const units = getUnits();
  if (units.has(written)) return { unit: written };
  for (const u of units.values()) if (u.canonical === written) return { unit: u.id };
  if (/^[A-Z]{3}$/.test(written)) return { currency: written };
  const countUnits = new Set(availableLanguages().flatMap((l) => Object.keys(readLexiconFile(l).nouns)));
  if (countUnits.has(written)) return { nounUnit: written };
  return undefined;
}

export interface MeasureDef {
  id: string;
  label: string;
  /** A running count that only grows: a later, smaller figure needs a stated revision. */
  cumulative: boolean;
  /** People moving between places: the place's role gives the direction. */
  movement: boolean;
  /** The role a movement's own place takes ("entered Georgia": into; "left Russia": from). */
  direction: "into" | "from" | null;
  /** A state that changes from day to day (the missing, the homeless): undated figures meet only their own day's. */
  daily: boolean;
  /** A state counted day after day in one ongoing event (strikers, a backlog): a series that may rise or fall. */
  series: boolean;
  /** Counts things, never people: a word of it in a clause that counts people is their object ("Häuser"). */
  things: boolean;
  /** The kinds of claim the measure can belong to. */
  kinds: string[];
  /** The dimension whose figures measure this, whatever words report them (a temperature). */
  dimension: string | null;
  /** What forecasters predict (the weather, a grid, a toll): a figure of it in a clause of what will or could be is a forecast. */
  forecast: boolean;
  /** The measure this is a difference of ("430 more people died than …" is excess deaths, not deaths). */
  differenceOf: string | null;
  /** The measure this is of animals ("40,000 dead fish" are animals killed, not deaths). */
  animalsOf: string | null;
  /** The noun units a count of this measure counts (person); with animalsOf, those whose counts are of animals (fish, cattle …). */
  nounUnits: string[];
  /** How a count became known (found, identified): a measure word describing the counted noun wins over it. */
  discovery: boolean;
  /** A limit, no count of what happened ("licensed for 40,000"): no period, never carried, no break in the thread. */
  limit: boolean;
  /** Populations a count of this measure is only a part of the whole among ("seven survivors died"). */
  partPopulations: string[];
  /** Measures whose count holds all of this one's: "N of them" after one of their figures is this measure's whole count. */
  subsetOf: string[];
  /** A count of one moment of the event (people aboard when it sank): one quantity whenever given. */
  moment: boolean;
  /** A count that belongs to whom it is for (votes of a party): two holders, two quantities. */
  perHolder: boolean;
  /** How full a thing is, a percent of its capacity (measures.yaml `level`): its words may be participles. */
  level: boolean;
  /** An amount of a thing measured (measures.yaml `amount`): a change in percent of it is "change:" and its id. */
  amount: boolean;
  /** Escapes from something (measures.yaml `escapes`: oil from a ship): a place it came from is no place of its figure. */
  escapes: boolean;
}

/** One measure as measures.yaml writes it (schema/measures.schema.json). */
interface MeasureEntry {
  cumulative?: boolean;
  movement?: boolean;
  direction?: "into" | "from";
  daily?: boolean;
  series?: boolean;
  things?: boolean;
  label?: string;
  kinds?: string[];
  dimension?: string;
  forecast?: boolean;
  differenceOf?: string;
  animalsOf?: string;
  nounUnits?: string[];
  partPopulations?: string[];
  subsetOf?: string[];
  moment?: boolean;
  limit?: boolean;
  discovery?: boolean;
  perHolder?: boolean;
  level?: boolean;
  amount?: boolean;
  escapes?: boolean;
}

let measures: Map<string, MeasureDef> | undefined;

/** What grammar/lexicon/measures.yaml says about each measure id. */
export function getMeasures(): Map<string, MeasureDef> {
  if (measures) return measures;
  const file = readLexiconData(join(lexiconDir(), "measures.yaml"), "measures") as Record<string, MeasureEntry>;
  measures = new Map(
    Object.entries(file).map(([id, v]) => [
      id,
      {
        id,
        label: v.label ?? id,
        cumulative: v.cumulative === true,
        movement: v.movement === true,
        direction: v.direction ?? null,
        daily: v.daily === true,
        series: v.series === true,
        things: v.things === true,
        kinds: v.kinds ?? ["count", "number"],
        dimension: v.dimension ?? null,
        forecast: v.forecast === true,
        differenceOf: v.differenceOf ?? null,
        animalsOf: v.animalsOf ?? null,
        nounUnits: v.nounUnits ?? [],
        partPopulations: v.partPopulations ?? [],
        subsetOf: v.subsetOf ?? [],
        moment: v.moment === true,
        limit: v.limit === true,
        discovery: v.discovery === true,
        perHolder: v.perHolder === true,
        level: v.level === true,
        amount: v.amount === true,
        escapes: v.escapes === true,
      },
    ]),
  );
  for (const def of [...measures.values()]) if (def.amount) measures.set(`${CHANGE_PREFIX}${def.id}`, changeOf(def));
  return measures;
}

/**
 * The measure of a change in percent of an amount (measures.yaml `amount`): "change:harvest", a
 * state stated again as estimates are revised, so its figures at several periods are a series.
 */
function changeOf(def: MeasureDef): MeasureDef {
  const id = `${CHANGE_PREFIX}${def.id}`;
  const flags = { cumulative: false, movement: false, daily: false, things: false, forecast: false, moment: false };
  const more = { limit: false, discovery: false, perHolder: false, level: false, amount: false, escapes: false };
  return {
    ...def,
    ...flags,
    ...more,
    id,
    label: `change in ${def.label} (percent)`,
    series: true,
    kinds: ["percent"],
    direction: null,
    dimension: null,
    differenceOf: null,
    animalsOf: null,
    nounUnits: [],
    partPopulations: [],
    subsetOf: [],
  };
}

/** The measure a unit's dimension names (measures.yaml `dimension:`), if any: `temperature` for °C. */
export function measureOfDimension(dimension: string | null): MeasureDef | undefined {
  if (!dimension) return undefined;
  for (const def of getMeasures().values()) if (def.dimension === dimension) return def;
  return undefined;
}

/**
 * The measure that is `measure` taken another way (measures.yaml `differenceOf`, `animalsOf`):
 * deaths above the usual are `excess-deaths`, deaths of animals `animals-killed`.
 */
export function measureDerivedFrom(measure: string, how: "differenceOf" | "animalsOf"): MeasureDef | undefined {
  for (const def of getMeasures().values()) if (def[how] === measure) return def;
  return undefined;
}

/** Every canonical unit, for messages that list what is allowed. */
export function canonicalUnits(): string[] {
  const out = new Set<string>();
  for (const u of getUnits().values()) out.add(u.canonical);
  for (const l of availableLanguages()) for (const n of Object.keys(readLexiconFile(l).nouns)) out.add(n);
  return [...out, "USD", "EUR", "RUB", "GBP", "…"];
}

/**
 * The fallback measure of a count that no measure word names: what its predicate did (the
 * predicate's stem) to what it counts (the counted noun's unit, else the noun's stem), in one
 * language: "predicate:en:flight:scrap". A verb the lexicons share (`writing.predicate.verbs`)
 * is named by its id in every language, under the language `any`: "410 flights were cancelled"
 * and "440 Flüge wurden gestrichen" are both "predicate:any:flight:cancel". Never a measure id of
 * measures.yaml (those hold no colon).
 */
export const PREDICATE_MEASURE = "predicate:";
/** The language of a fallback measure whose verb the lexicons share. */
export const SHARED_VERB_LANGUAGE = "any";

export function predicateMeasureId(lang: string, noun: string, predicate: string): string {
  return `${PREDICATE_MEASURE}${lang}:${noun}:${predicate}`;
}

/** Whether an id is a well-formed fallback measure: "predicate:<lang of a lexicon, or any>:<noun>:<stem>". */
export function isPredicateMeasure(id: string): boolean {
  const [head, lang, noun, predicate, ...rest] = id.split(":");
  return (
    `${head}:` === PREDICATE_MEASURE &&
    (lang === SHARED_VERB_LANGUAGE || availableLanguages().includes(lang ?? "")) &&
    !!noun &&
    !!predicate &&
    rest.length === 0
  );
}

/** How reports name a measure: its label in measures.yaml, "flight · cancel" for a fallback, "share of votes", else the id. */
export function measureLabel(id: string): string {
  const def = getMeasures().get(id);
  if (def) return def.label;
  if (id.startsWith(SHARE_PREFIX)) return `share of ${measureLabel(id.slice(SHARE_PREFIX.length))}`;
  if (!id.startsWith(PREDICATE_MEASURE)) return id;
  const [, , noun, predicate] = id.split(":");
  return `${noun} · ${predicate}`;
}

/** A measure as a table of claims shows it: its id, a fallback as its label ("expected:flight · cancel"). */
export function measureName(id: string): string {
  const what = withoutForecast(id);
  const expected = id.slice(0, id.length - what.length);
  return what.startsWith(PREDICATE_MEASURE) || what.startsWith(`${SHARE_PREFIX}${PREDICATE_MEASURE}`)
    ? expected + measureLabel(what)
    : id;
}

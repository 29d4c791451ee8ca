// The Claim: crosscheck's one public shape for a figure, whether extracted from an article or
// added by hand in claims/*.yaml. docs/claims.md says what every field means.

export const KINDS = ["count", "measure", "percent", "age", "date", "duration", "money", "number"] as const;
export type Kind = (typeof KINDS)[number];

export const QUALIFIERS = [
  "exact",
  "approximate",
  "more-than",
  "at-least",
  "less-than",
  "at-most",
  "range",
  "vague",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface ClaimSpan {
  /** JS string index of the first character in the article's text. */
  start: number;
  /** JS string index after the last character. */
  end: number;
  line: number;
  column: number;
}

/** Where a hand-added claim was written. */
export interface ClaimOrigin {
  file: string;
  line: number;
  column: number;
}

/** A hand correction applied to an extracted claim (claims/*.yaml `corrections:`). */
export interface ClaimCorrection {
  file: string;
  line: number;
  column: number;
  reason: string;
  /** The claim was marked wrong or irrelevant and is kept out of the rules. */
  ignored: boolean;
  /** The fields the correction set. */
  fields: string[];
}

export const PLACE_ROLES = ["in", "into", "from", "at", "nationwide"] as const;
export type ScopeRole = (typeof PLACE_ROLES)[number];

/** A place a figure is about, with its role: "into Georgia", "in München", "bundesweit". */
export interface ScopePlace {
  /** The name as written ("München", "Hamburger"). */
  name: string;
  /** The same in every language: "munich", "country:DE", "nationwide". */
  key: string;
  role: ScopeRole;
}

/**
 * The population of a figure that is a part of the one before it ("35 of them", "davon 35",
 * "including 450 rescuers"): a part is never compared with a whole, nor with another part.
 */
export const PART_POPULATION = "part";

/** A multiple of another figure ("three times as many"): its unit and dimension in grammar/lexicon/units.yaml. */
export const MULTIPLE_UNIT = "times";
export const MULTIPLE_DIMENSION = "multiple";

/** What a measure id says of a forecast: "expected:deaths" is what is expected of deaths, never a count of them. */
export const FORECAST_PREFIX = "expected:";

/**
 * What a measure id says of a share: "share:votes" is a percent of the votes (the share of the
 * vote), never a count of them; it keeps no flag of its measure but whose count it is (perHolder).
 */
export const SHARE_PREFIX = "share:";

/**
 * What a measure id says of a change in percent of an amount: "change:harvest" is how much the
 * harvest rose or fell ("down 18 percent on last year"), never the harvest nor a share of it.
 */
export const CHANGE_PREFIX = "change:";

/** The measure a share is of ("share:votes" → "votes"), or the measure itself. */
export const withoutShare = (measure: string): string =>
  measure.startsWith(SHARE_PREFIX) ? measure.slice(SHARE_PREFIX.length) : measure;

/** A measure without the mark of a forecast: "expected:deaths" → "deaths". */
export const withoutForecast = (measure: string): string =>
  measure.startsWith(FORECAST_PREFIX) ? measure.slice(FORECAST_PREFIX.length) : measure;

/**
 * The status of an increment ("12 new cases", "a further 12 people died", "weitere 12"): what was
 * added, never a point of the count it adds to, whatever other statuses the story names.
 */
export const NEW_STATUS = "new";

/** Where and whom a figure is about. */
export interface ClaimScope {
  places: ScopePlace[];
  /** Who is counted, when the text narrows it (men, children, reservists …); a lexicon id. */
  population: string | null;
  /**
   * For a figure said as some of a larger count that is its own place's whole count ("six dead,
   * four of them in the capital", "Five of the dead were in the Arken Highlands"): the places of
   * that larger count, empty where it names none. Its place lies within them. Absent otherwise.
   */
  within?: ScopePlace[];
}

/**
 * The time a figure covers or stands as of, resolved against the article's date: ISO days,
 * start and end inclusive. When the article has no date, "on Saturday" or "last weekend" cannot
 * be resolved: start and end are null and `unresolved` says what the text gives ("weekday:6",
 * "weekend", "weekend-1" for the one before).
 */
/** The `unresolved` period of an earlier value ("up from 84", "nach zuvor 41"): some time before its figure's, unknown. */
export const EARLIER_PERIOD = "earlier";

export interface ClaimPeriod {
  start: string | null;
  end: string | null;
  unresolved: string | null;
  /** The words that say it ("on Saturday", "am vergangenen Wochenende"). */
  text: string;
}

/** Frame keys a figure's own clause does not give, taken from its sentence or an earlier mention. */
export const FRAME_KEYS = ["measure", "noun", "scope", "period", "source"] as const;
export type FrameKey = (typeof FRAME_KEYS)[number];

export interface Claim {
  id: string;
  /** The article's path, or null for a hand-added claim that stands for an outside source. */
  article: string | null;
  origin?: ClaimOrigin;
  kind: Kind;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  unit: string | null;
  unitText: string | null;
  /** The unit's dimension (length, duration, money:EUR, count:person …), for comparison keys. */
  dimension: string | null;
  noun: string | null;
  /** What happened to what is counted: a measure id of grammar/lexicon/measures.yaml, "expected:" before it for a forecast. */
  measure: string | null;
  scope: ClaimScope | null;
  period: ClaimPeriod | null;
  entity: string | null;
  source: string | null;
  /** Frame keys not read from the figure's own clause. */
  inferred: FrameKey[];
  /** The figure's clause says it corrects an earlier one ("revised to", "nach unten korrigiert", "down from"). */
  revision: boolean;
  asOf: string | null;
  /** For kind date: ISO 8601, possibly partial ("2022-09-21", "2022", "--09-21"). */
  date: string | null;
  text: string;
  span: ClaimSpan | null;
  sentence: string | null;
  lang: string | null;
  correction?: ClaimCorrection;
}

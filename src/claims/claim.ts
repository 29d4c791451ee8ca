// The Claim: crosscheck's one public shape for a figure, whether extracted from an article or
// added by hand in claims/*.yaml. docs/claims.md says what every field means.

export const KINDS = ["count", "measure", "percent", "age", "date", "duration", "money", "number"] as const;
export type Kind = (typeof KINDS)[number];

export const QUALIFIERS = ["exact", "approximate", "more-than", "at-least", "less-than", "at-most", "range", "vague"] as const;
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
  subject: string | null;
  entity: string | null;
  source: string | null;
  asOf: string | null;
  /** For kind date: ISO 8601, possibly partial ("2022-09-21", "2022", "--09-21"). */
  date: string | null;
  text: string;
  span: ClaimSpan | null;
  sentence: string | null;
  lang: string | null;
  correction?: ClaimCorrection;
}

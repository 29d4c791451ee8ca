// The option schemas the figure rules share, so that each is described once. The rules read the
// same judged quantity groups (quantities.ts): each quantity gets at most one of their findings.

/** Option schemas the figure rules share, so that each is described once. */
export const TOLERANCE_OPTION = {
  type: "number",
  minimum: 0,
  maximum: 1,
  description: "Relative slack added to both intervals before comparing.",
} as const;
export const FACTOR_OPTION = {
  type: "number",
  exclusiveMinimum: 1,
  description: "Figures that meet but lie more than this many times apart are divergent estimates.",
} as const;
export const MAX_RATIO_OPTION = {
  type: "number",
  exclusiveMinimum: 1,
  description: "Figures further apart than this are taken to count different things (a part and the whole).",
} as const;

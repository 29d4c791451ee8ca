// Every rule crosscheck has. A rule is a file in src/rules/rules/ with its docs page in
// docs/rules/<id>.md; test/rules/docs.test.ts checks that each has the other.
import type { Rule } from "./types.js";
import { ageConflict } from "./rules/age-conflict.js";
import { disputedFigure } from "./rules/disputed-figure.js";
import { divergentEstimate } from "./rules/divergent-estimate.js";
import { duplicateArticle } from "./rules/duplicate-article.js";
import { duplicateClaim } from "./rules/duplicate-claim.js";
import { figureConflict } from "./rules/figure-conflict.js";
import { figureSeries } from "./rules/figure-series.js";
import { inconsistentInArticle } from "./rules/inconsistent-in-article.js";
import { nameVariant } from "./rules/name-variant.js";
import { unitMismatch } from "./rules/unit-mismatch.js";

export const RULES: ReadonlyArray<Rule<never>> = [
  ageConflict, disputedFigure, divergentEstimate, duplicateArticle, duplicateClaim,
  figureConflict, figureSeries, inconsistentInArticle, nameVariant, unitMismatch,
] as unknown as ReadonlyArray<Rule<never>>;

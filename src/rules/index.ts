// Every rule crosscheck has. A rule is a file in src/rules/rules/ (made with defineRule) with its
// docs page in docs/rules/<id>.md and its tests in test/rules/rules/<id>.test.ts; one line here
// registers it. test/rules/docs.test.ts checks that each has the others.
import type { RegisteredRule, RuleInfo } from "./types.js";
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

export const RULES: readonly RegisteredRule[] = [
  ageConflict,
  disputedFigure,
  divergentEstimate,
  duplicateArticle,
  duplicateClaim,
  figureConflict,
  figureSeries,
  inconsistentInArticle,
  nameVariant,
  unitMismatch,
];

/** What the reporters are told of every rule (CheckResult.rules). */
export const ruleInfo = (): RuleInfo[] =>
  RULES.map(({ meta }) => ({
    id: meta.id,
    description: meta.description,
    severity: meta.severity,
    messages: meta.messages,
  }));

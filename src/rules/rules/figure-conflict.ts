import { figureRule } from "../figure-rule.js";
import { defineRule } from "../types.js";
import { lowered } from "../quantities.js";

/**
 * One quantity (same measure, place, population and period) given figures that cannot all be
 * true, by sources that should agree: the same source, or sources that are not named.
 */
export const figureConflict = defineRule(
  figureRule({
    id: "figure-conflict",
    description: "Articles give one quantity, for one period, figures that cannot all be true.",
    severity: "error",
    verdict: "conflict",
    messageId: "conflict",
    message: "{quantity}: {figures}: these figures cannot all be true ({ratio} apart).{missing}",
    advice: "Check which figure is right and when each was true; trace both back to their original source.",
    // A key some figures lack, or a period nobody gives: the figures may be of other days or places.
    lowered: (j) => lowered(j) || j.group.period === null,
  }),
);

import { figureRule } from "../figure-rule.js";
import { defineRule } from "../types.js";
import { lowered } from "../quantities.js";

/** Sources that dispute each other (police and organisers) give one quantity figures that cannot all be true. */
export const disputedFigure = defineRule(
  figureRule({
    id: "disputed-figure",
    description: "Different sources (by attribution) give one quantity figures that cannot all be true.",
    severity: "warning",
    verdict: "disputed",
    messageId: "disputed",
    message: "{quantity}: {figures}: the sources disagree ({ratio} apart).{missing}",
    advice: "Report the figures with their sources, or find independent evidence for one.",
    lowered,
  }),
);

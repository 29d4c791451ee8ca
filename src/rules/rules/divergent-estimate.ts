import { figureRule } from "../figure-rule.js";
import { defineRule } from "../types.js";

/** Estimates of one quantity that can all be true but lie far apart: worth a look, not a contradiction. */
export const divergentEstimate = defineRule(
  figureRule({
    id: "divergent-estimate",
    description: "Estimates of one quantity that are compatible but far apart.",
    severity: "info",
    verdict: "divergent",
    messageId: "divergent",
    message: "{quantity}: {figures}: {ratio} apart, so all may hold.{missing}",
    advice: "Say which estimate the story relies on, whose it is and as of when.",
  }),
);

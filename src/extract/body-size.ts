// An assembly's size is no count of anyone's seats (issue 13, "seats apart from votes"): "the
// 80-seat assembly", "an assembly of 80 seats", "im Parlament mit 80 Sitzen" state how many seats
// the body has, not what a party won. Such a figure measures nothing and lends no measure to the
// bare numbers after it ("the Civic Union would have 31 seats, the Renewal Party 30").
import type { Lexicon } from "../language/lexicon.js";
import type { PhraseMatch } from "./parse-phrases.js";
import type { Token } from "./tagger.js";

/** How far after "80-seat" the body may stand ("the 80-seat regional assembly"). */
const BODY_REACH = 3;

/**
 * Whether a figure states the size of a body of the lexicon's `frame.seatBodies`: glued by a hyphen to
 * a word that a body follows within a few words ("80-seat assembly"), or after "with", "of", "mit"
 * (`frame.bodySizePrepositions`) straight after a body ("Parlament mit 80 Sitzen").
 */
export function isBodySize(tokens: readonly Token[], m: PhraseMatch, lexicon: Lexicon): boolean {
  const { seatBodies, bodySizePrepositions } = lexicon;
  if (seatBodies.size === 0) return false;
  const glued = tokens[m.last];
  if (glued?.cats.includes("hyphen") && !glued.spaceBefore) {
    for (let k = m.last + 2; k <= m.last + 1 + BODY_REACH && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.num || t.cats.includes("comma")) break;
      if (seatBodies.has(t.key)) return true;
    }
  }
  const preposition = tokens[m.first - 1];
  const body = tokens[m.first - 2];
  return (
    preposition !== undefined &&
    body !== undefined &&
    bodySizePrepositions.has(preposition.key) &&
    seatBodies.has(body.key)
  );
}

// Random news-like text for property tests of extraction: figures, qualifiers, names, sentence
// ends, line breaks and German words, in any order. Used wherever a fast path of extraction is
// held to its reference (tagger.test.ts, lookahead.test.ts).
import fc from "fast-check";

const pieces = fc.constantFrom(
  "More than", "up to", "about", "a couple of", "dozens of", "hundred", "thousand", "one", "twenty-five", "a year ago", "an hour",
  "Officials said", "the border", "was closed", "they", "night", ".", ".", "!", "?", "\n", "\n\n", ",", "\u201d", "(", ")",
  "Mikhail", "Bayankin", "Anna", "Zuyeva", "U.S.", "Dr.", "J.", "21.", "September", "km", "%", "$", "Viele", "Manche Reisende",
  "Die Behörden", "20 Min.", "2 Mio.", "Std.", "Euro", ":", "/", "-", "p.m.", "6 p.m.", "um 18 Uhr", "0", "07", "minus", "Half of", "die Hälfte", "dreihunderttausend", "Männer", "sagte", "laut", "rund", "etwa", "Jahre alt", "Der 28-Jährige", "sind geflohen",
);
export const paragraphs = fc.array(fc.oneof(pieces, fc.integer({ min: 0, max: 2_000_000 }).map(String)), { maxLength: 60 }).map((p) => p.join(" "));


import fc from "fast-check";

/**
 * Any code point, lone surrogates included, as a one-character string: what fast-check's
 * `unit: "binary"` gives. That unit builds a table of every code point the first time a process
 * uses it (0.8 s, in each test worker); this needs none.
 */
export const anyCharacter = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));

/** Strings of any code points, up to `maxLength` of them. */
export const anyText = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(anyCharacter, { maxLength }).map((chars) => chars.join(""));

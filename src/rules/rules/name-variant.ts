import type { Rule } from "../types.js";
import type { NameMention } from "../../claims/store.js";
import { nameKeyParts } from "../../claims/name-key.js";
import { compareText } from "../intl.js";

type Options = Record<string, never>;

/**
 * The same person spelled differently (Vezhevatova / Weschewatowa), within or across articles and
 * languages. Names are the same person when every word's transliteration key matches; a table
 * of known names is never used.
 */
export const nameVariant: Rule<Options> = {
  meta: {
    id: "name-variant",
    description: "One person's name is spelled in different ways.",
    severity: "warning",
    options: { type: "object", additionalProperties: false, properties: {} },
    defaults: {},
    messages: {
      variant: "{spellings}: {count} spellings of one name",
    },
  },
  check({ store }) {
    const out = [];
    for (const key of store.nameKeys()) {
      const people = new Map<string, NameMention[]>();
      for (const m of store.namesByKey(key)) {
        const person = nameKeyParts(m.text).join(" ");
        (people.get(person) ?? people.set(person, []).get(person)!).push(m);
      }
      for (const [, mentions] of [...people].sort(([x], [y]) => compareText(x, y))) {
        const spellings = [...new Set(mentions.map((m) => m.text))].sort();
        if (spellings.length < 2) continue;
        const first = new Map<string, NameMention>();
        for (const m of mentions) if (!first.has(m.text)) first.set(m.text, m);
        const places = spellings.map((s) => {
          const m = first.get(s)!;
          return { article: m.article, line: m.line, column: m.column, start: m.start, end: m.end, text: m.text };
        });
        out.push({
          messageId: "variant",
          data: { spellings: spellings.join(" / "), count: spellings.length },
          claims: [],
          places,
          articles: [...new Set(mentions.map((m) => m.article))].sort(),
          advice: "Pick one spelling (the person's own, or your house transliteration) and use it throughout.",
        });
      }
    }
    return out;
  },
};

// A person's name key: the same for every transliteration of one name (Vezhevatova,
// Weschewatowa, Вежеватова), found from how letters are written, never from a table of names.
// The rules are data: grammar/lexicon/transliteration.yaml.
import { join } from "node:path";
import { readYamlFile } from "../base/yaml-source.js";
import { packageRoot } from "../base/paths.js";

interface Rule {
  from: string;
  to: string;
  at: "anywhere" | "start" | "end" | "after-consonant";
}

interface Table {
  cyrillic: Map<string, string>;
  rules: Rule[];
  /** Rules for a surname beside a first name only (transliteration.yaml `fullNameRules`). */
  fullNameRules: Rule[];
}

let table: Table | undefined;

const toRule = ([raw, to]: [string, string]): Rule => {
  if (raw.startsWith("^")) return { from: raw.slice(1), to, at: "start" };
  if (raw.endsWith("$")) return { from: raw.slice(0, -1), to, at: "end" };
  if (raw.startsWith("~")) return { from: raw.slice(1), to, at: "after-consonant" };
  return { from: raw, to, at: "anywhere" };
};

function rulesTable(): Table {
  if (table) return table;
  const file = readYamlFile(join(packageRoot(), "grammar", "lexicon", "transliteration.yaml")) as {
    cyrillic: Record<string, string>;
    rules: Array<[string, string]>;
    fullNameRules?: Array<[string, string]>;
  };
  table = {
    cyrillic: new Map(Object.entries(file.cyrillic)),
    rules: file.rules.map(toRule),
    fullNameRules: (file.fullNameRules ?? []).map(toRule),
  };
  return table;
}

const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);

function applyRule(word: string, r: Rule): string {
  switch (r.at) {
    case "start":
      return word.startsWith(r.from) ? r.to + word.slice(r.from.length) : word;
    case "end":
      return word.endsWith(r.from) && word.length > r.from.length ? word.slice(0, -r.from.length) + r.to : word;
    case "anywhere":
      return word.split(r.from).join(r.to);
    case "after-consonant": {
      let out = "";
      for (let i = 0; i < word.length; ) {
        if (i > 0 && word.startsWith(r.from, i) && !VOWELS.has(word[i - 1]!)) {
          out += r.to;
          i += r.from.length;
        } else out += word[i++];
      }
      return out;
    }
  }
}

const memo = new Map<string, string>();

/** The key of one word of a name. */
export function nameKey(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const key = computeKey(word);
  if (memo.size > 100_000) memo.clear();
  memo.set(word, key);
  return key;
}

function computeKey(word: string): string {
  const { cyrillic, rules } = rulesTable();
  let w = word.toLowerCase().replace(/['’]s$/u, "");
  w = [...w].map((ch) => cyrillic.get(ch) ?? ch).join("");
  w = w
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[^a-z]/g, "");
  for (const r of rules) w = applyRule(w, r);
  w = w.replace(/(.)\1+/g, "$1");
  // A final s is a genitive ("Wladimir Putins"), a Latvian or Lithuanian ending (Rinkēvičs) or a
  // plural ("Fires"): the same name either way.
  return w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w;
}

/** One key per word of a name ("Mikhail Bayankin" → ["mihail", "bayankin"]). */
export function nameKeyParts(name: string): string[] {
  return name
    .split(/[\s\-‐]+/u)
    .map(nameKey)
    .filter((k) => k.length > 0);
}

/**
 * One key per word of a full name, its surname folded further where a first name stands beside it
 * (`fullNameRules`: "Yuri Zelenko" and "Juri Selenko" → ["yuri", "selenko"]); a surname alone is
 * keyed as `nameKeyParts` keys it.
 */
export function fullNameKeyParts(name: string): string[] {
  const parts = nameKeyParts(name);
  if (parts.length < 2) return parts;
  let last = parts[parts.length - 1]!;
  for (const r of rulesTable().fullNameRules) last = applyRule(last, r);
  return [...parts.slice(0, -1), last];
}

/**
 * The same person's name: every word's key matches, or one is a single word matching the other's
 * surname. A first name alone never matches a full name (two Konstantins are not one person).
 */
export function sameName(a: string, b: string): boolean {
  const x = nameKeyParts(a);
  const y = nameKeyParts(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.length === y.length) return x.every((k, i) => k === y[i]);
  if (x.length === 1) return x[0] === y[y.length - 1];
  if (y.length === 1) return y[0] === x[x.length - 1];
  return false;
}

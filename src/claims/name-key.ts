// PROVISIONAL: minimal transliteration key; replaced by the full rule table version.
import { distance } from "fastest-levenshtein";

export function nameKey(name: string): string {
  let s = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]s$/u, "").replace(/[^a-z]/g, "");
  s = s.replace(/tsch/g, "ch").replace(/sch/g, "sh").replace(/kh/g, "h").replace(/ch/g, "h").replace(/w/g, "v").replace(/j/g, "y").replace(/ow$/, "ov").replace(/(.)\1+/g, "$1");
  return s;
}

export function nameKeyParts(name: string): string[] {
  return name.split(/[\s-]+/u).map(nameKey).filter(Boolean);
}

export function sameName(a: string, b: string): boolean {
  const x = nameKeyParts(a);
  const y = nameKeyParts(b);
  if (x.length === y.length) return x.every((k, i) => k === y[i]);
  if (x.length === 1) return x[0] === y[y.length - 1];
  if (y.length === 1) return y[0] === x[x.length - 1];
  return false;
}

export function nameSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  return 1 - distance(x, y) / Math.max(x.length, y.length, 1);
}

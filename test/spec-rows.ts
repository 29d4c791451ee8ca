// The grammar's spec tables (test/spec/<lang>/<topic>.yaml): each row an input sentence, or
// several, and every claim extract must find in it. Read by spec.test.ts, which checks the
// claims, and by tests that hold a fast path of extraction to its reference on every input.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface Row {
  input?: string;
  inputs?: string[];
  /** The article's date, for periods ("on Saturday") resolved against it. */
  date?: string;
  claims: Array<Record<string, unknown>>;
  /**
   * A known gap: what extract should find but does not yet, and why. spec.test.ts runs the row
   * expecting it to fail, so a gap that gets fixed fails the run until its mark is removed.
   */
  gap?: string;
}

export const SPEC_ROOT = join(import.meta.dirname, "spec");

export function rows(lang: string, file: string): Row[] {
  return parse(readFileSync(join(SPEC_ROOT, lang, file), "utf8")) as Row[];
}

/** Every input of every spec table, with its language. */
export function specInputs(): Array<{ input: string; lang: string }> {
  const out: Array<{ input: string; lang: string }> = [];
  for (const lang of readdirSync(SPEC_ROOT))
    for (const file of readdirSync(join(SPEC_ROOT, lang)).filter((f) => f.endsWith(".yaml")))
      for (const row of rows(lang, file)) for (const input of row.inputs ?? [row.input!]) out.push({ input, lang });
  return out;
}

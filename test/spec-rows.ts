// The grammar's spec tables (test/spec/<lang>/<topic>.yaml): each row an input sentence, or
// several, and every claim extract must find in it. Read by spec.test.ts, which checks the
// claims, and by tests that hold a fast path of extraction to its reference on every input.
import { readFileSync } from "node:fs";
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

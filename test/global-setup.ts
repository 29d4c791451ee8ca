import { compileGrammar } from "../scripts/compile-grammar.mjs";
import { compileSchemas, snapshotLexicons } from "../scripts/compile-schemas.mjs";

export default function setup(): void {
  compileGrammar();
  compileSchemas();
  snapshotLexicons();
}

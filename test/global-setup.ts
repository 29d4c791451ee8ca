import { compileGrammar } from "../scripts/compile-grammar.mjs";

export default function setup(): void {
  compileGrammar();
}

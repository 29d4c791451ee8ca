/** Compiles grammar/main.ne into src/extract/generated/grammar.ts; returns the output path. */
export function compileGrammar(): string;

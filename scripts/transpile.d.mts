/** Writes dist/src/ and dist/bench/ from the TypeScript sources, one module per source file (esbuild). */
export function transpile(): Promise<void>;

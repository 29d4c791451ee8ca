/** Writes dist/src/ and dist/bench/ from the TypeScript sources, one module per source file (esbuild). */
export function transpile(): Promise<void>;
/** A hash of every TypeScript source under `dir` (src/ by default) and of the lock file: the build's id. */
export function sourcesId(dir?: string, lockFile?: string): string;

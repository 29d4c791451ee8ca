/** Bundles dist/src/cli.js and its worker into dist/bundle/ (esbuild); returns the CLI's path. */
export function bundle(): Promise<string>;

// Writes dist/src/ and dist/bench/ from the TypeScript sources, one JavaScript module per source
// file, with esbuild. tsc only type-checks (`tsc --noEmit`, in `npm run build` and `npm test`):
// its emit was a third of its time, and esbuild is what vitest already runs the sources through.
// tsconfig.json's isolatedModules makes tsc refuse what a file-by-file transpiler cannot compile.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function transpile() {
  await build({
    absWorkingDir: root,
    entryPoints: ["src/**/*.ts", "bench/**/*.ts"],
    outdir: "dist",
    outbase: ".",
    bundle: false,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await transpile();

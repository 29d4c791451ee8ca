// Writes dist/src/ and dist/bench/ from the TypeScript sources, one JavaScript module per source
// file, with esbuild. tsc only type-checks (`tsc --noEmit`, in `npm run build` and `npm test`):
// its emit was a third of its time, and esbuild is what vitest already runs the sources through.
// tsconfig.json's isolatedModules makes tsc refuse what a file-by-file transpiler cannot compile.
// Every module gets the build's id (CROSSCHECK_BUILD_ID, a hash of the sources transpiled), and
// the lexicons built by exactly this code are then written beside it (write-built-lexicons.mjs).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * A hash of every TypeScript source under `dir`, and of the lock file (the packages the bundle
 * will hold): the same sources and packages, the same id.
 */
export function sourcesId(dir = join(root, "src"), lockFile = join(root, "package-lock.json")) {
  const h = createHash("sha256");
  h.update(readFileSync(lockFile)).update("\0");
  const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".ts"));
  for (const f of files.sort())
    h.update(f)
      .update("\0")
      .update(readFileSync(join(dir, f)))
      .update("\0");
  return h.digest("hex").slice(0, 20);
}

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
    define: { CROSSCHECK_BUILD_ID: JSON.stringify(sourcesId()) },
    logLevel: "warning",
  });
  execFileSync(process.execPath, [join(root, "scripts", "write-built-lexicons.mjs")], { stdio: "inherit" });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await transpile();

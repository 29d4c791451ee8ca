// Bundles the built CLI (dist/src/cli.js) and its extraction worker into dist/bundle/: one file
// each, which the `crosscheck` command, `npm run check` and the end-to-end tests run. Node loads
// one module instead of about 130 (ours and our packages'), which took a quarter of a short run's
// start (0.1 of 0.4 s). esbuild does the bundling: the standard tool for it, and fast (0.3 s).
// dist/src/ stays one module per source file (scripts/transpile.mjs); test/e2e/bundle.test.ts
// holds the two builds' output equal.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function bundle() {
  await build({
    absWorkingDir: root,
    // The worker keeps the name parallel.ts looks for beside the running module ("./worker.js").
    entryPoints: { cli: "dist/src/cli.js", worker: "dist/src/extract/worker.js" },
    outdir: "dist/bundle",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // piscina starts its threads from a file beside its own module: it must stay in node_modules.
    external: ["piscina"],
    // Tells src/base/own-code.ts that every module is now this one file.
    define: { CROSSCHECK_BUNDLE: "true" },
    // CommonJS packages bundled into an ES module (moo, nearley, commander) still call require.
    banner: {
      js: "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
  return join(root, "dist/bundle/cli.js");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();

import { availableParallelism } from "node:os";
import { join } from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

// Test files that replace a module (vi.mock) run in a fresh module graph of their own; the rest
// share one per worker, which saves each file importing the grammar and the lexicons again
// (a third of the suite's time). Tests that change the working directory put it back.
const REPLACES_MODULES = ["test/claims/extract-cache-interrupted.test.ts"];

// `npm test` (scripts/test.mjs) runs the tests on the modules the global setup has just written
// to dist/src/ from the sources, the JavaScript users run, and Node imports them itself: through
// vitest's module runner, importing the sources took a tenth of the suite's CPU (transform and
// import 18 s against 5 s). `npx vitest` (watch) runs them on the sources, so that an edit is
// tested at once. The file that replaces a module needs the runner (vi.mock), so it keeps the sources.
const BUILT = process.env.CROSSCHECK_TEST_BUILT_MODULES === "1";
const onBuiltModules = BUILT
  ? {
      alias: [{ find: /^(?:\.\.\/)+src\/(.*)$/, replacement: join(import.meta.dirname, "dist/src/$1") }],
      server: { deps: { external: [/\/dist\/src\//] } },
    }
  : {};

export default defineConfig({
  test: {
    // Compiles grammar/*.ne before any test runs, so a stale grammar can never be tested.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    // Every core: the end-to-end tests spend much of their time waiting on the CLI they started.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...REPLACES_MODULES],
          isolate: false,
          ...onBuiltModules,
        },
      },
      { extends: true, test: { name: "isolated", include: REPLACES_MODULES } },
    ],
  },
});

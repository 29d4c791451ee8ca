import { availableParallelism } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// Test files share one module graph per worker (isolate: false), which saves each file importing the
// grammar and the lexicons again (a third of the suite's time). Tests that change the working
// directory, or replace a builtin's export (module.syncBuiltinESMExports), put it back.
//
// `npm test` (scripts/test.mjs) runs the tests on the modules the global setup has just written
// to dist/src/ from the sources, the JavaScript users run, and Node imports them itself: through
// vitest's module runner, importing the sources took a tenth of the suite's CPU (transform and
// import 18 s against 5 s). `npx vitest` (watch) runs them on the sources, so that an edit is
// tested at once.
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
    // One seed for every property test (FC_SEED=random for a new one each run).
    setupFiles: ["test/fast-check-seed.ts"],
    testTimeout: 60_000,
    // Every core: the end-to-end tests spend much of their time waiting on the CLI they started.
    maxWorkers: availableParallelism(),
    include: ["test/**/*.test.ts"],
    isolate: false,
    ...onBuiltModules,
  },
});

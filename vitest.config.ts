import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

// Test files that replace a module (vi.mock) run in a fresh module graph of their own; the rest
// share one per worker, which saves each file importing the grammar and the lexicons again
// (a third of the suite's time). Tests that change the working directory put it back.
const REPLACES_MODULES = ["test/claims/extract-cache-interrupted.test.ts"];

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
        },
      },
      { extends: true, test: { name: "isolated", include: REPLACES_MODULES } },
    ],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Compiles grammar/*.ne before any test runs, so a stale grammar can never be tested.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
  },
});

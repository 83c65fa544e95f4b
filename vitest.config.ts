import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The small demo country many files use, made once (test/global-setup.ts; copies via test/support/demo-data.ts).
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two files at a time, also on a 2-core machine (vitest's default there is one): much of the suite waits on
    // Chromium, PostgreSQL, LibreOffice and child processes. Measured: 1,408 s serial, 939 s with two (124 files).
    maxWorkers: 2,
  },
});

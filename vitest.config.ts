import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Explicit, so Playwright's e2e/*.spec.ts files are never collected here.
    include: ["shared/**/*.test.ts", "electron/**/*.test.ts", "renderer/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Model tests each start native work; on 2 cores running files in parallel makes them slower, not faster.
    fileParallelism: false,
  },
});

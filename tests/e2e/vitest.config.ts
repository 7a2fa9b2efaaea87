import path from "node:path";
import { defineConfig } from "vitest/config";

// Browser tests: one production server for the run, files one after another (they share its data).
export default defineConfig({
  resolve: { alias: { "~models": path.resolve("models"), "~": path.resolve("app") } },
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    pool: "forks",
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"],
    // The bad-input fixtures run real builds, one after another; so does the good build in a beforeAll.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/build/**/*.test.ts"],
    // The bad-input fixtures run real builds, one after another.
    testTimeout: 120_000,
    // …and some set up a real build before their tests (a good build that failed ones must not touch).
    hookTimeout: 120_000,
  },
});

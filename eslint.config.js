// @ts-check
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Node's own modules by their bare names (the `node:` pattern below catches the rest): the browser has none. */
const nodeModules = builtinModules.filter((name) => !name.startsWith("_"));

/** typescript-eslint's checks on values typed `any`, where those types come from the tools, not the code. */
const unsafeAnyRulesOff = /** @type {const} */ ({
  "@typescript-eslint/no-unsafe-argument": "off",
  "@typescript-eslint/no-unsafe-assignment": "off",
  "@typescript-eslint/no-unsafe-call": "off",
  "@typescript-eslint/no-unsafe-member-access": "off",
  "@typescript-eslint/no-unsafe-return": "off",
});

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".dist-staging/",
      ".dist-staging-previous/",
      "node_modules/",
      ".astro/",
      "test-results/",
      "playwright-report/",
      "bench/out/",
    ],
  },
  // A disable comment that no longer silences anything fails too.
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // Type information for every TypeScript file, from tsconfig.json.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
    },
  },
  {
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  ...astro.configs.recommended,
  ...astro.configs["jsx-a11y-strict"],
  {
    files: ["**/*.astro"],
    languageOptions: {
      // astro-eslint-parser has no project service: it reads tsconfig.json itself.
      parserOptions: { projectService: false, project: true },
    },
    rules: {
      // TypeScript alone cannot type an .astro file's markup (its elements and fragments come out as
      // `any` or unresolved), so these rules would flag every `.map()` that returns markup.
      ...unsafeAnyRulesOff,
      // The sideways-scrolling regions (a named <section>) take focus so that keyboard users can
      // scroll them (WCAG 2.1.1; axe's scrollable-region-focusable).
      "astro/jsx-a11y/no-noninteractive-tabindex": ["error", { tags: ["section"], roles: ["tabpanel"] }],
    },
  },
  {
    // Imports of .astro components: only Astro's language server types them (`astro check` checks this file).
    files: ["src/components/diagrams/index.ts"],
    rules: unsafeAnyRulesOff,
  },
  {
    // Tests read JSON that the build wrote and use vitest's `expect.any()`-style matchers, both typed
    // `any` on purpose; what they hold is what the tests assert.
    files: ["tests/**"],
    rules: unsafeAnyRulesOff,
  },
  {
    // The scripts in an .astro file's <script> tags are linted as virtual files that
    // TypeScript's project cannot see, so rules that need types are off there.
    files: ["**/*.astro/*.js", "**/*.astro/*.ts"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Browser code (with the <script> tags of .astro files): it ships to readers, so it
    // cannot reach the content store or Node.
    files: ["src/scripts/**", "src/search/**", "src/**/*.astro/*.{js,ts}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "astro:content",
              message: "Browser code cannot read collections: take data from the page.",
            },
            ...nodeModules.map((name) => ({ name, message: "Browser code cannot use Node's modules." })),
          ],
          patterns: [{ group: ["node:*"], message: "Browser code cannot use Node's modules." }],
        },
      ],
    },
  },
);

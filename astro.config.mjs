// @ts-check
import { defineConfig } from "astro/config";
import { outputDir } from "./src/build/output-folders";
import { securityHeaders } from "./src/integrations/security-headers";
import { shareCards } from "./src/integrations/share-cards";
import { stagedOutput } from "./src/integrations/staged-output";
import { astroCsp } from "./src/security/policy";
import { siteConfig } from "./src/site.config";

export default defineConfig({
  // Without SITE_URL the build is a local preview with no address (see src/site.config.ts).
  ...(siteConfig.url ? { site: siteConfig.url } : {}),
  base: siteConfig.base,
  trailingSlash: "always",
  // Tests build fixture sites too; each gets its own output and cache folders
  // (the cache holds the content store, which must not mix two content folders).
  outDir: outputDir(),
  cacheDir: process.env["GLOSSARY_CACHE_DIR"] ?? "./node_modules/.astro",
  server: { host: "127.0.0.1", port: 4321 },
  // A route or content id used twice is an error, not a warning.
  prerenderConflictBehavior: "error",
  markdown: {
    // Shiki colours code with inline styles, which the CSP below blocks. Entry bodies are rendered by the
    // entry loader (src/collections/entry-loader.ts), which leaves code plain too; this keeps any other Markdown alike.
    syntaxHighlight: false,
  },
  // A strict content security policy on every page, from the one policy source:
  // only this site's own scripts (the head script by hash), no inline styles, and
  // WebAssembly for Pagefind's search. The same source writes _headers and deploy/.
  security: { csp: astroCsp() },
  build: {
    // Stylesheets stay files, so no page carries an inline style the policy would need to hash.
    inlineStylesheets: "never",
    // Pages rendered four at a time: while one page's file is written, the next renders. One at a time
    // (Astro's default) left the main thread idle for a quarter of the step; the output is the same.
    concurrency: 4,
  },
  vite: {
    build: {
      // Scripts stay files too (Astro inlines small ones): the policy then holds one fixed hash.
      assetsInlineLimit: (file) => (file.endsWith(".js") ? false : undefined),
    },
  },
  // In this order: the security check, then the share cards (drawn on worker threads from the start, so
  // they are waited for last). Everything is written into a staging folder; `npm run build` then writes
  // the search index and the compressed copies, and swaps it in (src/build/finish-build.ts).
  integrations: [securityHeaders(), shareCards(), stagedOutput()],
});

// @ts-check
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { contentDir } from "./src/content/content-dir";
import { pagefindIndex } from "./src/integrations/pagefind-index";
import { securityHeaders } from "./src/integrations/security-headers";
import { rehypePlugins, remarkPlugins } from "./src/markdown/plugins";
import { siteConfig } from "./src/site.config";

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: "always",
  // Tests build fixture sites too; each gets its own output and cache folders
  // (the cache holds the content store, which must not mix two content folders).
  outDir: process.env["GLOSSARY_OUT_DIR"] ?? "./dist",
  cacheDir: process.env["GLOSSARY_CACHE_DIR"] ?? "./node_modules/.astro",
  server: { host: "127.0.0.1", port: 4321 },
  // A route or content id used twice is an error, not a warning.
  prerenderConflictBehavior: "error",
  markdown: {
    // Shiki colours code with inline styles, which the CSP below blocks; code blocks stay plain.
    syntaxHighlight: false,
    // GFM and smart punctuation come from our own plugin list, registered once: unified()'s built-in copies are off.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: remarkPlugins({ contentDir }),
      rehypePlugins,
    }),
  },
  // A strict content security policy on every page: only this site's own scripts
  // (inline ones by hash), no inline styles, and WebAssembly for Pagefind's search.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [mdx(), pagefindIndex(), securityHeaders()],
});

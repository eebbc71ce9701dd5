/**
 * How long browsers and caches may keep each kind of file. Fingerprinted files
 * (their names change when their content does) are kept for a year; every
 * other file (pages, feeds, Pagefind's entry file and its scripts, whose names
 * stay the same across builds) only briefly.
 */
export interface CacheRule {
  /** What the rule covers, for people reading the generated configs. */
  what: string;
  /** Netlify/Cloudflare `_headers` path patterns (`*` matches the rest of the path). */
  headersPatterns: readonly string[];
  /** The nginx location that covers the same files (prefix, or `~` regex). */
  nginxLocation: string;
}

/** Cache-Control of fingerprinted files. */
export const LONG_LIVED = "public, max-age=31536000, immutable";

/** Cache-Control of everything else. */
export const BRIEF = "public, max-age=300, must-revalidate";

/** The fingerprinted files; everything else is cached briefly. */
export const LONG_LIVED_FILES: readonly CacheRule[] = [
  {
    what: "Astro's fingerprinted scripts and styles",
    headersPatterns: ["/_astro/*"],
    nginxLocation: "/_astro/",
  },
  {
    what: "Pagefind's hashed index, filter and fragment chunks (pagefind-entry.json names the current ones)",
    headersPatterns: ["/pagefind/fragment/*", "/pagefind/index/*", "/pagefind/filter/*"],
    nginxLocation: "~ ^/pagefind/(fragment|index|filter)/",
  },
];

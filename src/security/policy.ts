/**
 * The site's security policy: the one source for the `<meta>` content security
 * policy (via Astro's `security.csp`), the `_headers` file and the server
 * configs in `deploy/`. Every inline script the site writes is hashed here; a
 * build check (src/security/inline-hashes.ts) proves no page has one that is not.
 */
import { createHash } from "node:crypto";
import { BOOT_SCRIPT } from "./boot-script";

/** A CSP hash source for an inline script or style: `'sha256-…'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Directives besides script-src and style-src, which Astro writes itself from the lists below. */
const BASE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Where scripts may come from: this site, and WebAssembly compilation for Pagefind's search. */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Where styles may come from: this site's stylesheets only; no inline styles. */
const STYLE_SOURCES = ["'self'"] as const;

/** Hashes of the inline scripts the site writes itself. */
const SCRIPT_HASHES = [cspHash(BOOT_SCRIPT)] as const;

/** What only a header can say: no site may frame these pages (a `<meta>` policy cannot forbid it). */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The content security policy as a response header: everything the `<meta>` policy says, plus framing. */
export function headerPolicy(): string {
  return [
    ...BASE_DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, ...SCRIPT_HASHES].join(" ")}`,
    `style-src ${STYLE_SOURCES.join(" ")}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join("; ");
}

/** Every header a page response carries, in the order servers send them. */
export function securityHeaders(): Array<[name: string, value: string]> {
  return [
    ["Content-Security-Policy", headerPolicy()],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "no-referrer"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ];
}

/** Astro's `security.csp` option, from the same lists. */
export function astroCsp() {
  return {
    directives: [...BASE_DIRECTIVES],
    scriptDirective: {
      resources: [...SCRIPT_SOURCES],
      // Astro takes hash sources without their quotes.
      hashes: SCRIPT_HASHES.map((hash) => hash.slice(1, -1) as `sha256-${string}`),
    },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

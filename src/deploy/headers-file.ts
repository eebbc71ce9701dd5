import { securityHeaders } from "../security/policy";
import { LONG_LIVED, LONG_LIVED_FILES } from "./cache-rules";

/**
 * The `_headers` file Netlify and Cloudflare Pages read from the published
 * folder: the security headers on every path, and a long cache time for
 * fingerprinted files. Pages keep the host's own short default: these hosts
 * join the values of a header set by two matching rules, so Cache-Control is
 * set once per path.
 */
export function renderHeadersFile(): string {
  const lines = [
    "# Written by the build from src/security/policy.ts and src/deploy/cache-rules.ts.",
    "/*",
    ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const rule of LONG_LIVED_FILES) {
    lines.push(`# ${rule.what}`);
    for (const pattern of rule.headersPatterns) lines.push(pattern, `  Cache-Control: ${LONG_LIVED}`);
  }
  return `${lines.join("\n")}\n`;
}

import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Headers every response should carry, beyond the content security policy. */
const COMMON_HEADERS = [
  "X-Content-Type-Options: nosniff",
  "Referrer-Policy: no-referrer",
  "Permissions-Policy: camera=(), microphone=(), geolocation=()",
];

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/** Merges the per-page policies into one that allows every page's hashed inline scripts and styles. */
function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(";")) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/**
 * Writes `dist/_headers` for hosts that read one (Netlify, Cloudflare Pages):
 * the pages' content security policy as a real header, which can also forbid
 * framing (a `<meta>` policy cannot), plus a few safe defaults.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: "security-headers",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: string[] = [];
        for await (const file of htmlFiles(outDir)) {
          const html = await readFile(file, "utf8");
          const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
          if (!policy) throw new Error(`${file} has no content security policy <meta>: is security.csp on?`);
          policies.push(policy.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
        }
        const policy = `${mergePolicies(policies)}; frame-ancestors 'none'`;
        const body = [
          "/*",
          `  Content-Security-Policy: ${policy}`,
          ...COMMON_HEADERS.map((h) => `  ${h}`),
          "",
        ].join("\n");
        await writeFile(join(outDir, "_headers"), body);
        logger.info(`_headers written from ${policies.length} pages`);
      },
    },
  };
}

import type { AstroIntegration } from "astro";
import { readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { renderHeadersFile } from "../deploy/headers-file";
import { findUnhashedInline } from "../security/inline-hashes";
import { headerPolicy } from "../security/policy";
import { filesIn } from "./dist-files";

/**
 * Writes `dist/_headers` (Netlify, Cloudflare Pages) from the one security
 * policy, then checks every page: an inline script or style whose hash is
 * missing from the page's `<meta>` policy or from the header policy would be
 * blocked in browsers, so the build fails naming the page and the hash.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: "security-headers",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await writeFile(join(outDir, "_headers"), renderHeadersFile());
        const policy = headerPolicy();
        const problems: string[] = [];
        let pages = 0;
        for (const file of filesIn(outDir, (name) => name.endsWith(".html"))) {
          pages++;
          const page = `/${relative(outDir, file).split("\\").join("/")}`;
          problems.push(...findUnhashedInline(page, await readFile(file, "utf8"), policy));
        }
        if (problems.length > 0) {
          throw new Error(
            `Security policy check failed: ${problems.length} inline script(s) or style(s) would be blocked.\n- ${problems.slice(0, 20).join("\n- ")}\nFix: move the code into a file under src/scripts/, or add its text to src/security/ and its hash to src/security/policy.ts.`,
          );
        }
        logger.info(`_headers written; ${pages} pages checked against the security policy`);
      },
    },
  };
}

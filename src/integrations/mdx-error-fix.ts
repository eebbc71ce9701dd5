import type { AstroIntegration } from "astro";

/** The MDX compiler's Vite plugin, as @astrojs/mdx registers it. */
const MDX_PLUGIN = "@mdx-js/rolldown";

type Handler = (this: unknown, ...args: unknown[]) => unknown;
interface MdxError extends Error {
  loc?: { file?: string; line?: number };
}

/** What an editor should do about an MDX syntax error. */
function fixLine(error: MdxError): string {
  const file = (error.loc?.file ?? "the file").replace(/\?.*$/, "");
  const where = error.loc?.line ? `${file} near line ${error.loc.line}` : file;
  return `Fix: correct the MDX in ${where}: close every tag you open (<Term id="…">…</Term>, <Cite id="…" /> with its slash), and write a literal { or < in text as \\{ or &lt;. Then build again.`;
}

/**
 * Ends an MDX syntax error with a "Fix:" line, as the content checks do, and
 * drops its stack trace (it points into the MDX compiler, not the editor's
 * file). The compiler's message already names the file, line and column. Must
 * come after `mdx()` in the integrations, whose compiler plugin it wraps.
 */
export function mdxErrorFix(): AstroIntegration {
  return {
    name: "mdx-error-fix",
    hooks: {
      "astro:config:setup": ({ config, logger }) => {
        const plugin = (config.vite.plugins ?? [])
          .flat()
          .find(
            (p): p is { name: string; transform: { handler: Handler } } =>
              typeof p === "object" && p !== null && "name" in p && p.name === MDX_PLUGIN && "transform" in p,
          );
        if (!plugin) {
          logger.warn(`${MDX_PLUGIN} not found: MDX errors keep their stack trace and get no "Fix:" line`);
          return;
        }
        const handler = plugin.transform.handler;
        plugin.transform.handler = async function (this: unknown, ...args: unknown[]) {
          try {
            return await handler.apply(this, args);
          } catch (error) {
            if (error instanceof Error && error.name === "MDXError") {
              error.message += `\n${fixLine(error)}`;
              error.stack = "";
            }
            throw error;
          }
        };
      },
    },
  };
}

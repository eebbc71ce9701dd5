import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { TEXT_FILE, writeCompressedCopies } from "./compressed-copies";
import { filesIn } from "./dist-files";

/**
 * Writes `.br` and `.gz` beside every text file of the finished site, at the
 * strongest settings that keep the build fast (src/integrations/compressed-copies.ts).
 * The search index is written after `astro build` and compresses its own files
 * (src/build/search-index.ts).
 */
export function precompress(): AstroIntegration {
  return {
    name: "precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const files = filesIn(fileURLToPath(dir), (name) => TEXT_FILE.test(name));
        logger.info(`.br and .gz written beside ${await writeCompressedCopies(files)} text files`);
      },
    },
  };
}

import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TEXT_FILE, writeCompressedCopies } from "./compressed-copies";
import { filesIn } from "./dist-files";
import { SEARCH_INDEX_FOLDER } from "./pagefind-index";

/**
 * Writes `.br` and `.gz` beside every text file of the finished site, at the
 * strongest settings that keep the build fast (src/integrations/compressed-copies.ts).
 * The search index is still being written meanwhile (pagefind-index runs in the
 * background), so its folder is left to pagefind-index, which compresses its
 * files once they are all there.
 */
export function precompress(): AstroIntegration {
  return {
    name: "precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const searchIndex = join(outDir, SEARCH_INDEX_FOLDER);
        const files = filesIn(outDir, (name) => TEXT_FILE.test(name)).filter(
          (file) => !file.startsWith(`${searchIndex}/`),
        );
        logger.info(`.br and .gz written beside ${await writeCompressedCopies(files)} text files`);
      },
    },
  };
}

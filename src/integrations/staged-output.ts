import type { AstroIntegration } from "astro";
import { rm } from "node:fs/promises";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { outputDir, stagingDirFor } from "../build/output-folders";

/**
 * Makes `astro build` write into the staging folder beside the output folder
 * (src/build/output-folders.ts). `npm run build` then adds the search index
 * and the compressed copies, and swaps the staging folder in
 * (src/build/finish-build.ts), so a build that fails anywhere leaves the last
 * good `dist/` as it was.
 */
export function stagedOutput(): AstroIntegration {
  let stagingDir: string | undefined;
  return {
    name: "staged-output",
    hooks: {
      "astro:config:setup": async ({ command, updateConfig }) => {
        if (command !== "build") return;
        stagingDir = stagingDirFor(outputDir());
        // What a failed build left behind.
        await rm(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
      },
      "astro:build:done": ({ logger }) => {
        if (!stagingDir) return;
        logger.info(
          `pages staged in ${basename(stagingDir)}/; the search index, the compressed copies and the swap come next`,
        );
      },
    },
  };
}

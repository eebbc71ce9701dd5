import type { AstroIntegration } from "astro";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { backgroundWorkDone } from "./background-work";

/**
 * Builds into a staging folder beside the output folder and swaps it in only
 * when the whole build (pages, search index, checks) has succeeded, so a failed
 * build of any kind leaves the last good `dist/` exactly as it was. Must be the
 * last integration: it runs after every other `astro:build:done` hook, and
 * waits for the work they left running (src/integrations/background-work.ts).
 */
export function stagedOutput(): AstroIntegration {
  let finalDir: string | undefined;
  let stagingDir: string | undefined;
  return {
    name: "staged-output",
    hooks: {
      "astro:config:setup": async ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        finalDir = fileURLToPath(config.outDir).replace(/\/$/, "");
        stagingDir = join(dirname(finalDir), `.${basename(finalDir)}-staging`);
        // What a failed build left behind.
        await rm(stagingDir, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
      },
      "astro:build:done": async ({ logger }) => {
        await backgroundWorkDone();
        if (!finalDir || !stagingDir) return;
        const previous = `${stagingDir}-previous`;
        await rm(previous, { recursive: true, force: true });
        if (existsSync(finalDir)) await rename(finalDir, previous);
        await rename(stagingDir, finalDir);
        await rm(previous, { recursive: true, force: true });
        logger.info(`the new build replaced ${basename(finalDir)}/`);
      },
    },
  };
}

import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Where the build's output goes. Astro writes the pages into a staging folder
 * beside the output folder (src/integrations/staged-output.ts); the search
 * index and the compressed copies are added there after Astro has exited
 * (src/build/finish-build.ts), and only then does the staging folder replace
 * the output folder. So a build
 * that fails at any step leaves the last good `dist/` exactly as it was.
 */

/** The output folder, absolute: `GLOSSARY_OUT_DIR` (tests and the bench build elsewhere) or `dist/`. */
export function outputDir(): string {
  return resolve(process.env["GLOSSARY_OUT_DIR"] ?? "dist");
}

/** The staging folder beside an output folder: `dist/` is built in `.dist-staging/`. */
export function stagingDirFor(finalDir: string): string {
  return join(dirname(finalDir), `.${basename(finalDir)}-staging`);
}

/** Swaps the finished staging folder in for the output folder, removing the old output. */
export async function replaceWithStaged(finalDir: string): Promise<void> {
  const stagingDir = stagingDirFor(finalDir);
  const previous = `${stagingDir}-previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(finalDir)) await rename(finalDir, previous);
  await rename(stagingDir, finalDir);
  await rm(previous, { recursive: true, force: true });
}

/**
 * The second step of `npm run build`, run once `astro build` has exited:
 * writes the search index into the staged build, then swaps the staged build
 * in for the output folder (src/build/output-folders.ts).
 *
 * Why a step of its own: Pagefind's process needs most of its memory while it
 * writes the index (up to 1.7 GB at 10,000 entries), and Astro's process holds
 * up to 1.8 GB until it exits. Run one after the other, the build stays within
 * 2 GB; side by side they took 3 GB.
 *
 * Node runs this file as it is (type stripping), so it and the modules it
 * imports name their `.ts` files. `npm run build` runs it with
 * `--optimize-for-size`: this process only reads pages and hands them on, and
 * with V8's default heap growth it would hold 400 MB, mostly garbage, beside
 * Pagefind's 1.7 GB at 10,000 entries (170 MB with the flag, for no measurable
 * time).
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { outputDir, replaceWithStaged, stagingDirFor } from "./output-folders.ts";
import { writeSearchIndex } from "./search-index.ts";

async function finishBuild(): Promise<number> {
  const finalDir = outputDir();
  const stagingDir = stagingDirFor(finalDir);
  if (!existsSync(stagingDir)) {
    console.error(
      `No staged build in ${stagingDir}: \`npm run build\` runs \`astro build\` first, which writes it.`,
    );
    return 1;
  }
  const started = performance.now();
  try {
    const done = await writeSearchIndex(stagingDir);
    console.log(`[search-index] ${done} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(
      `[search-index] ${error instanceof Error ? error.message : String(error)}\n` +
        `The build stopped here: ${basename(finalDir)}/ is as it was, and the unfinished build is in ${stagingDir}.`,
    );
    return 1;
  }
  await replaceWithStaged(finalDir);
  console.log(`[staged-output] the new build replaced ${basename(finalDir)}/`);
  return 0;
}

process.exitCode = await finishBuild();

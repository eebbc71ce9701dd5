/**
 * The second step of `npm run build`, run once `astro build` has exited:
 * writes the search index and the compressed copies of the site's text files
 * into the staged build, then swaps the staged build in for the output folder
 * (src/build/output-folders.ts).
 *
 * Why a step of its own: Pagefind's process needs most of its memory while it
 * writes the index (up to 1.7 GB at 10,000 entries), and Astro's process holds
 * up to 1.8 GB until it exits. Run one after the other, the build stays within
 * 2 GB; side by side they took 3 GB.
 *
 * Why the compressed copies are written here: Pagefind keeps about one core
 * busy, and zlib, on libuv's threads, takes what is left, with a few megabytes
 * of memory. In `astro build` they competed with the share cards for the cores
 * (src/integrations/share-cards.ts).
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
import { TEXT_FILE, writeCompressedCopies } from "./compressed-copies.ts";
import { filesIn } from "../integrations/dist-files.ts";
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
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  // Listed before Pagefind writes its folder, which compresses its own files.
  const textFiles = filesIn(stagingDir, (name) => TEXT_FILE.test(name));
  try {
    await Promise.all([
      writeSearchIndex(stagingDir).then((done) => console.log(`[search-index] ${done} in ${seconds()} s`)),
      writeCompressedCopies(textFiles).then((written) =>
        console.log(`[precompress] .br and .gz written beside ${written} text files in ${seconds()} s`),
      ),
    ]);
  } catch (error) {
    console.error(
      `[finish-build] ${error instanceof Error ? error.message : String(error)}\n` +
        `The build stopped here: ${basename(finalDir)}/ is as it was, and the unfinished build is in ${stagingDir}.`,
    );
    return 1;
  }
  await replaceWithStaged(finalDir);
  console.log(`[staged-output] the new build replaced ${basename(finalDir)}/`);
  return 0;
}

process.exitCode = await finishBuild();

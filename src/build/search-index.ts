import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative } from "node:path";
import * as pagefind from "pagefind";
import { TEXT_FILE, writeCompressedCopies } from "./compressed-copies.ts";
import { filesIn } from "../integrations/dist-files.ts";
import { withTextBreaks } from "./index-text-breaks.ts";
import { pagefindBody } from "./pagefind-body.ts";

/** The output folder Pagefind writes the search index to. */
const SEARCH_INDEX_FOLDER = "pagefind";

/**
 * Pages handed to Pagefind and not yet indexed, at most: enough to keep it
 * busy, where all at once would hold every page, and its message, in memory.
 */
const IN_FLIGHT = 64;

/** Pagefind's ready-made interfaces: the site has its own search UI and never loads these. */
const UNUSED_UI_FILES = ["pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui"].flatMap((name) => [
  `${name}.js`,
  `${name}.css`,
]);

/** Fails loudly: a build without a search index must not pass as a good build. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n- ${errors.join("\n- ")}`);
  }
}

/**
 * Indexes the site's pages into `<outDir>/pagefind/`, then writes compressed
 * copies of the index's text files; returns what it did, for the build's log.
 * Pagefind runs in a process of its own, which needs most memory while it
 * writes the index: the build calls this after Astro's process has exited, so
 * the two never hold their memory at the same time (src/build/finish-build.ts).
 */
export async function writeSearchIndex(outDir: string): Promise<string> {
  const indexDir = join(outDir, SEARCH_INDEX_FOLDER);
  let indexed: number;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    assertNoErrors("createIndex", errors);
    if (!index) throw new Error("Pagefind createIndex returned no index");
    const pages = filesIn(outDir, (name) => name.endsWith(".html")).map((path) => relative(outDir, path));
    // Only what Pagefind reads of each page (see pagefind-body.ts), with its text breaks restored
    // (index-text-breaks.ts); pages it would skip (alias redirects, the 404) are not handed over.
    // Handed over in page order, so the index is the same every build, with at most IN_FLIGHT pages
    // waiting in Pagefind: while it indexes those, the next page is read.
    const inFlight: Array<Promise<{ errors: string[] }>> = [];
    const added: Array<{ errors: string[] }> = [];
    for (const sourcePath of pages) {
      const body = pagefindBody(readFileSync(join(outDir, sourcePath), "utf8"));
      if (body === undefined) continue;
      inFlight.push(index.addHTMLFile({ sourcePath, content: withTextBreaks(body) }));
      if (inFlight.length >= IN_FLIGHT) added.push(await inFlight.shift()!);
    }
    added.push(...(await Promise.all(inFlight)));
    assertNoErrors(
      "addHTMLFile",
      added.flatMap((file) => file.errors),
    );
    if (added.length === 0)
      throw new Error("Pagefind indexed no pages: is data-pagefind-body on the entry pages?");
    indexed = added.length;
    const written = await index.writeFiles({ outputPath: indexDir });
    assertNoErrors("writeFiles", written.errors);
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(indexDir, file), { force: true })));
  const compressed = await writeCompressedCopies(filesIn(indexDir, (name) => TEXT_FILE.test(name)));
  return `search index written from ${indexed} HTML files; .br and .gz beside ${compressed} of its files`;
}

import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { readFile, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { runInBackground } from "./background-work";
import { TEXT_FILE, writeCompressedCopies } from "./compressed-copies";
import { withTextBreaks } from "./index-text-breaks";
import { filesIn } from "./dist-files";
import { pagefindBody } from "./pagefind-body";

/** The output folder Pagefind writes the search index to. */
export const SEARCH_INDEX_FOLDER = "pagefind";

/** Pages read and handed to Pagefind per batch: all at once would hold every page, and its message, in memory. */
const BATCH = 64;

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
 * Builds the Pagefind search index over the finished site, so `astro build`
 * alone yields a site whose search works. Pagefind writes it in its own
 * process, so the hook only starts it: the integrations after this one check
 * and compress the pages meanwhile, and staged-output waits for the index
 * (src/integrations/background-work.ts).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "pagefind-index",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        runInBackground(writeSearchIndex(fileURLToPath(dir), logger));
      },
    },
  };
}

/** Indexes the site's pages into `<outDir>/pagefind/`, then writes compressed copies of the index's text files. */
async function writeSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const indexDir = join(outDir, SEARCH_INDEX_FOLDER);
  let indexed: number;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    assertNoErrors("createIndex", errors);
    if (!index) throw new Error("Pagefind createIndex returned no index");
    const pages = filesIn(outDir, (name) => name.endsWith(".html")).map((path) => relative(outDir, path));
    // Only what Pagefind reads of each page (see pagefind-body.ts), with its text breaks restored
    // (index-text-breaks.ts); pages it would skip (alias redirects, the 404) are not handed over.
    // Batch after batch, each in page order: the index is the same every build, and only one
    // batch of pages and messages is in memory at a time.
    const added: Array<{ errors: string[] }> = [];
    for (let start = 0; start < pages.length; start += BATCH) {
      const batch = pages.slice(start, start + BATCH);
      const bodies = await Promise.all(
        batch.map(async (sourcePath) => pagefindBody(await readFile(join(outDir, sourcePath), "utf8"))),
      );
      added.push(
        ...(await Promise.all(
          batch.flatMap((sourcePath, i) => {
            const body = bodies[i];
            return body === undefined
              ? []
              : [index.addHTMLFile({ sourcePath, content: withTextBreaks(body) })];
          }),
        )),
      );
    }
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
  logger.info(
    `search index written from ${indexed} HTML files; .br and .gz beside ${compressed} of its files`,
  );
}

import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Loader, LoaderContext } from "astro/loaders";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createBodyRenderer } from "../data/entry-body";
import { entryHeads, forgetEntryNames, termMatcherFor } from "../markdown/entry-names";
import { KINDS, type EntryKind } from "../shared/kinds";
import { contentDir } from "./content-dir";
import { EditorError } from "./editor-error";

/** The frontmatter of a file, with its body's text kept in place (frontmatter blanked) so error lines match the file. */
function readEntryFile(text: string, filePath: string): { data: Record<string, unknown>; body: string } {
  try {
    const { frontmatter, content } = parseFrontmatter(text, { frontmatter: "empty-with-spaces" });
    return { data: frontmatter, body: content };
  } catch (error) {
    // js-yaml counts lines from 0 within the block, which starts on the file's second line.
    const line = (error as { mark?: { line?: number } }).mark?.line;
    const at = typeof line === "number" ? `:${line + 2}` : "";
    const reason =
      (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    throw new EditorError(
      `${filePath}${at}: the frontmatter (between the two --- lines) is not valid YAML: ${reason}.\nFix: correct that line or the one before it: close every [ and quote you open, put a space after each colon, and quote a value that holds a colon.`,
    );
  }
}

/**
 * Loads one kind of entry (the MDX files of its folder) into its collection,
 * each with its body already rendered to HTML: the page puts that HTML in
 * place, so no entry becomes a JavaScript module for Vite to compile and
 * bundle, which was most of the build's time and memory. The entry's id is
 * its file name, unchanged, so the content check can reject a bad slug
 * instead of silently rewriting it.
 *
 * A body links to other entries by their titles and summaries, so every body
 * is rendered again whenever any entry file changes (in `astro dev`).
 */
export function entryLoader(kind: EntryKind): Loader {
  const folder = join(contentDir, KINDS[kind].folder);
  return {
    name: "entry-loader",
    load: async (context) => {
      await loadFolder(folder, context);
      if (!context.watcher) return;
      context.watcher.add(contentDir);
      context.watcher.on("all", (_event, path) => {
        if (!path.endsWith(".mdx") || relative(contentDir, path).startsWith("..")) return;
        forgetEntryNames(contentDir);
        loadFolder(folder, context).then(
          () => context.logger.info(`Reloaded ${KINDS[kind].plural.toLowerCase()}`),
          (error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

/**
 * Reads, checks and renders every entry file of a folder: the store gets each
 * entry's data and its body's facts, a file in the build cache its HTML.
 * Entries whose file is gone are dropped from both.
 */
async function loadFolder(folder: string, context: LoaderContext) {
  const { config, store } = context;
  // The bodies' HTML goes to files, not into the store (see StoredBody in src/data/entry-body.ts).
  const htmlDir = join(fileURLToPath(config.cacheDir), "entry-html", basename(folder));
  await mkdir(htmlDir, { recursive: true });
  const render = createBodyRenderer(entryHeads(contentDir), termMatcherFor(contentDir));
  const root = fileURLToPath(config.root);
  const files = (await readdir(folder)).filter((name) => name.endsWith(".mdx")).sort();
  const ids = new Set<string>();
  for (const file of files) {
    const filePath = join(folder, file);
    // Read and written synchronously: small files, one after another, with nothing else for the
    // event loop to do meanwhile; each async call would wait for a round trip through the thread pool.
    const text = readFileSync(filePath, "utf8");
    const id = file.slice(0, -".mdx".length);
    ids.add(id);
    const { data: frontmatter, body } = readEntryFile(text, filePath);
    const data = await context.parseData({ id, data: frontmatter, filePath });
    const { html, headings, facts, figures } = render({
      slug: id,
      body,
      filePath,
      autolink: data["autolink"] !== false,
    });
    const htmlFile = join(htmlDir, `${id}.html`);
    writeFileSync(htmlFile, html);
    store.set({
      id,
      data,
      filePath: relative(root, filePath),
      // No digest: with one, the store would keep an entry whose file is unchanged, but its HTML also
      // holds other entries' titles and summaries. Rendering every body again is quick.
      // Astro's field for a rendered body; the HTML itself is in htmlFile.
      rendered: { html: "", metadata: { htmlFile, headings, facts, figures } },
    });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  // The HTML of entries whose file is gone goes too.
  for (const name of await readdir(htmlDir))
    if (!ids.has(name.replace(/\.html$/, ""))) await rm(join(htmlDir, name), { force: true });
}

import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { contentDir } from "../collections/content-dir";
import { shareCardPath } from "../data/share-card";
import { entryHeads } from "../markdown/entry-names";
import { startCardPool, type CardPool } from "../og/card-pool";
import type { CardJob } from "../og/card-worker";
import { siteConfig } from "../site.config";
import { mapLimited } from "./map-limited";

/** The files that decide how a card looks: a change to any of them draws every card again. */
const RENDERER_FILES = [
  "src/og/render-card.ts",
  "src/og/png.ts",
  "src/og/zlib-parts.ts",
  "src/og/card-worker.ts",
  "src/shared/kinds.ts",
  "src/data/share-card.ts",
  "public/favicon.svg",
];

/** Cards copied into the output at once, on libuv's thread pool: 1,006 cards took 85 ms instead of 180–450 ms one by one. */
const COPIES_AT_ONCE = 8;

/** The packages that draw the cards: a new version of any of them draws every card again. */
const RENDERER_PACKAGES = ["satori", "@resvg/resvg-js", "@fontsource/atkinson-hyperlegible"];

/**
 * Draws every entry's share card (`/og/<slug>.png`) on worker threads while
 * Astro loads the content and builds the pages, then copies them into the
 * output. Drawing starts as soon as the configuration is known (a card needs
 * only its entry's frontmatter), and when the pages are built the main thread
 * lends a hand with one more worker; so this integration's last step should
 * come after the other integrations' work on the pages. Cards are kept in the
 * build cache under a hash of their text and of the renderer's files, so a
 * rebuild draws only the cards whose entry or design changed.
 */
export function shareCards(): AstroIntegration {
  let root: URL;
  let cache: string;
  let building = false;
  let drawing: Promise<{ cards: Map<string, string>; drawn: number; pool: CardPool | undefined }> | undefined;

  /** Finds the cards the cache lacks and starts drawing them; resolves once the workers have started. */
  async function start() {
    const version = createHash("sha256");
    for (const file of RENDERER_FILES) version.update(await readFile(new URL(file, root)));
    for (const name of RENDERER_PACKAGES)
      version.update(await readFile(new URL(`node_modules/${name}/package.json`, root)));
    const cards = new Map<string, string>();
    const jobs: CardJob[] = [];
    await mkdir(cache, { recursive: true });
    const cached = new Set(await readdir(cache));
    for (const { kind, slug, title, summary } of entryHeads(contentDir)) {
      const text = { kind, title, summary, siteName: siteConfig.name };
      const name = `${createHash("sha256").update(version.copy().digest("hex")).update(JSON.stringify(text)).digest("hex").slice(0, 32)}.png`;
      cards.set(slug, join(cache, name));
      if (!cached.has(name)) jobs.push({ text, file: join(cache, name) });
    }
    const pool = jobs.length > 0 ? startCardPool(jobs, new URL("src/og/card-worker.ts", root)) : undefined;
    return { cards, drawn: jobs.length, pool };
  }

  return {
    name: "share-cards",
    hooks: {
      "astro:config:setup": ({ command }) => {
        // Only a build draws cards: `astro dev` serves pages without them.
        building = command === "build";
      },
      "astro:config:done": ({ config }) => {
        root = config.root;
        cache = join(fileURLToPath(config.cacheDir), "share-cards");
        if (!building) return;
        drawing = start();
        drawing.catch(() => undefined);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!drawing) return;
        const { cards, drawn, pool } = await drawing;
        pool?.addWorker();
        pool?.hold();
        await pool?.done();
        const out = fileURLToPath(dir);
        await mkdir(join(out, "og"), { recursive: true });
        // Several at once: one after another, 10,000 copies took seconds the build waited for.
        await mapLimited([...cards], COPIES_AT_ONCE, ([slug, file]) =>
          copyFile(file, join(out, shareCardPath(slug)), constants.COPYFILE_FICLONE),
        );
        // Cards no entry uses any more (renamed, or drawn by an older design) leave the cache.
        const used = new Set([...cards.values()].map((file) => file.slice(cache.length + 1)));
        for (const name of await readdir(cache)) if (!used.has(name)) await rm(join(cache, name));
        logger.info(
          `${cards.size} share cards in og/ (${drawn} drawn, ${cards.size - drawn} from the cache)`,
        );
      },
    },
  };
}

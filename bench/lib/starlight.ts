/**
 * A yardstick for scale.ts: the same synthetic entries built with Starlight, the
 * Astro documentation theme, installed from the npm registry into a temporary
 * folder (never a dependency of this project), once per bench run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { REPO, timedBuild, type BuildResult } from "./project.ts";
import { URL_FOLDER_OF } from "./synthetic.ts";

/** Pinned so that figures compare across runs; 0.42 is the line whose peer range covers Astro 7. */
const STARLIGHT_VERSION = "0.42.4";

export interface PeerProject {
  dir: string;
  dist: string;
  /** Its name in tables: "Starlight". */
  name: string;
  /** What the yardstick is, for headings: "Starlight 0.42.4 on Astro 7.3.5". */
  label: string;
  /** Replaces the pages with those of a content folder of ours. */
  writePages(contentDir: string): void;
  /** A cold build: caches and the last output are removed first. */
  build(): Promise<BuildResult>;
  remove(): void;
}

/**
 * Starlight's sidebar: "default" is what a new Starlight site gets (no sidebar
 * option: every page listed on every page, so each page grows with the site);
 * "short" is a fixed sidebar of the concepts, which keeps pages the same size.
 */
export type StarlightSidebar = "default" | "short";

const config = (sidebar: StarlightSidebar) => `import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";

export default defineConfig({
  site: "https://bench.example.org",
  integrations: [
    starlight({
      title: "Glossary (bench)",${
        sidebar === "short"
          ? `
      sidebar: [{ label: "Concepts", items: [{ autogenerate: { directory: "concepts" } }] }],`
          : ""
      }
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

interface Entry {
  folder: keyof typeof URL_FOLDER_OF;
  slug: string;
  title: string;
  summary: string;
  aliases: string[];
  body: string;
}

interface SourceRecord {
  id: string;
  title?: string;
  year?: number;
  journal?: string;
  publisher?: string;
  authors?: string[];
}

/** Our entries as read from a content folder: frontmatter and MDX body. */
function readEntries(contentDir: string): Entry[] {
  return (Object.keys(URL_FOLDER_OF) as Array<keyof typeof URL_FOLDER_OF>).flatMap((folder) =>
    readdirSync(join(contentDir, folder))
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => {
        const text = readFileSync(join(contentDir, folder, name), "utf8");
        const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
        const data = (match ? parse(match[1]!) : {}) as {
          title: string;
          summary: string;
          aliases?: string[];
        };
        return {
          folder,
          slug: name.replace(/\.mdx$/, ""),
          title: data.title,
          summary: data.summary,
          aliases: data.aliases ?? [],
          body: match ? text.slice(match[0].length) : text,
        };
      }),
  );
}

/**
 * One entry as a Starlight docs page of the same length and shape: the summary first (our
 * pages show it as the definition), the same ## sections and tables, each <Term> as a
 * Markdown link to the entry's page, each <Cite> as a GFM footnote naming the source.
 */
function toStarlightPage(
  entry: Entry,
  titleAndUrl: Map<string, { title: string; url: string }>,
  sources: Map<string, SourceRecord>,
): string {
  const cited: string[] = [];
  const body = entry.body
    .replace(/<Term id="([^"]+)"\s*\/>/g, (_, id: string) => {
      const target = titleAndUrl.get(id);
      return target ? `[${target.title}](${target.url})` : id;
    })
    .replace(/<Cite id="([^"]+)"\s*\/>/g, (_, id: string) => {
      if (!cited.includes(id)) cited.push(id);
      return `[^${id}]`;
    })
    .replace(/<[A-Z][^>]*\/>/g, "");
  const footnotes = cited.map((id) => {
    const s = sources.get(id);
    const by = s?.authors?.join(", ") ?? s?.publisher ?? "";
    return `[^${id}]: ${by ? `${by}. ` : ""}${s?.title ?? id}. ${s?.journal ?? s?.publisher ?? ""} ${s?.year ?? ""}.`;
  });
  const also = entry.aliases.length > 0 ? `\n\nAlso called: ${entry.aliases.join(", ")}.` : "";
  return [
    `---\ntitle: ${JSON.stringify(entry.title)}\ndescription: ${JSON.stringify(entry.summary)}\n---`,
    `${entry.summary}${also}`,
    body.trim(),
    ...(footnotes.length > 0 ? [footnotes.join("\n")] : []),
  ].join("\n\n");
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

/** Installs Starlight, pinned, with the same Astro version as ours, in a fresh temporary folder. */
function install(sidebar: StarlightSidebar): PeerProject {
  const astroVersion = (
    JSON.parse(readFileSync(join(REPO, "node_modules/astro/package.json"), "utf8")) as { version: string }
  ).version;
  const dir = mkdtempSync(join(tmpdir(), "glossary-bench-starlight-"));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify(
      {
        name: "glossary-bench-starlight",
        private: true,
        type: "module",
        scripts: { build: "astro build" },
        dependencies: { "@astrojs/starlight": STARLIGHT_VERSION, astro: astroVersion },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, "astro.config.mjs"), config(sidebar));
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src/content.config.ts"), CONTENT_CONFIG);
  const started = performance.now();
  process.stdout.write(`installing Starlight ${STARLIGHT_VERSION} (Astro ${astroVersion}) in ${dir}… `);
  try {
    run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  console.log(`${((performance.now() - started) / 1000).toFixed(0)} s`);
  const docs = join(dir, "src/content/docs");
  return {
    dir,
    dist: join(dir, "dist"),
    name: "Starlight",
    label: `Starlight ${STARLIGHT_VERSION} on Astro ${astroVersion}, ${sidebar === "default" ? "its default sidebar (every page)" : "a short fixed sidebar"}`,
    writePages(contentDir) {
      rmSync(docs, { recursive: true, force: true });
      const entries = readEntries(contentDir);
      const titleAndUrl = new Map(
        entries.map((e) => [e.slug, { title: e.title, url: `/${URL_FOLDER_OF[e.folder]}/${e.slug}/` }]),
      );
      const sources = new Map(
        (parse(readFileSync(join(contentDir, "sources.yaml"), "utf8")) as SourceRecord[]).map((s) => [
          s.id,
          s,
        ]),
      );
      for (const folder of Object.values(URL_FOLDER_OF)) mkdirSync(join(docs, folder), { recursive: true });
      for (const entry of entries)
        writeFileSync(
          join(docs, URL_FOLDER_OF[entry.folder], `${entry.slug}.md`),
          toStarlightPage(entry, titleAndUrl, sources),
        );
    },
    build() {
      for (const stale of ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"])
        rmSync(join(dir, stale), { recursive: true, force: true });
      return timedBuild(dir);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

let installed: PeerProject | undefined;

/** The Starlight project of this bench run, installed on first use. */
export function starlight(sidebar: StarlightSidebar): PeerProject {
  installed ??= install(sidebar);
  return installed;
}

/** Deletes this run's Starlight install, if any. */
export function removeStarlight(): void {
  installed?.remove();
  installed = undefined;
}

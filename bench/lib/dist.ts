/** Which built site the browser parts measure, and which of its pages. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, type BenchOptions } from "./args.ts";
import { buildSite, makeTempProject, REPO, tail } from "./project.ts";
import { generateContent } from "./synthetic.ts";

export interface Site {
  dist: string;
  /** Removes a temporary build; does nothing for a dist we were given. */
  dispose(): void;
}

const hasConcepts = (dir: string) =>
  existsSync(join(dir, "concepts")) && readdirSync(join(dir, "concepts")).some((f) => f.endsWith(".mdx"));

/**
 * `--build` makes an isolated temporary build: from the repository's content/ when it
 * has concepts ("auto"), the base fixture ("fixture"), N synthetic entries
 * ("500"), or any content folder. Otherwise the dist given, or the repository's dist/.
 */
export async function resolveSite(options: BenchOptions): Promise<Site | undefined> {
  if (options.build === undefined) {
    const dist = resolve(options.dist ?? join(REPO, "dist"));
    if (existsSync(join(dist, "index.html"))) return { dist, dispose: () => {} };
    console.log(
      `No built site at ${dist}. Build one first (\`npm run build\` in ${REPO}), pass \`--dist <path>\`,\n` +
        "or let the bench make an isolated temporary build: `node bench/run.ts --build` (content/ or the fixture),\n" +
        "`--build 500` (500 synthetic entries) or `--build <content folder>`.",
    );
    return undefined;
  }
  const project = makeTempProject("site");
  let contentDir: string;
  let generated: string | undefined;
  if (/^\d+$/.test(options.build)) {
    generated = contentDir = mkdtempSync(join(tmpdir(), "glossary-bench-content-"));
    generateContent(contentDir, Number(options.build));
  } else if (options.build === "auto") {
    contentDir = hasConcepts(join(REPO, "content"))
      ? join(REPO, "content")
      : join(REPO, "tests/fixtures/content-base");
  } else if (options.build === "fixture") {
    contentDir = join(REPO, "tests/fixtures/content-base");
  } else {
    contentDir = resolve(options.build);
  }
  console.log(
    `building a temporary site from ${generated ? `${options.build} synthetic entries` : contentDir}…`,
  );
  const result = await buildSite(project, contentDir);
  if (generated) rmSync(generated, { recursive: true, force: true });
  if (!result.ok) {
    console.log(`the build failed:\n${tail(result.output)}`);
    project.remove();
    return undefined;
  }
  console.log(`built in ${(result.wallMs / 1000).toFixed(1)} s into ${project.dist}`);
  return { dist: project.dist, dispose: () => project.remove() };
}

export interface PageKind {
  kind: string;
  path: string;
}

const isRedirect = (file: string) => /http-equiv="refresh"/i.test(readFileSync(file, "utf8"));

/** The four kinds of page the browser parts load; falls back (and says so) when the preferred page is absent. */
export function pickPages(dist: string): PageKind[] {
  const pages: PageKind[] = [{ kind: "home", path: "/" }];
  const conceptDir = join(dist, "concepts");
  if (existsSync(join(conceptDir, "pharmacogenomics/index.html"))) {
    pages.push({ kind: "concept", path: "/concepts/pharmacogenomics/" });
  } else if (existsSync(conceptDir)) {
    const first = readdirSync(conceptDir).sort()[0];
    if (first) {
      console.log(`(no /concepts/pharmacogenomics/ in this build; using /concepts/${first}/)`);
      pages.push({ kind: "concept", path: `/concepts/${first}/` });
    }
  }
  const glossaryDir = join(dist, "glossary");
  const term = existsSync(glossaryDir)
    ? readdirSync(glossaryDir)
        .sort()
        .find(
          (slug) =>
            existsSync(join(glossaryDir, slug, "index.html")) &&
            !isRedirect(join(glossaryDir, slug, "index.html")),
        )
    : undefined;
  if (term) pages.push({ kind: "term", path: `/glossary/${term}/` });
  pages.push({ kind: "glossary", path: "/glossary/" });
  return pages;
}

/** Runs one browser part on its own (`node bench/search.ts …`): parse the options, find or build the site, clean up. */
export async function runAlone(part: (options: BenchOptions, dist: string) => Promise<void>): Promise<void> {
  const options = parseArgs();
  const site = await resolveSite(options);
  if (!site) return;
  try {
    await part(options, site.dist);
  } finally {
    site.dispose();
  }
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { attributeValues, fileFor, read } from "./dist-files";
import { gzipSize as gz } from "./measure";

/**
 * Limits for one page, gzipped: everything it loads, and the JavaScript run
 * before any interaction. The A–Z index lists every entry, so its limit grows
 * by a fixed amount per entry instead. An entry page with a diagram may weigh
 * a little more, for its inline SVG.
 */
export const BUDGET = {
  totalGzip: 20 * 1024,
  diagramPageGzip: 25 * 1024,
  eagerScriptGzip: 5 * 1024,
  perListedEntryGzip: 200,
};

/** The module files a script pulls in statically ("import … from './x.js'"), not its lazy `import()`s. */
function staticImports(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), "utf8");
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'();]*?\sfrom\s*)?["']([^"']+)["']/g)) {
    const target = fileFor(dist, new URL(match[1]!, `http://x${file}`).pathname);
    if (target) staticImports(dist, target, seen);
  }
}

export interface PageWeight {
  html: number;
  css: number;
  /** Scripts run on load: inline ones and module files with their static imports. */
  eagerScript: number;
  total: number;
}

/** Gzipped bytes a page loads before the reader does anything. */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = read(dist, page);
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .flatMap((m) => attributeValues(m[0], "href"))
    .map((href) => fileFor(dist, href))
    .reduce((sum, file) => sum + (file ? gz(readFileSync(join(dist, file))) : 0), 0);
  const scriptFiles = new Set<string>();
  for (const tag of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    const file = fileFor(dist, tag[1]!);
    if (file) staticImports(dist, file, scriptFiles);
  }
  const inline = [
    ...html.matchAll(
      /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ]
    .map((m) => m[1]!)
    .join("\n");
  const eagerScript =
    (inline ? gz(inline) : 0) +
    [...scriptFiles].reduce((sum, file) => sum + gz(readFileSync(join(dist, file))), 0);
  const htmlSize = gz(html);
  return { html: htmlSize, css, eagerScript, total: htmlSize + css + eagerScript };
}

/**
 * Pages over budget, with their figures; `listedEntries` raises the limit of a
 * page that lists entries, `baseGzip` sets the limit before that (e.g. for pages with a diagram).
 */
export function findOverBudget(
  dist: string,
  pages: readonly string[],
  listedEntries = 0,
  baseGzip = BUDGET.totalGzip,
): string[] {
  const totalBudget = baseGzip + listedEntries * BUDGET.perListedEntryGzip;
  return pages.flatMap((page) => {
    const w = pageWeight(dist, page);
    const problems: string[] = [];
    if (w.total > totalBudget) problems.push(`${page}: ${w.total} B gzipped in all (budget ${totalBudget})`);
    if (w.eagerScript > BUDGET.eagerScriptGzip)
      problems.push(
        `${page}: ${w.eagerScript} B gzipped of JavaScript on load (budget ${BUDGET.eagerScriptGzip})`,
      );
    return problems;
  });
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** How many pages one test visits: workers share the work, and no test's time grows with the glossary. */
const GROUP_SIZE = 12;

/**
 * Every page of the sitemap the tests run against, plus a search results page
 * and the 404 page, read from dist/ when the tests are collected, in groups.
 */
export function sitemapGroups(): string[][] {
  const xml = readFileSync(fileURLToPath(new URL("../../dist/sitemap.xml", import.meta.url)), "utf8");
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, "http://site").pathname);
  const all = [...paths, "/search/?q=codeine", "/404.html"];
  return Array.from({ length: Math.ceil(all.length / GROUP_SIZE) }, (_, i) =>
    all.slice(i * GROUP_SIZE, i * GROUP_SIZE + GROUP_SIZE),
  );
}

/** "pages 26–50", for test names. */
export const groupName = (index: number, paths: readonly string[]) =>
  `${index * GROUP_SIZE + 1}–${index * GROUP_SIZE + paths.length}`;

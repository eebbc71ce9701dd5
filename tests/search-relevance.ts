/**
 * The relevance set (tests/search-relevance.json) and how a query's ranking is
 * read from the real search page: shared by the e2e test and the benchmark.
 */
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";

export interface RelevanceCase {
  query: string;
  /** The path of the page the reader wants. */
  expect: string;
  /** It must be the first result (1) or among the first three (3). */
  top: 1 | 3;
}

export const relevanceCases: RelevanceCase[] = JSON.parse(
  readFileSync(new URL("./search-relevance.json", import.meta.url), "utf8"),
).queries;

/** The distinct page paths `/search/?q=…` lists for the query, best first, once the full-text results are in. */
export async function rankedPaths(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-page-results[data-full-text="done"]').waitFor({ state: "attached" });
  const hrefs = await page
    .locator("#search-page-results [role=option]")
    .evaluateAll((options) => options.map((option) => (option as HTMLAnchorElement).href));
  return [...new Set(hrefs.map((href) => new URL(href).pathname))];
}

/** The 1-based rank of the expected page, or undefined when it is not listed. */
export function rankOf(paths: readonly string[], expected: string): number | undefined {
  const index = paths.indexOf(expected);
  return index === -1 ? undefined : index + 1;
}

/**
 * How often search puts the page a reader wants first, or in the first three:
 * every query of tests/search-relevance.json typed into the real search page
 * of a built site. Prints the top-1 and top-3 rates and each miss.
 */
import type { BenchOptions } from "./lib/args.ts";
import { launchBrowser } from "./lib/browser.ts";
import { runAlone } from "./lib/dist.ts";
import { heading, printTable } from "./lib/format.ts";
import { serveDist } from "./lib/server.ts";
import { rankedPaths, rankOf, relevanceCases } from "../tests/search-relevance.ts";

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

export async function runRelevance(_options: BenchOptions, dist: string): Promise<void> {
  heading(
    `relevance: ${relevanceCases.length} queries from tests/search-relevance.json on /search/, ${dist}`,
  );
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const ranks: Array<number | undefined> = [];
  const misses: Array<Array<string | number>> = [];
  let empty = 0;
  try {
    const page = await browser.newPage();
    for (const { query, expect: expected, top } of relevanceCases) {
      const paths = await rankedPaths(page, server.origin, query);
      const rank = rankOf(paths, expected);
      ranks.push(rank);
      if (paths.length === 0) empty++;
      if (rank === undefined || rank > top) misses.push([query, expected, top, rank ?? "–", paths[0] ?? "–"]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const within = (n: number) => ranks.filter((rank) => rank !== undefined && rank <= n).length;
  printTable(
    ["queries", "top-1", "top-3", "zero results"],
    [[ranks.length, percent(within(1), ranks.length), percent(within(3), ranks.length), empty]],
  );
  if (misses.length > 0) {
    console.log("\nqueries whose page is not where the file expects it:\n");
    printTable(["query", "expected", "wanted within", "rank", "first result"], misses);
  }
  console.log(
    "\n(top-1 and top-3 count every query, whatever rank the file asks of it; target ≥ 85 % and ≥ 95 %)",
  );
}

if (import.meta.main) await runAlone(runRelevance);

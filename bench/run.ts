/**
 * Runs the benchmarks and prints their figures; nothing here passes or fails.
 *
 *   node bench/run.ts [--only scale|weight|search|relevance|lighthouse[,…]] [--sizes 1000,3000] [--peer starlight]
 *                     [--dist <path> | --build [fixture|<N>|<content folder>]] [--query <text>] [--runs <n>]
 */
import { parseArgs } from "./lib/args.ts";
import { resolveSite } from "./lib/dist.ts";
import { runLighthouse } from "./lighthouse.ts";
import { runPageWeight } from "./page-weight.ts";
import { runRelevance } from "./relevance.ts";
import { runScale } from "./scale.ts";
import { runSearch } from "./search.ts";

const PARTS = ["scale", "weight", "search", "relevance", "lighthouse"];
const options = parseArgs();
const unknown = options.only.filter((part) => !PARTS.includes(part));
if (unknown.length > 0) {
  console.error(`unknown part(s) ${unknown.join(", ")}; choose from ${PARTS.join(", ")}`);
  process.exit(2);
}
const wanted = (part: string) => options.only.length === 0 || options.only.includes(part);
const started = performance.now();

if (wanted("scale")) await runScale(options);

// The browser parts share one site: the dist given, the repository's dist/, or one temporary build.
if (["weight", "search", "relevance", "lighthouse"].some(wanted)) {
  const site = await resolveSite(options);
  if (site) {
    try {
      if (wanted("weight")) await runPageWeight(options, site.dist);
      if (wanted("search")) await runSearch(options, site.dist);
      if (wanted("relevance")) await runRelevance(options, site.dist);
      if (wanted("lighthouse")) await runLighthouse(options, site.dist);
    } finally {
      site.dispose();
    }
  }
}
console.log(`\nbenchmarks finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);

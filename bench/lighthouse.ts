/**
 * Lighthouse scores for the four kinds of page, mobile and desktop, against
 * the local static server only. Scores vary a little between runs (simulated
 * throttling on a shared machine); read them as a range, not a fixed number.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import type { BenchOptions } from "./lib/args.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/browser.ts";
import { pickPages, runAlone } from "./lib/dist.ts";
import { heading, printTable } from "./lib/format.ts";
import { serveDist } from "./lib/server.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export async function runLighthouse(_options: BenchOptions, dist: string): Promise<void> {
  heading(`lighthouse: ${dist}`);
  const server = await serveDist(dist);
  // One Chrome for every run; Lighthouse resets storage and cache before each page.
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, "--headless=new"],
  });
  const rows: string[][] = [];
  const notes: string[] = [];
  const external = new Set<string>();
  try {
    for (const { kind, path } of pickPages(dist)) {
      for (const formFactor of ["mobile", "desktop"] as const) {
        const result = await lighthouse(
          server.origin + path,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
          formFactor === "desktop" ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr } = result;
        const score = (id: string) => {
          const value = lhr.categories[id]?.score;
          return value === null || value === undefined ? "–" : String(Math.round(value * 100));
        };
        const numeric = (id: string) => lhr.audits[id]?.numericValue;
        const items =
          (lhr.audits["network-requests"]?.details as { items?: Array<{ url: string }> } | undefined)
            ?.items ?? [];
        for (const { url } of items)
          if (!url.startsWith(server.origin) && !url.startsWith("data:")) external.add(url);
        // Audits that cost points, so a score below 100 can be acted on.
        const failing = Object.values(lhr.audits).filter(
          (a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary",
        );
        const failed = failing.map((a) => a.id);
        for (const audit of failing) {
          const details =
            (audit.details as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
          const first = details
            .slice(0, 2)
            .map((item) =>
              [
                item["description"],
                item["url"] ?? (item["sourceLocation"] as { url?: string } | undefined)?.url,
              ]
                .filter(Boolean)
                .join(" ")
                .slice(0, 200),
            );
          notes.push(`${kind} ${formFactor}: ${audit.title}${first.length ? ` — ${first.join(" | ")}` : ""}`);
        }
        rows.push([
          kind,
          formFactor,
          ...CATEGORIES.map(score),
          (numeric("total-blocking-time") ?? 0).toFixed(0),
          ((numeric("first-contentful-paint") ?? 0) / 1000).toFixed(2),
          ((numeric("largest-contentful-paint") ?? 0) / 1000).toFixed(2),
          (numeric("cumulative-layout-shift") ?? 0).toFixed(3),
          failed.join(", ") || "–",
        ]);
        if (lhr.runtimeError) console.log(`${path} ${formFactor}: ${lhr.runtimeError.message}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  printTable(
    [
      "page",
      "form",
      "perf",
      "a11y",
      "best-pr.",
      "SEO",
      "TBT ms",
      "FCP s",
      "LCP s",
      "CLS",
      "failed binary audits",
    ],
    rows,
  );
  if (notes.length) console.log(`\n${notes.join("\n")}`);
  console.log(
    `\nrequests to other origins during the runs: ${external.size}${external.size ? ` (${[...external].join(", ")})` : ""}`,
  );
}

if (import.meta.main) await runAlone(runLighthouse);

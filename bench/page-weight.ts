/**
 * What a reader downloads: loads four kinds of page in a fresh Chromium
 * context each and prints bytes (raw and gzip -9) per resource type, and the
 * JavaScript that runs before the reader does anything.
 */
import type { CDPSession } from "@playwright/test";
import type { BenchOptions } from "./lib/args.ts";
import { launchBrowser, recordDownloads, RESOURCE_TYPES, sum, type Download } from "./lib/browser.ts";
import { pickPages, runAlone } from "./lib/dist.ts";
import { heading, kb, printTable } from "./lib/format.ts";
import { serveDist } from "./lib/server.ts";

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

export async function runPageWeight(_options: BenchOptions, dist: string): Promise<void> {
  heading(`page weight: ${dist}`);
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  const weights: string[][] = [];
  const js: string[][] = [];
  try {
    for (const { kind, path } of pickPages(dist)) {
      const context = await browser.newContext(); // fresh: nothing cached
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const recorder = recordDownloads(page, server.origin);
      const response = await page.goto(server.origin + path, { waitUntil: "networkidle" });
      // Performance metrics are cumulative seconds of main-thread work since the page started.
      const scriptMs = (await metric(cdp, "ScriptDuration")) * 1000;
      // Inline code only: JSON-LD and other data blocks are not executed.
      const inlineJs = await page.evaluate(() =>
        [...document.querySelectorAll("script:not([src])")]
          .filter((s) =>
            ["", "module", "text/javascript", "application/javascript"].includes(
              s.getAttribute("type") ?? "",
            ),
          )
          .reduce((n, s) => n + (s.textContent ?? "").length, 0),
      );
      const downloads: Download[] = await recorder.settle();
      await context.close();
      const cell = (items: Download[]) =>
        items.length ? `${kb(sum(items, "raw"))} / ${kb(sum(items, "gzip"))}` : "–";
      weights.push([
        kind,
        path,
        String(response?.status() ?? "?"),
        String(downloads.length),
        ...RESOURCE_TYPES.map((type) => cell(downloads.filter((d) => d.type === type))),
        cell(downloads),
      ]);
      const scripts = downloads.filter((d) => d.type === "script");
      js.push([
        kind,
        String(scripts.length),
        cell(scripts),
        String(inlineJs),
        scriptMs.toFixed(1),
        String(recorder.external.length),
      ]);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log("KB raw / KB gzip -9, per resource type, first visit with an empty cache:\n");
  printTable(["page", "path", "status", "requests", ...RESOURCE_TYPES, "total"], weights);
  console.log("\nJavaScript before any interaction (load + network idle):\n");
  printTable(
    ["page", "script files", "script KB raw / gz", "inline JS bytes", "script exec ms", "external requests"],
    js,
  );
}

if (import.meta.main) await runAlone(runPageWeight);

/**
 * How fast the first search answers: in fresh browser contexts (nothing
 * cached), types a query on /search/ and times the last keystroke to the
 * matching entries (instant, from the term list) and to the first full-text
 * (Pagefind) result on screen, and counts what that first query downloaded.
 */
import type { BenchOptions } from "./lib/args.ts";
import { launchBrowser, recordDownloads, sum, type Download } from "./lib/browser.ts";
import { runAlone } from "./lib/dist.ts";
import { heading, kb, printTable } from "./lib/format.ts";
import { median } from "../tests/gates/measure.ts";
import { serveDist } from "./lib/server.ts";

/**
 * Keys go in one quick burst so the page's input debounce folds them into a
 * single search. With a typist's pace, a busy machine can stretch one gap past
 * the debounce and a prefix ("pharmacogenomi") renders just after the last
 * key, which would time the wrong search; the "renders" column shows if that
 * still happens.
 */
const KEY_DELAY_MS = 0;

/** A full-text (Pagefind) result, as opposed to an entry matched by name from the term list. */
const FULL_TEXT_SELECTOR = ".search-option-page";
/** An entry matched by name from the term list (the instant answer). */
const ENTRY_SELECTOR = ".search-option-term";

/** In-page timestamps (performance.now()) of the last keystroke and of every render that shows a result. */
interface Timing {
  lastInput: number;
  renders: Array<{ at: number; frame: number; entries: boolean; fullText: boolean }>;
}

export async function runSearch(options: BenchOptions, dist: string): Promise<void> {
  const runs = options.runs ?? 5;
  heading(`search: "${options.query}" typed on /search/, ${runs} fresh contexts, ${dist}`);
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  let firstRun: Download[] = [];
  const rows: Array<{
    toDom: number;
    toFrame: number;
    toEntries: number;
    toFullText: number;
    renders: number;
    requests: number;
    raw: number;
    gzip: number;
    status: string;
  }> = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const recorder = recordDownloads(page, server.origin);
      await page.goto(`${server.origin}/search/`, { waitUntil: "networkidle" });
      recorder.reset(); // count only what the query itself fetches
      // Timestamps taken in the page, so Playwright's round trips do not count.
      await page.evaluate(
        ([selector, entrySelector, fullTextSelector]) => {
          const timing: Timing = { lastInput: 0, renders: [] };
          (window as unknown as { __bench: Timing }).__bench = timing;
          // Capture phase: runs before the page's own input handler.
          document.addEventListener("input", () => (timing.lastInput = performance.now()), true);
          // Every render is kept, to time the first one after the last key and to count them.
          new MutationObserver(() => {
            if (!document.querySelector(selector)) return;
            const render = {
              at: performance.now(),
              frame: 0,
              entries: document.querySelector(entrySelector) !== null,
              fullText: document.querySelector(fullTextSelector) !== null,
            };
            timing.renders.push(render);
            requestAnimationFrame(() => (render.frame = performance.now()));
          }).observe(document.body, { childList: true, subtree: true });
        },
        [options.resultSelector, ENTRY_SELECTOR, FULL_TEXT_SELECTOR] as const,
      );
      await page.locator("#search-page-input").pressSequentially(options.query, { delay: KEY_DELAY_MS });
      const found = await page
        .waitForFunction(
          () => {
            const t = (window as unknown as { __bench: Timing }).__bench;
            // Settled: an answer is on screen and no full-text results are still on their way.
            const pending = document.querySelector('[data-full-text="pending"]') !== null;
            return !pending && t.renders.some((r) => r.at > t.lastInput && r.frame > 0);
          },
          undefined,
          { timeout: 10_000 },
        )
        .then(
          () => true,
          () => false,
        );
      await page.waitForTimeout(300); // late fetches started by the query
      const timing = await page.evaluate(() => (window as unknown as { __bench: Timing }).__bench);
      const answer = timing.renders.find((r) => r.at > timing.lastInput);
      const entries = timing.renders.find((r) => r.at > timing.lastInput && r.entries);
      const fullText = timing.renders.find((r) => r.at > timing.lastInput && r.fullText);
      const status = (await page.locator("[data-search-status]").textContent())?.trim() ?? "";
      const downloads = await recorder.settle();
      if (run === 1) firstRun = downloads;
      await context.close();
      rows.push({
        toDom: found && answer ? answer.at - timing.lastInput : NaN,
        toFrame: found && answer ? answer.frame - timing.lastInput : NaN,
        toEntries: found && entries ? entries.at - timing.lastInput : NaN,
        toFullText: found && fullText ? fullText.at - timing.lastInput : NaN,
        renders: timing.renders.length,
        requests: downloads.length,
        raw: sum(downloads, "raw"),
        gzip: sum(downloads, "gzip"),
        status,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const fmt = (n: number) => (Number.isNaN(n) ? "–" : n.toFixed(0));
  const table = rows.map((r, i) => [
    String(i + 1),
    fmt(r.toDom),
    fmt(r.toFrame),
    fmt(r.toEntries),
    fmt(r.toFullText),
    String(r.renders),
    String(r.requests),
    kb(r.raw),
    kb(r.gzip),
    r.status,
  ]);
  const ok = rows.filter((r) => !Number.isNaN(r.toDom));
  table.push([
    "median",
    ok.length ? fmt(median(ok.map((r) => r.toDom))) : "–",
    ok.length ? fmt(median(ok.map((r) => r.toFrame).filter((n) => !Number.isNaN(n)))) : "–",
    ok.length ? fmt(median(ok.map((r) => r.toEntries).filter((n) => !Number.isNaN(n)))) : "–",
    ok.length ? fmt(median(ok.map((r) => r.toFullText).filter((n) => !Number.isNaN(n)))) : "–",
    "",
    String(median(rows.map((r) => r.requests))),
    kb(median(rows.map((r) => r.raw))),
    kb(median(rows.map((r) => r.gzip))),
    "",
  ]);
  printTable(
    [
      "run",
      "ms to result in DOM",
      "ms to next frame",
      "ms to entries in DOM",
      "ms to full text in DOM",
      "renders",
      "requests",
      "KB raw",
      "KB gzip -9",
      "status line",
    ],
    table,
  );
  // What the first query fetched, by file kind: named scripts and JSON, the rest by extension (Pagefind's chunks).
  const groups = new Map<string, Download[]>();
  for (const d of firstRun) {
    const name = new URL(d.url).pathname.split("/").pop() ?? "";
    const ext = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : name;
    const key = ext === "js" || ext === "json" ? name : `*.${ext}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  console.log("\nfirst query's downloads in run 1:\n");
  printTable(
    ["file", "count", "KB raw", "KB gzip -9"],
    [...groups].map(([key, items]) => [key, items.length, kb(sum(items, "raw")), kb(sum(items, "gzip"))]),
  );
  console.log(
    `\n(timed from the last keystroke; full text includes the page's pause before searching it, entries need none; result = first "${options.resultSelector}", entries = first "${ENTRY_SELECTOR}", full text = first "${FULL_TEXT_SELECTOR}"; "–" = none within 10 s)`,
  );
}

if (import.meta.main) await runAlone(runSearch);

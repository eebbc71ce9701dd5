import type { Page } from "@playwright/test";

/** Requests held back by `holdRequests`: how many arrived, and a way to let them all through. */
export interface HeldRequests {
  count: () => number;
  release: () => void;
}

/**
 * Holds back every request matching `url` until `release()` is called, to
 * test what a reader meets while scripts or the search index are still loading.
 */
export async function holdRequests(page: Page, url: string): Promise<HeldRequests> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let count = 0;
  await page.route(url, async (route) => {
    count++;
    await released;
    await route.continue();
  });
  return { count: () => count, release };
}

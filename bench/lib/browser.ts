/** Debian's Chromium driven by Playwright, and a recorder of what a page downloads. */
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/chromium.ts";
import { gzipSize } from "../../tests/gates/measure.ts";

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

export type ResourceType = "document" | "stylesheet" | "script" | "font" | "image" | "other";
export const RESOURCE_TYPES: ResourceType[] = ["document", "stylesheet", "script", "font", "image", "other"];

export interface Download {
  url: string;
  type: ResourceType;
  status: number;
  /** Decoded body size. */
  raw: number;
  /** The body gzipped at level 9 by us, whatever the server sent. */
  gzip: number;
}

const typeOf = (playwrightType: string): ResourceType =>
  (RESOURCE_TYPES as string[]).includes(playwrightType) ? (playwrightType as ResourceType) : "other";

/**
 * Records every response of a page from now on. `settle()` waits for the
 * bodies; `external` lists requests to any origin other than ours (the site
 * promises there are none).
 */
export function recordDownloads(page: Page, origin: string) {
  const pending: Array<Promise<Download>> = [];
  const external: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) external.push(request.url());
  });
  page.on("response", (response) => {
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0)) // redirects have no body
        .then((body) => ({
          url: response.url(),
          type: typeOf(response.request().resourceType()),
          status: response.status(),
          raw: body.length,
          gzip: gzipSize(body),
        })),
    );
  });
  return {
    external,
    settle: () => Promise.all(pending),
    /** Drops what was recorded so far, e.g. the page load before a search. */
    reset: () => void pending.splice(0),
  };
}

export const sum = (downloads: Download[], key: "raw" | "gzip") =>
  downloads.reduce((total, d) => total + d[key], 0);

/**
 * The site as the shipped nginx config serves it: the headers every response
 * carries, cache times, precompressed files, and the site's own 404 page.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { headerPolicy } from "../../src/security/policy";
import { expect, test } from "./test";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const astroAsset = `/_astro/${readdirSync(`${dist}/_astro`).find((name) => name.endsWith(".js"))}`;
const pagefindChunk = `/pagefind/fragment/${readdirSync(`${dist}/pagefind/fragment`)[0]}`;

const SECURITY = {
  "content-security-policy": headerPolicy(),
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

test("a page carries the security headers, a short cache time, and comes brotli-compressed", async ({
  request,
}) => {
  const response = await request.get("/glossary/cyp2d6/", { headers: { "Accept-Encoding": "br, gzip" } });
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    ...SECURITY,
    "content-type": "text/html; charset=utf-8",
    "content-encoding": "br",
    "cache-control": "public, max-age=300, must-revalidate",
  });
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(await response.text()).toContain("<h1>CYP2D6</h1>");
});

test("a client without brotli gets the precompressed gzip file", async ({ request }) => {
  const response = await request.get("/", { headers: { "Accept-Encoding": "gzip" } });
  expect(response.headers()["content-encoding"]).toBe("gzip");
  expect(response.headers()["vary"]).toBe("Accept-Encoding");
});

test("fingerprinted scripts and search chunks are cached for a year; the search entry file briefly", async ({
  request,
}) => {
  for (const path of [astroAsset, pagefindChunk]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers(), path).toMatchObject({
      ...SECURITY,
      "cache-control": "public, max-age=31536000, immutable",
    });
  }
  const entry = await request.get("/pagefind/pagefind-entry.json");
  expect(entry.headers()["cache-control"]).toBe("public, max-age=300, must-revalidate");
  expect(entry.headers()["content-type"]).toBe("application/json");
});

test("Pagefind's compressed WebAssembly and its scripts are served with their types", async ({ request }) => {
  // Pagefind ships its WebAssembly gzipped as wasm.<lang>.pagefind and unpacks it itself.
  const wasm = await request.get("/pagefind/wasm.en.pagefind");
  expect(wasm.status()).toBe(200);
  expect(wasm.headers()["content-type"]).toBe("application/octet-stream");
  const script = await request.get("/pagefind/pagefind.js");
  expect(script.headers()["content-type"]).toBe("application/javascript; charset=utf-8");
});

test.describe("a missing page", () => {
  test.use({ allowedErrors: [/status of 404/] });

  test("answers 404 with the site's own page and the security headers", async ({ page, request }) => {
    const response = await request.get("/glossary/no-such-term/");
    expect(response.status()).toBe(404);
    expect(response.headers()).toMatchObject(SECURITY);
    const reply = await page.goto("/glossary/no-such-term/");
    expect(reply!.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("searchbox").first()).toBeVisible();
  });

  test("the host's config files are not served", async ({ request }) => {
    expect((await request.get("/_headers")).status()).toBe(404);
  });
});

test("a folder address without its trailing slash redirects to it on the same host", async ({ request }) => {
  const response = await request.get("/glossary/cyp2d6", { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe("/glossary/cyp2d6/");
});

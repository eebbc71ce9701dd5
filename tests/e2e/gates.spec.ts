/**
 * Quality gates that need a browser: accessibility on every page in both
 * colour schemes, no requests to other origins, no CSP violations, and
 * reading without JavaScript.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { axeContext, axeViolations } from "./axe";
import { expect, test, watchErrors } from "./test";
import { BROKEN_PAGES } from "../fixtures/broken-site";

/** Pages per axe test: small groups share the work between workers and keep each test's time flat. */
const GROUP = 12;

/**
 * Every page of the sitemap the tests run against, read from dist/ when the
 * tests are collected, in groups of GROUP.
 */
function sitemapGroups(): string[][] {
  const xml = readFileSync(fileURLToPath(new URL("../../dist/sitemap.xml", import.meta.url)), "utf8");
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, "http://site").pathname);
  const all = [...paths, "/search/?q=codeine", "/404.html"];
  return Array.from({ length: Math.ceil(all.length / GROUP) }, (_, i) =>
    all.slice(i * GROUP, (i + 1) * GROUP),
  );
}

for (const colorScheme of ["light", "dark"] as const) {
  for (const [index, paths] of sitemapGroups().entries()) {
    test(`axe finds no violations on sitemap pages ${index * GROUP + 1}–${index * GROUP + paths.length} in ${colorScheme} mode`, async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      const context = await axeContext(browser, { colorScheme });
      const page = await context.newPage();
      const errors = await watchErrors(page);
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        if (path.startsWith("/search/")) await expect(page.getByRole("option").first()).toBeVisible();
        for (const violation of await axeViolations(page)) found.push(`${path} ${violation}`);
      }
      expect(found).toEqual([]);
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
      await context.close();
    });
  }
}

test("axe finds no violations with a definition preview open, in dark mode", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await axeContext(browser, { colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/concepts/pharmacogenomics/");
  await page.locator(".prose a.term-link").first().focus();
  await expect(page.locator("#term-preview")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("axe finds no violations with a citation's preview and its close button showing on a touch screen, in dark mode", async ({
  browser,
}) => {
  const context = await browser.newContext({
    colorScheme: "dark",
    hasTouch: true,
    isMobile: true,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto("/concepts/pharmacogenomics/");
  await page.locator(".prose a.cite-marker").first().tap();
  await expect(page.getByRole("button", { name: "Close preview" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("axe finds no violations on the map pages, with a drawn node's preview open, in both modes", async ({
  browser,
}) => {
  // The sitemap-wide tests above cover these pages too; this one opens a preview on the drawing.
  const paths = sitemapGroups()
    .flat()
    .filter((path) => path.startsWith("/map/"));
  expect(paths.length).toBeGreaterThan(1);
  test.setTimeout(30_000 + paths.length * 2 * 8_000);
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await axeContext(browser, { colorScheme });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await page.locator(".map-svg a.term-link").first().hover();
      await expect(page.locator("#term-preview")).toBeVisible();
      for (const violation of await axeViolations(page)) found.push(`${colorScheme} ${path} ${violation}`);
    }
    expect(found).toEqual([]);
    await context.close();
  }
});

test("the axe gate fails on an image without alt text", async ({ browser }) => {
  const context = await axeContext(browser);
  const page = await context.newPage();
  await page.setContent(BROKEN_PAGES.missingAlt);
  expect((await axeViolations(page)).some((v) => v.startsWith("image-alt"))).toBe(true);
  await context.close();
});

test("every request while reading each page kind and searching stays on this site", async ({
  page,
  baseURL,
}) => {
  const origins = new Set<string>();
  page.on("request", (request) => {
    if (!request.url().startsWith("data:")) origins.add(new URL(request.url()).origin);
  });
  for (const path of [
    "/",
    "/concepts/pharmacogenomics/",
    "/glossary/cyp2d6/",
    "/compare/precision-vs-personalized-medicine/",
    "/glossary/",
    "/sources/",
    "/timeline/",
    "/gene-drug-table/",
  ]) {
    await page.goto(path);
  }
  await page.getByRole("banner").getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("dialog").getByRole("combobox").fill("codeine");
  await expect(page.getByRole("dialog").getByRole("option").first()).toBeVisible();
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test("searching and opening a preview cause no CSP violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  // Chromium logs violations itself; the listener also catches ones it reports only as events.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Refused to: CSP ${e.violatedDirective}`),
    );
  });
  await page.goto("/concepts/pharmacogenomics/");
  await page.locator(".prose a.term-link").first().hover();
  await expect(page.locator("#term-preview")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("banner").getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("dialog").getByRole("combobox").fill("breathing problems");
  const section = page.getByRole("dialog").locator(".search-option-section").first();
  await section.click();
  await expect(page.locator("mark.pagefind-highlight").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("without JavaScript every entry's text, links, the A–Z and alias redirects work", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/glossary/");
  const entries = page.locator(".glossary-item dt a");
  expect(await entries.count()).toBeGreaterThan(10);
  await page.getByRole("link", { name: "C", exact: true }).click();
  await expect(page).toHaveURL(/#letter-c$/);
  await entries.filter({ hasText: "CYP2D6" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CYP2D6");
  await expect(page.locator("#definition")).not.toBeEmpty();
  await expect(page.locator(".prose p").first()).toBeVisible();
  await page.locator(".prose a.term-link").first().click();
  await expect(page.locator("#definition")).toBeVisible();
  await page.goto("/glossary/pgx/");
  await expect(page).toHaveURL(/\/concepts\/pharmacogenomics\/$/);
  // The header search still works as a plain form leading to the search page.
  await page.locator("#header-search-input").fill("codeine");
  await page.locator("#header-search-input").press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=codeine/);
  await context.close();
});

/**
 * Quality gates that need a browser: accessibility on every page in both
 * colour schemes, no requests to other origins, no CSP violations, and
 * reading without JavaScript.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { BROKEN_PAGES } from "../fixtures/broken-site";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function sitemapPaths(browser: Browser): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto("/sitemap.xml");
  const xml = (await response!.text()) as string;
  await context.close();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on any page of the sitemap in ${colorScheme} mode`, async ({ browser }) => {
    const paths = await sitemapPaths(browser);
    expect(paths.length).toBeGreaterThan(10);
    // The sitemap grows with the content: 4 to 7 s a page on a busy shared 2-core machine, so allow 10.
    test.setTimeout(60_000 + paths.length * 10_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of [...paths, "/search/?q=codeine", "/404.html"]) {
      await page.goto(path);
      if (path.startsWith("/search/")) await expect(page.getByRole("option").first()).toBeVisible();
      for (const violation of await axeViolations(page)) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
}

test("axe finds no violations with a definition preview open, in dark mode", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/concepts/pharmacogenomics/");
  await page.locator(".prose a.term-link").first().focus();
  await expect(page.locator("#term-preview")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("axe finds no violations on the map pages, with a drawn node's preview open, in both modes", async ({
  browser,
}) => {
  // The sitemap-wide tests above cover these pages too; this one runs fast on its own and opens a preview.
  const paths = (await sitemapPaths(browser)).filter((path) => path.startsWith("/map/"));
  expect(paths.length).toBeGreaterThan(1);
  test.setTimeout(30_000 + paths.length * 2 * 8_000);
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
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
  const context = await browser.newContext();
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
  await page.getByRole("dialog").getByRole("combobox").fill("respiratory depression");
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

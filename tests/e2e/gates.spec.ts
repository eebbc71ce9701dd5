/**
 * Quality gates that need a browser: accessibility on every page in both
 * colour schemes, no requests to other origins, no CSP violations, and
 * reading without JavaScript.
 */
import AxeBuilder from "@axe-core/playwright";
import { axeContext, axeViolations } from "./axe";
import { groupName, sitemapGroups } from "./sitemap";
import { expect, PHONE, test, watchErrors } from "./test";
import { BROKEN_PAGES } from "../fixtures/broken-site";

for (const colorScheme of ["light", "dark"] as const) {
  for (const [index, paths] of sitemapGroups().entries()) {
    test(`axe finds no violations on sitemap pages ${groupName(index, paths)} in ${colorScheme} mode`, async ({
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

/** A phone: the width of a common one, with touch, so the page lays out as it does there. */

for (const [index, paths] of sitemapGroups().entries()) {
  test(`no sitemap page ${groupName(index, paths)} scrolls sideways at 320 px, or at 1280 px with 200 % text`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    // WCAG 1.4.10: 320 CSS px wide, and 1280 px with the text twice its size (the root font size
    // doubled, as a reader's browser setting does; rem-based sizes follow it, media queries do not).
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const pages = [await narrow.newPage(), await wide.newPage()];
    const errors = [...(await watchErrors(pages[0]!)), ...(await watchErrors(pages[1]!))];
    const overflowing: string[] = [];
    for (const path of paths) {
      for (const [i, page] of pages.entries()) {
        await page.goto(path);
        if (i === 1) await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
        const [scrollWidth, innerWidth] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          window.innerWidth,
        ]);
        if (scrollWidth > innerWidth)
          overflowing.push(`${path} ${i === 0 ? "320 px" : "200 % text"}: ${scrollWidth} px wide`);
      }
    }
    expect(overflowing).toEqual([]);
    await narrow.close();
    await wide.close();
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  test(`every target on sitemap pages ${groupName(index, paths)} is at least 24 × 24 px on a phone`, async ({
    browser,
  }) => {
    // axe on a phone-sized page takes 2–5 s on a busy 2-core machine.
    test.setTimeout(300_000);
    const context = await axeContext(browser, PHONE);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
      for (const v of violations) found.push(`${path} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }
    expect(found).toEqual([]);
    await context.close();
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations on a phone in ${colorScheme} mode, with the menu and the contents open`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const context = await axeContext(browser, { ...PHONE, colorScheme });
    const page = await context.newPage();
    const errors = await watchErrors(page);
    const found: string[] = [];
    for (const path of [
      "/",
      "/concepts/pharmacogenomics/",
      "/glossary/hla/",
      "/glossary/",
      "/gene-drug-table/",
    ]) {
      await page.goto(path);
      for (const violation of await axeViolations(page)) found.push(`${path} ${violation}`);
    }
    // Opened: the "On this page" list, then the menu over it.
    await page.goto("/concepts/pharmacogenomics/");
    await page.locator(".toc summary").tap();
    await page.getByRole("navigation", { name: "Main" }).getByText("Menu").tap();
    await expect(page.getByRole("link", { name: "Timeline" })).toBeVisible();
    for (const violation of await axeViolations(page)) found.push(`menu open: ${violation}`);
    await page.getByRole("banner").getByRole("button", { name: "Search", exact: true }).tap();
    await page.getByRole("dialog").getByRole("combobox").fill("cyp");
    await expect(page.getByRole("dialog").getByRole("option").first()).toBeVisible();
    for (const violation of await axeViolations(page)) found.push(`search dialog: ${violation}`);
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
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
  const context = await axeContext(browser, { ...PHONE, colorScheme: "dark" });
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

test("the target-size gate fails on two small buttons side by side", async ({ browser }) => {
  const context = await axeContext(browser, PHONE);
  const page = await context.newPage();
  await page.setContent(
    '<main><button style="width:12px;height:12px;padding:0">a</button><button style="width:12px;height:12px;padding:0">b</button></main>',
  );
  const { violations } = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
  expect(violations.map((v) => v.id)).toEqual(["target-size"]);
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

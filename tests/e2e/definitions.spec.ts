import { expect, PHONE, test } from "./test";
import { holdRequests } from "./hold-requests";

const preview = "#term-preview";

test("hovering a term link shows its preview, and the pointer can move onto it", async ({ page }) => {
  // The page's timers run on Playwright's clock, so "well past the close delay" needs no real waiting.
  await page.clock.install();
  await page.goto("/concepts/pharmacogenomics/");
  const link = page.locator(".prose a.term-link").first();
  const title = await link.getAttribute("data-preview-title");
  await link.hover();
  await page.clock.runFor(300);
  const card = page.locator(preview);
  await expect(card).toBeVisible();
  await expect(card).toContainText(title!);
  // Hoverable (1.4.13): moving onto the card keeps it open, well past the close delay.
  await card.hover();
  await page.clock.runFor(2000);
  await expect(card).toBeVisible();
  // Dismissible: Escape closes it without moving the pointer.
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
});

test("focusing a term link shows its preview and describes the link for screen readers", async ({ page }) => {
  await page.goto("/concepts/pharmacogenomics/");
  const link = page.locator(".prose a.term-link").first();
  await link.focus();
  await expect(page.locator(preview)).toBeVisible();
  await expect(link).toHaveAttribute("aria-describedby", "term-preview-summary");
  await expect(page.locator("#term-preview-summary")).toHaveText(
    (await link.getAttribute("data-preview-summary"))!,
  );
  await page.keyboard.press("Escape");
  await expect(page.locator(preview)).toBeHidden();
});

test("a term link focused before the preview script has run still shows its preview", async ({ page }) => {
  // Hold back the site's external scripts until the reader has already focused a link. The
  // preview script is inlined, but module scripts run in document order, so it waits behind them.
  const scripts = await holdRequests(page, "**/_astro/*.js");
  await page.goto("/concepts/pharmacogenomics/", { waitUntil: "commit" });
  const link = page.locator(".prose a.term-link").first();
  await link.focus();
  await expect(page.locator(preview)).toHaveCount(0);
  expect(scripts.count()).toBeGreaterThan(0);
  scripts.release();
  await expect(page.locator(preview)).toBeVisible();
  await expect(link).toHaveAttribute("aria-describedby", "term-preview-summary");
});

test("an alias URL lands on its entry, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/glossary/pgx/");
  await expect(page).toHaveURL(/\/concepts\/pharmacogenomics\/$/);
  await context.close();
});

test("the A–Z filter narrows the list as the reader types", async ({ page }) => {
  await page.goto("/glossary/");
  const items = page.locator(".glossary-item:visible");
  const all = await items.count();
  await page.getByLabel("Filter entries").fill("cyp");
  await expect(items).not.toHaveCount(all);
  // An entry matches by its title or any other name (CYP is also part of "cytochrome P450" aliases).
  for (const names of await items.evaluateAll((els) =>
    els.map((el) => (el as HTMLElement).dataset["names"] ?? ""),
  ))
    expect(names.toLowerCase()).toContain("cyp");
  await expect(page.locator("[data-filter-count]")).toContainText(`of ${all} entries`);
});

test("copy-link writes the URL with its anchor to the clipboard", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto("/concepts/pharmacogenomics/");
  const heading = page.locator(".prose h2[id]").first();
  const id = await heading.getAttribute("id");
  await page
    .getByRole("button", { name: `Copy link to the section “${await heading.textContent()}”` })
    .click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${new URL(page.url()).origin}/concepts/pharmacogenomics/#${id}`,
  );
  await page.getByRole("button", { name: "Copy citation" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    "Pharmacogenomics. In Precision Medicine Glossary. Reviewed",
  );
  await context.close();
});

test("the dark-mode choice is remembered across pages, applied by the head script before the body is read", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Dark mode" }).click();
  const theme = await page.locator("html").getAttribute("data-theme");
  expect(theme).toMatch(/^(dark|light)$/);
  // Record the attribute as soon as <body> exists: later scripts cannot have set it yet.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody?: string }).themeAtBody =
        document.documentElement.dataset["theme"] ?? "";
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/glossary/");
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe(theme);
});

test("on a touch screen the first tap on a term link shows its preview and the card's link opens the entry", async ({
  browser,
}) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto("/concepts/pharmacogenomics/");
  const link = page.locator(".prose a.term-link").first();
  const href = (await link.getAttribute("href"))!;
  await link.tap();
  await expect(page.locator(preview)).toBeVisible();
  await expect(page).toHaveURL(/\/concepts\/pharmacogenomics\/$/);
  await page.locator(".term-preview-more").tap();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await context.close();
});

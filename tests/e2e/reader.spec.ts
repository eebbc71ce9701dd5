import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("searching 'pharmacogenomics' from the header reaches the concept page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("search").first().getByRole("searchbox").fill("pharmacogenomics");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=pharmacogenomics/);
  const first = page.locator(".search-result h2 a").first();
  await expect(first).toHaveText("Pharmacogenomics");
  await first.click();
  await expect(page).toHaveURL(/\/concepts\/pharmacogenomics\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pharmacogenomics");
});

test("a search result links to the matching section's anchor", async ({ page }) => {
  await page.goto("/search/?q=codeine");
  const sectionLink = page.locator(".search-sections a").first();
  await expect(sectionLink).toHaveAttribute("href", /#[a-z0-9-]+$/);
  const href = (await sectionLink.getAttribute("href"))!;
  await sectionLink.click();
  const id = href.split("#")[1]!;
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test("the keyboard alone reaches the header search and runs a query", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const searchbox = page.locator("#header-search-input");
  for (let i = 0; i < 12 && !(await searchbox.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(searchbox).toBeFocused();
  await page.keyboard.type("CYP2D6");
  await page.keyboard.press("Enter");
  await expect(page.locator(".search-result").first()).toBeVisible();
});

test("a deep link to a section lands on its heading", async ({ page }) => {
  await page.goto("/concepts/precision-medicine/");
  const heading = page.locator(".prose h2[id]").nth(2);
  const id = (await heading.getAttribute("id"))!;
  await page.goto(`/concepts/precision-medicine/#${id}`);
  await expect(page.locator(`h2[id="${id}"]`)).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(id);
});

test("the definition anchor and the sources are on every entry page", async ({ page }) => {
  await page.goto("/glossary/cyp2d6/#definition");
  await expect(page.locator("#definition")).toBeInViewport();
  await expect(page.locator(".entry-sources li").first()).toBeVisible();
});

test("an alias URL takes the reader to its entry without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/glossary/pgx/");
  await expect(page).toHaveURL(/\/concepts\/pharmacogenomics\/$/);
  await context.close();
});

for (const path of ["/", "/concepts/pharmacogenomics/", "/glossary/"]) {
  test(`axe finds no accessibility violations on ${path}`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
      [],
    );
    await context.close();
  });
}

import { expect, test } from "./test";

test("the keyboard alone reaches search from the home page and runs a query", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const button = page.getByRole("banner").getByRole("button", { name: "Search", exact: true });
  for (let i = 0; i < 15 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog").getByRole("combobox")).toBeFocused();
  await page.keyboard.type("CYP2D6");
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/glossary\/cyp2d6\/$/);
  // On the entry: a focused term link opens its preview; Escape closes it.
  const link = page.locator(".prose a.term-link").first();
  await link.focus();
  await expect(page.locator("#term-preview")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("#term-preview")).toBeHidden();
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

test("following a term link in the text opens that entry", async ({ page }) => {
  await page.goto("/concepts/precision-medicine/");
  const link = page.locator(".prose a.term-link").first();
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator("#definition")).toBeVisible();
});

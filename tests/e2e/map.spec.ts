/** The map of the field: its drawn nodes show the same previews as term links in the text. */
import { expect, test } from "@playwright/test";

test("hovering a node of the drawn map shows its preview, leading to its entry", async ({ page }) => {
  await page.goto("/map/pharmacogenomics/");
  const node = page.locator(".map-svg a.term-link").nth(1);
  const href = await node.getAttribute("href");
  await node.hover();
  await expect(page.locator("#term-preview")).toBeVisible();
  await expect(page.locator(".term-preview-title")).toHaveText(
    (await node.getAttribute("data-preview-title"))!,
  );
  await expect(page.locator(".term-preview-more")).toHaveAttribute("href", href!);
});

test("the map's list reaches every concept's full map by keyboard", async ({ page }) => {
  await page.goto("/map/");
  const fullMap = page.locator(".map-tree a", { hasText: "Full map" }).first();
  await fullMap.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/map\/[a-z-]+\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Map of");
});

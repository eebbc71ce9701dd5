/**
 * Citation markers in an entry's text: [n] links whose preview card shows the
 * full reference from the page's own list (WCAG 2.2 SC 1.4.13), big enough to
 * tap and never wrapped alone onto a line.
 */
import type { Page } from "@playwright/test";
import { expect, PHONE, test, watchErrors } from "./test";

const PAGE = "/concepts/pharmacogenomics/";
const card = (page: Page) => page.locator("#term-preview");
const firstMarker = (page: Page) => page.locator(".prose a.cite-marker").first();

/** The text of the reference list item a marker links to. */
async function referenceText(page: Page, marker: ReturnType<typeof firstMarker>): Promise<string> {
  const id = (await marker.getAttribute("href"))!.slice(1);
  return (await page.locator(`[id="${id}"] .reference`).innerText()).trim();
}

test("hovering a citation marker shows its full reference, the pointer can move onto the card, and Escape closes it", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(PAGE);
  const marker = firstMarker(page);
  await expect(marker).toHaveText("[Source 1]");
  await marker.hover();
  await page.clock.runFor(300);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText("Source 1");
  expect((await page.locator("#term-preview-summary").innerText()).trim()).toBe(
    await referenceText(page, marker),
  );
  await expect(page.locator(".term-preview-more")).toHaveAttribute(
    "href",
    /\/sources\/#nhgri-pharmacogenomics-fact-sheet$/,
  );
  // A pointer that can hover needs no close button.
  await expect(page.getByRole("button", { name: "Close preview" })).toBeHidden();
  // Hoverable: the card stays open after the pointer moves onto it, well past the close delay.
  await card(page).hover();
  await page.clock.runFor(2000);
  await expect(card(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(card(page)).toBeHidden();
});

test("focusing a citation marker shows its full reference as the marker's description; Escape closes it", async ({
  page,
}) => {
  await page.goto(PAGE);
  const marker = page.locator(".prose a.cite-marker").nth(1);
  await marker.focus();
  await expect(card(page)).toBeVisible();
  await expect(marker).toHaveAttribute("aria-describedby", "term-preview-summary");
  expect((await page.locator("#term-preview-summary").innerText()).trim()).toBe(
    await referenceText(page, marker),
  );
  await page.keyboard.press("Escape");
  await expect(card(page)).toBeHidden();
  await expect(marker).toBeFocused();
});

test("at 390 px on a touch screen, tapping a marker shows its reference and the card's close button closes it", async ({
  browser,
}) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = await watchErrors(page);
  await page.goto(PAGE);
  const marker = firstMarker(page);
  await marker.tap();
  await expect(card(page)).toBeVisible();
  expect((await page.locator("#term-preview-summary").innerText()).trim()).toBe(
    await referenceText(page, marker),
  );
  // The first tap previews; it does not jump to the list.
  expect(new URL(page.url()).hash).toBe("");
  const close = page.getByRole("button", { name: "Close preview" });
  const box = (await close.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  await close.tap();
  await expect(card(page)).toBeHidden();
  expect(errors).toEqual([]);
  await context.close();
});

test("at 390 px every marker is at least 24 × 24 px and sits on the line of the text before it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [PAGE, "/concepts/precision-medicine/", "/concepts/ai-and-the-future/"]) {
    await page.goto(path);
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".prose a.cite-marker")].flatMap((marker) => {
        const box = marker.getBoundingClientRect();
        const problems: string[] = [];
        const name = `${marker.textContent} before “${marker.parentElement?.previousSibling?.textContent?.slice(-20)}”`;
        if (box.width < 24 || box.height < 24) problems.push(`${name}: ${box.width}×${box.height}`);
        const before = marker.parentElement?.previousSibling;
        if (before) {
          const range = document.createRange();
          range.selectNode(before);
          const last = [...range.getClientRects()].at(-1);
          // On the same line: the text before ends left of the marker and overlaps it vertically.
          if (last && !(last.right <= box.left + 1 && last.top < box.bottom && last.bottom > box.top))
            problems.push(`${name}: on a line of its own`);
        }
        return problems;
      }),
    );
    expect(problems, path).toEqual([]);
  }
});

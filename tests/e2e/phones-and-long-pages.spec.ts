/**
 * Reading on a phone and moving through long pages: the compact header, the
 * full-screen search dialog, the "On this page" list, print colours, one tab
 * stop per heading and the preview card's link.
 */
import { expect, PHONE, test } from "./test";

const CONCEPT = "/concepts/pharmacogenomics/";

test.describe("on a 390 px phone", () => {
  test.use(PHONE);

  test("the header is at most 120 px tall and search is one tap away", async ({ page }) => {
    for (const path of ["/", CONCEPT, "/glossary/hla/", "/gene-drug-table/"]) {
      await page.goto(path);
      const header = await page.getByRole("banner").boundingBox();
      expect(header!.height, path).toBeLessThanOrEqual(120);
    }
    await page.getByRole("banner").getByRole("button", { name: "Search", exact: true }).tap();
    await expect(page.getByRole("dialog").getByRole("combobox")).toBeFocused();
  });

  test("the main navigation opens from the Menu and leads to its pages", async ({ page }) => {
    await page.goto(CONCEPT);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Timeline" })).toBeHidden();
    await nav.getByText("Menu", { exact: true }).tap();
    await nav.getByRole("link", { name: "Timeline" }).tap();
    await expect(page).toHaveURL(/\/timeline\/$/);
  });

  test("the search dialog fills the screen, shows several results and closes with a plain Close button", async ({
    page,
  }) => {
    await page.goto(CONCEPT);
    await page.getByRole("banner").getByRole("button", { name: "Search", exact: true }).tap();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox").fill("cyp");
    await expect(dialog.getByRole("option").first()).toBeVisible();
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    // Several results in view at once, below the search box.
    let inView = 0;
    for (const option of await dialog.getByRole("option").all()) {
      const box = await option.boundingBox();
      if (box && box.y + box.height <= 844) inView++;
    }
    expect(inView).toBeGreaterThanOrEqual(3);
    // No "(Esc)" on a touch screen: there is no Escape key to press.
    const close = dialog.getByRole("button", { name: "Close", exact: true });
    await expect(close).toBeVisible();
    expect(await close.innerText()).toBe("Close");
    await close.tap();
    await expect(dialog).toBeHidden();
  });

  test("the contents of a long entry are collapsed above the text and open with a tap", async ({ page }) => {
    await page.goto(CONCEPT);
    const contents = page.getByRole("navigation", { name: "On this page" });
    const first = contents.getByRole("link").first();
    await expect(first).toBeHidden();
    const toc = await contents.boundingBox();
    const text = await page.locator(".prose").boundingBox();
    expect(toc!.y + toc!.height).toBeLessThanOrEqual(text!.y);
    await contents.locator("summary").tap();
    await first.tap();
    const id = (await first.getAttribute("href"))!.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
});

test("a long entry lists its sections beside the text, and marks the one being read as the reader scrolls", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(CONCEPT);
  const contents = page.getByRole("navigation", { name: "On this page" });
  const links = contents.getByRole("link");
  // One link per section (## heading) of the text, in order; beside the text, not above it.
  const sectionIds = await page
    .locator(".prose h2[id]:not(#footnote-label)")
    .evaluateAll((hs) => hs.map((h) => `#${h.id}`));
  expect(sectionIds.length).toBeGreaterThanOrEqual(3);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(sectionIds);
  await expect(links.first()).toBeVisible();
  const toc = (await contents.boundingBox())!;
  const text = (await page.locator(".prose").boundingBox())!;
  expect(toc.x).toBeGreaterThanOrEqual(text.x + text.width);

  // Scrolling a section's heading to the top marks its link, and only its link.
  const third = page.locator(sectionIds[2]!);
  await third.evaluate((h) => h.scrollIntoView({ block: "start" }));
  await expect.poll(() => links.nth(2).getAttribute("aria-current")).toBe("location");
  await expect(contents.locator("[aria-current]")).toHaveCount(1);
  // The list stays in view while the reader scrolls (sticky).
  await expect(contents).toBeInViewport();

  // Following a link lands on its section, which is then the one marked.
  await links.nth(1).click();
  await expect(page.locator(sectionIds[1]!)).toBeInViewport();
  await expect.poll(() => links.nth(1).getAttribute("aria-current")).toBe("location");
});

test("without JavaScript the contents' links still lead to their sections", async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CONCEPT);
  const contents = page.getByRole("navigation", { name: "On this page" });
  await contents.locator("summary").tap();
  const last = contents.getByRole("link").last();
  const href = (await last.getAttribute("href"))!;
  await last.tap();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href)).toBeInViewport();
  await context.close();
});

for (const how of ["the reader chose dark mode", "the system is in dark mode"] as const) {
  test(`print is light when ${how}`, async ({ browser }) => {
    const context = await browser.newContext({
      colorScheme: how === "the system is in dark mode" ? "dark" : "light",
    });
    const page = await context.newPage();
    await page.goto(CONCEPT);
    if (how === "the reader chose dark mode") await page.getByRole("button", { name: "Dark mode" }).click();
    const body = page.locator("body");
    // On screen: light text on a dark background.
    await expect(body).toHaveCSS("color", "rgb(230, 233, 237)");
    await page.emulateMedia({ media: "print" });
    await expect(body).toHaveCSS("color", "rgb(27, 31, 36)");
    await expect(body).toHaveCSS("background-color", "rgb(255, 255, 255)");
    await context.close();
  });
}

test("each heading in an entry's text is one tab stop, its copy-link button", async ({ page }) => {
  await page.goto(CONCEPT);
  const headings = await page
    .locator(".prose .heading-wrapper > [id]")
    .evaluateAll((hs) => hs.map((h) => h.id));
  expect(headings.length).toBeGreaterThanOrEqual(3);
  // Wait for the copy buttons (added by script), then Tab through the text and count stops per heading.
  await expect(page.locator(".prose .heading-wrapper .copy-link")).toHaveCount(headings.length);
  await page.locator(".prose").evaluate((prose) => {
    prose.tabIndex = -1;
    prose.focus();
  });
  const stops = new Map<string, string[]>();
  for (let i = 0; i < 500; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const active = document.activeElement!;
      if (!active.closest(".prose")) return undefined;
      const wrapper = active.closest(".heading-wrapper");
      return { heading: wrapper?.firstElementChild?.id, name: active.getAttribute("aria-label") ?? "" };
    });
    if (!stop) break;
    if (stop.heading) stops.set(stop.heading, [...(stops.get(stop.heading) ?? []), stop.name]);
  }
  expect([...stops.keys()]).toEqual(headings);
  for (const [id, names] of stops)
    expect(names, id).toEqual([expect.stringMatching(/^Copy link to the section/)]);
});

test("the preview card's link is short, and its name says which entry it opens", async ({ page }) => {
  await page.goto(CONCEPT);
  const link = page.locator(".prose a.term-link").first();
  const title = (await link.getAttribute("data-preview-title"))!;
  await link.focus();
  const more = page.locator("#term-preview").getByRole("link", { name: `Open entry: ${title}`, exact: true });
  await expect(more).toBeVisible();
  // What shows is just "Open entry"; the name starts with it, so speech input finds the link.
  await expect(more).toHaveText("Open entry");
});

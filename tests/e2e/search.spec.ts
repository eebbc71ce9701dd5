import type { Page } from "@playwright/test";
import { axeContext, axeViolations } from "./axe";
import { expect, test } from "./test";
import { holdRequests } from "./hold-requests";

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search the glossary" });
const firstOption = (page: Page) => dialog(page).getByRole("option").first();

/** The header's search button (its label is "Search"; the "/" hint is hidden from screen readers). */
const searchButton = (page: Page) =>
  page.getByRole("banner").getByRole("button", { name: "Search", exact: true });

async function searchInDialog(page: Page, query: string) {
  await page.goto("/");
  await searchButton(page).click();
  await dialog(page).getByRole("combobox").fill(query);
}

/** Waits until both kinds of answers are on screen and the status line counts both. */
async function fullTextShown(page: Page) {
  await expect(dialog(page).getByRole("listbox")).toHaveAttribute("data-full-text", "done");
  await expect(dialog(page).getByRole("status")).toContainText(/found in the text|No results/);
}

/** Holds back Pagefind's files (its script, WebAssembly and index) until `release()` is called. */
const holdPagefind = async (page: Page) => (await holdRequests(page, "**/pagefind/**")).release;

for (const [query, title] of [
  ["PGx", "Pharmacogenomics"],
  ["personalised", "Personalized medicine"],
  ["pharmacogenomcs", "Pharmacogenomics"],
  ["CYP2D6", "CYP2D6"],
  ["CYP 2D6", "CYP2D6"],
] as const) {
  test(`"${query}" puts the ${title} entry first`, async ({ page }) => {
    await searchInDialog(page, query);
    await expect(firstOption(page).locator(".search-option-title")).toHaveText(
      new RegExp(`^${title}\\s*(Concept|Term|Comparison)$`),
    );
  });
}

test("searching 'pharmacogenomics' from the header reaches the concept page", async ({ page }) => {
  await searchInDialog(page, "pharmacogenomics");
  await expect(firstOption(page)).toContainText("Pharmacogenomics");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/concepts\/pharmacogenomics\/$/);
});

test("a phrase from inside a section gives a result linking to that section's anchor", async ({ page }) => {
  await searchInDialog(page, "breathing problems");
  const section = dialog(page).locator(".search-option-section").first();
  await expect(section).toHaveAttribute("href", /#[a-z0-9-]+$/);
  const href = (await section.getAttribute("href"))!;
  await section.click();
  const id = href.split("#")[1]!;
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  // Arriving from a result highlights the searched words.
  await expect(page.locator("mark.pagefind-highlight").first()).toBeVisible();
});

test("on the first search, matching entries show while the full-text index is still loading", async ({
  page,
}) => {
  const release = await holdPagefind(page);
  await searchInDialog(page, "PGx");
  await expect(firstOption(page)).toContainText("Pharmacogenomics");
  await expect(dialog(page).getByRole("status")).toContainText("searching the text");
  await expect(dialog(page).getByRole("listbox")).toHaveAttribute("data-full-text", "pending");
  await expect(dialog(page).locator(".search-option-page")).toHaveCount(0);
  release();
  await fullTextShown(page);
  await expect(firstOption(page)).toContainText("Pharmacogenomics");
});

test("matching entries show as the reader types, without the pause full-text search waits for", async ({
  page,
}) => {
  await page.clock.install();
  await page.goto("/");
  await searchButton(page).click();
  // Stop the page's clock: no timer (debounce or otherwise) can fire until it runs again.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await dialog(page).getByRole("combobox").pressSequentially("pgx");
  await expect(firstOption(page)).toContainText("Pharmacogenomics");
  await expect(dialog(page).getByRole("listbox")).toHaveAttribute("data-full-text", "pending");
  await expect(dialog(page).locator(".search-option-page")).toHaveCount(0);
  // The full text follows once time runs again.
  await page.clock.resume();
  await fullTextShown(page);
});

/** The address of the first result the search page lists for `query`, read in a page of its own. */
async function firstResultPath(page: Page, query: string): Promise<string> {
  const other = await page.context().newPage();
  await other.goto(`/search/?q=${encodeURIComponent(query)}`);
  const href = (await other.getByRole("option").first().getAttribute("href"))!;
  const path = new URL(href, other.url()).pathname;
  await other.close();
  return path;
}

test("Enter on a query no entry name matches waits for the full-text results and opens the first", async ({
  page,
}) => {
  const query = "breathing problems";
  const expected = await firstResultPath(page, query);
  const release = await holdPagefind(page);
  await searchInDialog(page, query);
  await expect(dialog(page).getByRole("status")).toContainText("Searching the text");
  await expect(dialog(page).getByRole("option")).toHaveCount(0);
  await dialog(page).getByRole("combobox").press("Enter");
  release();
  await expect.poll(() => new URL(page.url()).pathname).toBe(expected);
});

test("a waiting Enter does not navigate once the reader has closed the dialog", async ({ page }) => {
  // The page's timers run on Playwright's clock, so any delayed follow-up can be fired at will.
  await page.clock.install();
  const release = await holdPagefind(page);
  await searchInDialog(page, "breathing problems");
  // Enter opens a result by clicking it: count such clicks, and cancel them so the page stays to be read.
  await page.evaluate(() => {
    document.addEventListener(
      "click",
      (event) => {
        if (!(event.target instanceof Element) || !event.target.closest(".search-option")) return;
        event.preventDefault();
        const root = document.documentElement;
        root.dataset["resultClicks"] = String(Number(root.dataset["resultClicks"] ?? 0) + 1);
      },
      true,
    );
  });
  await expect(dialog(page).getByRole("status")).toContainText("Searching the text");
  await dialog(page).getByRole("combobox").press("Enter");
  // The close button, not Escape: in a filled search field Chromium's first Escape clears the text.
  await dialog(page).getByRole("button", { name: "Close (Esc)" }).click();
  await expect(dialog(page)).toBeHidden();
  release();
  await expect(page.locator("#search-dialog-results")).toHaveAttribute("data-full-text", "done");
  await expect(page.locator("#search-dialog-results .search-option").first()).toBeAttached();
  await page.clock.runFor(5000);
  await expect(page.locator("html")).not.toHaveAttribute("data-result-clicks");
  expect(new URL(page.url()).pathname).toBe("/");
});

test("'/' opens the search dialog and Escape closes it", async ({ page }) => {
  await page.goto("/glossary/");
  await page.keyboard.press("/");
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole("combobox")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
});

test("letters typed straight after '/' reach the search box while it loads", async ({ page }) => {
  await page.goto("/glossary/");
  await page.keyboard.press("/");
  await page.keyboard.type("pgx");
  await expect(dialog(page).getByRole("combobox")).toHaveValue("pgx");
  await expect(firstOption(page).locator(".search-option-title")).toHaveText(/^Pharmacogenomics\s*Concept$/);
});

test("Ctrl+K opens the search dialog", async ({ page }) => {
  await page.goto("/about/");
  await page.keyboard.press("Control+k");
  await expect(dialog(page)).toBeVisible();
});

test("arrow keys move through results and Enter opens the highlighted one", async ({ page }) => {
  await searchInDialog(page, "pharmacogen");
  const combobox = dialog(page).getByRole("combobox");
  await expect(firstOption(page)).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const second = dialog(page).getByRole("option").nth(1);
  await expect(second).toHaveAttribute("aria-selected", "true");
  await expect(combobox).toHaveAttribute("aria-activedescendant", (await second.getAttribute("id"))!);
  const href = (await second.getAttribute("href"))!;
  await page.keyboard.press("Enter");
  await expect.poll(() => new URL(page.url()).pathname).toBe(href.split(/[?#]/)[0]);
});

test("the kind filter narrows the results", async ({ page }) => {
  await searchInDialog(page, "pharmacogenomics");
  await fullTextShown(page);
  const all = await dialog(page).getByRole("option").count();
  await dialog(page).getByRole("radio", { name: "Comparisons" }).check();
  await expect.poll(() => dialog(page).getByRole("option").count()).toBeLessThan(all);
  await fullTextShown(page);
  for (const badge of await dialog(page).locator(".search-option-title .badge").allTextContents()) {
    expect(badge).toBe("Comparison");
  }
});

test("the dialog's kind filter offers every kind the search index holds, and a page kind narrows to that page", async ({
  page,
}) => {
  await searchInDialog(page, "warfarin");
  await fullTextShown(page);
  // The kinds Pagefind's index carries (from each page's data-pagefind-filter), read from the index itself.
  const indexed = await page.evaluate(async (script) => {
    const pagefind = (await import(script)) as {
      filters: () => Promise<Record<string, Record<string, number>>>;
    };
    return Object.keys((await pagefind.filters())["kind"] ?? {}).sort();
  }, "/pagefind/pagefind.js");
  expect(indexed).toEqual(expect.arrayContaining(["Gene–drug table", "Sources", "Timeline", "Term"]));
  const offered = await dialog(page)
    .getByRole("radio")
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value).filter(Boolean));
  expect(offered.sort()).toEqual(indexed);
  await dialog(page).getByRole("radio", { name: "Gene–drug table" }).check();
  await fullTextShown(page);
  await expect(dialog(page).locator(".search-option-page")).not.toHaveCount(0);
  // Polled: the results shown before the filter may still be on screen for a moment.
  await expect
    .poll(async () => new Set(await dialog(page).locator(".search-option-title .badge").allTextContents()))
    .toEqual(new Set(["Gene–drug table"]));
});

test("a section result never repeats the snippet its page result already shows", async ({ page }) => {
  await page.goto("/search/?q=breathing%20problems");
  await expect(page.locator("[data-search-status]")).toContainText("found in the text");
  const options = await page.locator(".search-option").evaluateAll((links) =>
    links.map((link) => ({
      section: link.classList.contains("search-option-section"),
      excerpt: link.querySelector(".search-excerpt")?.textContent ?? "",
    })),
  );
  expect(options.filter((option) => option.section).length).toBeGreaterThan(0);
  let pageExcerpt = "";
  for (const { section, excerpt } of options) {
    if (!section) pageExcerpt = excerpt;
    else if (excerpt) expect(excerpt).not.toBe(pageExcerpt);
  }
});

test("/search/?q=codeine shows results on load and announces their number", async ({ page }) => {
  await page.goto("/search/?q=codeine");
  await expect(page.getByRole("searchbox").or(page.getByRole("combobox")).first()).toHaveValue("codeine");
  await expect(page.getByRole("option").first()).toBeVisible();
  await expect(page.locator("[data-search-status]")).toContainText(/\d+ results? for “codeine”/);
});

test("axe finds no violations with the search dialog open and results shown", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await axeContext(browser);
  const page = await context.newPage();
  await searchInDialog(page, "pharmacogenomics");
  await fullTextShown(page);
  await expect(dialog(page).locator(".search-option-section").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test("reading a page loads no search code until search is opened", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto("/concepts/pharmacogenomics/");
  await page.waitForLoadState("networkidle");
  expect(requested.filter((path) => path.includes("pagefind") || path.includes("search"))).toEqual([]);
  await searchButton(page).click();
  await dialog(page).getByRole("combobox").fill("pgx");
  await expect(firstOption(page)).toBeVisible();
  expect(requested.some((path) => path.endsWith("/pagefind/pagefind.js"))).toBe(true);
});

test("each result is a link: Ctrl/Cmd-click opens it in a new page and leaves the search open", async ({
  page,
  context,
}) => {
  await searchInDialog(page, "pharmacogenomics");
  const option = firstOption(page);
  await expect(option).toHaveAttribute("href", /\/concepts\/pharmacogenomics\/$/);
  const [opened] = await Promise.all([
    context.waitForEvent("page"),
    option.click({ modifiers: ["ControlOrMeta"] }),
  ]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).pathname).toBe("/concepts/pharmacogenomics/");
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(dialog(page)).toBeVisible();
});

test("when no page has every word, pages with some of them show, with entries, and the status says so", async ({
  page,
}) => {
  await searchInDialog(page, "tacrolimus chatbot");
  await fullTextShown(page);
  await expect(dialog(page).getByRole("status")).toContainText(
    "No page has all these words; showing pages with some of them.",
  );
  await expect(firstOption(page)).toContainText("Tacrolimus");
  await expect(dialog(page).locator(".search-option-page").first()).toBeVisible();
});

test("result links highlight the significant words only, never stopwords", async ({ page }) => {
  await searchInDialog(page, "what are the breathing problems");
  await fullTextShown(page);
  const href = (await dialog(page).locator(".search-option-page").first().getAttribute("href"))!;
  expect(new URL(href, page.url()).searchParams.getAll("highlight")).toEqual(["breathing", "problems"]);
});

test("a full-text result lands on the first highlighted match below the heading", async ({ page }) => {
  await page.goto("/search/?q=breathing%20problems");
  const result = page.locator(".search-option-page").first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.locator("h1")).toBeVisible();
  const firstMark = page.locator("main mark.pagefind-highlight").first();
  await expect(firstMark).toBeInViewport();
});

test("a section result on the current page closes the dialog and moves focus to that section", async ({
  page,
}) => {
  await page.goto("/concepts/pharmacogenomics/");
  await searchButton(page).click();
  await dialog(page).getByRole("combobox").fill("ten-year review");
  const section = dialog(page).locator('.search-option-section[href*="/concepts/pharmacogenomics/"]').first();
  await expect(section).toBeVisible();
  const id = (await section.getAttribute("href"))!.split("#")[1]!;
  await section.click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator(`[id="${id}"]`)).toBeFocused();
  expect(new URL(page.url()).hash).toBe(`#${id}`);
});

test("an A–Z filter that matches no entry offers to search the full text for the same words", async ({
  page,
}) => {
  await page.goto("/glossary/");
  await page.getByLabel("Filter entries").fill("breathing problems");
  const link = page.getByRole("link", { name: "Search the full text for ‘breathing problems’" });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/search\/\?q=breathing(%20|\+)problems$/);
  await expect(page.locator(".search-option-page").first()).toBeVisible();
});

test.describe("a missing address", () => {
  test.use({ allowedErrors: [/status of 404/] });

  test("the 404 page suggests the entries closest to the missing address", async ({ page }) => {
    const response = await page.goto("/glossary/warfrin/");
    expect(response?.status()).toBe(404);
    const suggestions = page.getByRole("region", { name: "Closest entries" });
    await expect(suggestions.getByRole("link").first()).toHaveText("Warfarin");
    await expect(suggestions.getByRole("link").first()).toHaveAttribute("href", "/glossary/warfarin/");
  });
});

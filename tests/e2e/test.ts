/**
 * The `test` every browser test uses: Playwright's, plus a watch on the page
 * for console errors, uncaught exceptions and content-security-policy
 * violations. Each test ends by asserting there were none, so a script the
 * real server's policy blocks fails every test that loads it.
 */
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

/** A phone as the tests use it: 390 × 844, touch, mobile viewport. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Starts collecting a page's errors; call it for pages made from `browser.newContext()`. */
export async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  // Chromium logs most violations itself; this also catches the ones it only reports as events.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`),
    );
  });
  return errors;
}

export const test = base.extend<{ allowedErrors: RegExp[]; pageErrors: string[] }>({
  /** Errors a test provokes on purpose (a 404, a request it aborts), as patterns. */
  allowedErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, allowedErrors }, use) => {
      const errors = await watchErrors(page);
      await use(errors);
      expect(errors.filter((error) => !allowedErrors.some((pattern) => pattern.test(error)))).toEqual([]);
    },
    { auto: true },
  ],
});

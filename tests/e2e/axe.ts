import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "@playwright/test";

/** The rule sets the site is held to: WCAG 2.2 AA and axe's best practices. */
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * A browser context for an axe audit. axe runs its own injected code, which
 * the site's header policy rightly refuses to run (the audit then hangs), so
 * the audit's context bypasses the policy; every other browser test runs under
 * it and fails on any violation. `@axe-core/playwright` also needs a page made
 * from `browser.newContext()`.
 */
export function axeContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ ...options, bypassCSP: true });
}

/** axe's violations on the page as it is now, one line per rule with the elements at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

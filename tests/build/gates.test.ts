/**
 * Quality gates over the built site: links, HTML validity, third-party
 * resources, the security headers, and the page-weight budgets. Each gate also
 * runs on a deliberately broken site, to prove it can fail.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { writeBrokenSite } from "../fixtures/broken-site";
import { BUDGET, findOverBudget, pageWeight } from "../gates/budgets";
import { htmlFiles, read } from "../gates/dist-files";
import { findHtmlErrors } from "../gates/html";
import { findNuHtmlErrors } from "../gates/nu-html";
import { findBrokenLinks } from "../gates/links";
import { findThirdPartyResources } from "../gates/third-party";
import { findUnhashedInline } from "@/security/inline-hashes";
import { headerPolicy } from "@/security/policy";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const siteOrigin = new URL(
  /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, "index.html"), "utf8"))![1]!,
).origin;
const broken = writeBrokenSite();
afterAll(() => rmSync(broken, { recursive: true, force: true }));

/** One page of each kind that a reader opens. */
function entryPages(): string[] {
  const term = htmlFiles(dist).find(
    (p) =>
      p.startsWith("/glossary/") &&
      p !== "/glossary/index.html" &&
      !read(dist, p).includes('http-equiv="refresh"'),
  )!;
  return ["/index.html", "/concepts/pharmacogenomics/index.html", term];
}

describe("links gate", () => {
  it("finds every internal link and #anchor in dist/ resolvable, and every external link https", () => {
    expect(findBrokenLinks(dist, siteOrigin)).toEqual([]);
  });

  it("fails on a dead page link, a dead anchor, a plain-http link and a missing share card", () => {
    const problems = findBrokenLinks(broken, siteOrigin);
    expect(problems).toContain("/deadLinks/index.html: /og/missing.png leads nowhere");
    expect(problems).toContain("/deadLinks/index.html: /missing/ leads nowhere");
    expect(problems).toContain(
      '/deadLinks/index.html: /#nowhere has no element with id "nowhere" on /index.html',
    );
    expect(problems).toContain("/deadLinks/index.html: external link is not https: http://example.org/");
  });
});

describe("HTML gate", () => {
  it("finds no html-validate errors in dist/", async () => {
    expect(await findHtmlErrors(dist)).toEqual([]);
  }, 300_000);

  it("fails on an image without alt text", async () => {
    expect(
      (await findHtmlErrors(broken)).some((p) => p.includes("/missingAlt/") && p.includes("wcag/h37")),
    ).toBe(true);
  });
});

describe("Nu HTML Checker gate", () => {
  it("finds no errors on any page of dist/", () => {
    expect(findNuHtmlErrors(dist)).toEqual([]);
  }, 300_000);

  it("fails on a module script after </html>", () => {
    expect(findNuHtmlErrors(broken)).toContainEqual(
      expect.stringMatching(/^\/scriptAfterHtml\/index.html:1 /),
    );
  }, 300_000);
});

describe("privacy gate (static)", () => {
  it("finds no script, stylesheet, font or image from another origin in dist/", () => {
    expect(findThirdPartyResources(dist)).toEqual([]);
  });

  it("fails on a script from a CDN", () => {
    expect(findThirdPartyResources(broken)).toEqual([
      expect.stringContaining('/externalScript/index.html: <script src="https://cdn.example.com/tracker.js"'),
    ]);
  });
});

describe("security policy gate", () => {
  it("finds every inline script and style of every page hashed in its <meta> policy and in the header policy", () => {
    const header = readFileSync(join(dist, "_headers"), "utf8");
    expect(header).toContain(`Content-Security-Policy: ${headerPolicy()}`);
    expect(headerPolicy()).toContain("frame-ancestors 'none'");
    expect(headerPolicy()).not.toContain("unsafe-inline");
    const problems = htmlFiles(dist).flatMap((page) =>
      findUnhashedInline(page, read(dist, page), headerPolicy()),
    );
    expect(problems).toEqual([]);
  });

  it("fails on a page with an inline script whose hash neither policy has, naming the page and the hash", () => {
    const page = "/unhashedInlineScript/index.html";
    const problems = findUnhashedInline(page, read(broken, page), headerPolicy());
    expect(problems).toEqual([
      expect.stringMatching(
        /^\/unhashedInlineScript\/index.html: inline script 'sha256-[A-Za-z0-9+/=]+' is not in the <meta> policy$/,
      ),
      expect.stringMatching(
        /^\/unhashedInlineScript\/index.html: inline script 'sha256-[A-Za-z0-9+/=]+' is not in the header policy$/,
      ),
    ]);
  });
});

describe("budget gate", () => {
  it(`keeps each page kind under ${BUDGET.totalGzip / 1024} KB gzipped, with at most ${BUDGET.eagerScriptGzip / 1024} KB of JavaScript on load`, () => {
    const pages = entryPages();
    for (const page of pages) console.info(page, pageWeight(dist, page));
    expect(findOverBudget(dist, pages)).toEqual([]);
  });

  it(`keeps the A–Z index within ${BUDGET.totalGzip / 1024} KB plus ${BUDGET.perListedEntryGzip} B per entry it lists`, () => {
    const listed = (read(dist, "/glossary/index.html").match(/class="glossary-item"/g) ?? []).length;
    console.info("/glossary/index.html", pageWeight(dist, "/glossary/index.html"), `${listed} entries`);
    expect(listed).toBeGreaterThan(50);
    expect(findOverBudget(dist, ["/glossary/index.html"], listed)).toEqual([]);
  });

  it(`keeps every entry page with a diagram under ${BUDGET.diagramPageGzip / 1024} KB gzipped, with at most ${BUDGET.eagerScriptGzip / 1024} KB of JavaScript on load`, () => {
    const pages = htmlFiles(dist).filter((p) => read(dist, p).includes('<figure class="figure"'));
    for (const page of pages) console.info(page, pageWeight(dist, page));
    expect(pages.length).toBeGreaterThan(0);
    expect(findOverBudget(dist, pages, 0, BUDGET.diagramPageGzip)).toEqual([]);
  });

  it("fails on an oversize page", () => {
    expect(findOverBudget(broken, ["/oversize/index.html"])).toEqual([
      expect.stringMatching(/^\/oversize\/index.html: \d+ B gzipped in all \(budget 20480\)$/),
    ]);
  });
});

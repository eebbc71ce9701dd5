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
import { findBrokenLinks } from "../gates/links";
import { findThirdPartyResources } from "../gates/third-party";

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
  return ["/index.html", "/concepts/pharmacogenomics/index.html", term, "/glossary/index.html"];
}

describe("links gate", () => {
  it("finds every internal link and #anchor in dist/ resolvable, and every external link https", () => {
    expect(findBrokenLinks(dist, siteOrigin)).toEqual([]);
  });

  it("fails on a dead page link, a dead anchor and a plain-http link", () => {
    const problems = findBrokenLinks(broken, siteOrigin);
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
  }, 60_000);

  it("fails on an image without alt text", async () => {
    expect(
      (await findHtmlErrors(broken)).some((p) => p.includes("/missingAlt/") && p.includes("wcag/h37")),
    ).toBe(true);
  });
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

describe("security headers", () => {
  it("gives every page a strict content security policy and writes it to _headers", () => {
    for (const page of htmlFiles(dist)) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
        read(dist, page),
      )?.[1];
      expect(policy, page).toBeDefined();
      expect(policy, page).not.toContain("unsafe-inline");
      expect(policy, page).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    }
    const headers = readFileSync(join(dist, "_headers"), "utf8");
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'/m,
    );
    expect(headers).not.toContain("unsafe-inline");
  });
});

describe("budget gate", () => {
  it(`keeps each page kind under ${BUDGET.totalGzip / 1024} KB gzipped, with at most ${BUDGET.eagerScriptGzip / 1024} KB of JavaScript on load`, () => {
    const pages = entryPages();
    for (const page of pages) console.info(page, pageWeight(dist, page));
    expect(findOverBudget(dist, pages)).toEqual([]);
  });

  it("fails on an oversize page", () => {
    expect(findOverBudget(broken, ["/oversize/index.html"])).toEqual([
      expect.stringMatching(/^\/oversize\/index.html: \d+ B gzipped in all \(budget 20480\)$/),
    ]);
  });
});

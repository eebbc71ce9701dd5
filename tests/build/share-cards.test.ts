/**
 * Reads dist/ (run `npm run build:test` first): every entry page names its
 * share card, and the card is there, a 1200×630 PNG, at the public address.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contentEntries } from "../gates/content-entries";
import { htmlFiles, read } from "../gates/dist-files";
import { pngSize } from "../gates/png";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const content = join(root, "content");

/** Every entry file in content/, with the URL path it must be served at. */
const entries = contentEntries(content);

/** The content of `<meta property|name="…">` on a page, or undefined. */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta\\b[^>]*\\s(?:property|name)="${key}"[^>]*\\scontent="([^"]*)"`).exec(html);
  return tag?.[1]?.replace(/&amp;/g, "&");
}

const origin = new URL(meta(read(dist, "/concepts/precision-medicine/index.html"), "og:url")!).origin;

describe("share cards", () => {
  it("are named on every entry page, at the public address, with size, text alternative and a large Twitter card", () => {
    expect(entries.length).toBeGreaterThanOrEqual(11);
    for (const { slug, path } of entries) {
      const page = `${path}index.html`;
      const html = read(dist, page);
      expect(meta(html, "og:image"), page).toBe(`${origin}/og/${slug}.png`);
      expect(meta(html, "og:image:width"), page).toBe("1200");
      expect(meta(html, "og:image:height"), page).toBe("630");
      expect(meta(html, "og:image:alt"), page).toContain(meta(html, "og:title"));
      expect(meta(html, "twitter:card"), page).toBe("summary_large_image");
    }
  });

  it("are each a 1200×630 PNG in dist/og/, one per entry and no more", () => {
    for (const { slug } of entries) {
      const file = join(dist, "og", `${slug}.png`);
      expect(pngSize(readFileSync(file)), file).toEqual({ width: 1200, height: 630 });
    }
    expect(readdirSync(join(dist, "og")).sort()).toEqual(entries.map(({ slug }) => `${slug}.png`).sort());
  });

  it("are never loaded by a page, only named in its meta tags", () => {
    const loaders = htmlFiles(dist).filter((page) => /\s(?:src|href)="[^"]*\/og\//.test(read(dist, page)));
    expect(loaders).toEqual([]);
  });

  it("are not given to pages that are not entries", () => {
    for (const page of ["/index.html", "/glossary/index.html", "/about/index.html"]) {
      const html = read(dist, page);
      expect(meta(html, "og:image"), page).toBeUndefined();
      expect(meta(html, "twitter:card"), page).toBe("summary");
    }
  });
});

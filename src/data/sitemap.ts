import { isoDate } from "../shared/text";
import type { GlossaryEntry } from "./entry";
import { FIXED_PAGES } from "./site-pages";
import { mapPath, publicUrl } from "./urls";

/** One `<url>` of the sitemap: a site-relative path and, for entries, the day it was last reviewed. */
export interface SitemapPage {
  path: string;
  lastmod?: string | undefined;
}

/** The pages search engines should know: the fixed pages, each concept's map and every entry page; no redirects. */
export function sitemapPages(
  entries: ReadonlyArray<Pick<GlossaryEntry, "path" | "reviewed">>,
  concepts: ReadonlyArray<Pick<GlossaryEntry, "slug">>,
): SitemapPage[] {
  return [
    ...FIXED_PAGES.map((path) => ({ path })),
    ...concepts.map((concept) => ({ path: mapPath(concept.slug) })),
    ...entries.map((e) => ({ path: e.path, lastmod: isoDate(e.reviewed) })),
  ];
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The sitemap protocol's XML for these pages, each at its public address. */
export function sitemapXml(pages: readonly SitemapPage[], url: (path: string) => string = publicUrl): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...pages.map(
      ({ path, lastmod }) =>
        `  <url><loc>${escapeXml(url(path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`,
    ),
    "</urlset>",
    "",
  ].join("\n");
}

import { isoDate } from "@/shared/text";
import type { APIRoute } from "astro";
import { getGlossary, getHierarchy } from "@/data/glossary";
import { FIXED_PAGES } from "@/data/site-pages";
import { mapPath, publicUrl } from "@/data/urls";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** `/sitemap.xml`: the fixed pages, each concept's map and every entry page; alias redirects are left out. */
export const GET: APIRoute = async () => {
  const { entries } = await getGlossary();
  const { roots } = await getHierarchy();
  const urls = [
    ...FIXED_PAGES.map((path) => ({ path, lastmod: undefined })),
    ...roots.map((root) => ({ path: mapPath(root.slug), lastmod: undefined })),
    ...entries.map((e) => ({ path: e.path, lastmod: isoDate(e.reviewed) })),
  ];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      ({ path, lastmod }) =>
        `  <url><loc>${escapeXml(publicUrl(path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`,
    ),
    "</urlset>",
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "application/xml" } });
};

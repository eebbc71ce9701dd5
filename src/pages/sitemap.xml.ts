import type { APIRoute } from "astro";
import { getGlossary, getHierarchy } from "@/data/glossary";
import { sitemapPages, sitemapXml } from "@/data/sitemap";

/** `/sitemap.xml`: the fixed pages, each concept's map and every entry page; alias redirects are left out. */
export const GET: APIRoute = async () => {
  const { entries } = await getGlossary();
  const { roots } = await getHierarchy();
  return new Response(sitemapXml(sitemapPages(entries, roots)), {
    headers: { "Content-Type": "application/xml" },
  });
};

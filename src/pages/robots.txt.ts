import type { APIRoute } from "astro";
import { publicUrl } from "@/data/urls";
import { siteConfig } from "@/site.config";

/**
 * `/robots.txt`: a published site may be crawled and names its sitemap; a
 * local preview (no `SITE_URL`) asks crawlers to stay away.
 */
export const GET: APIRoute = () =>
  new Response(
    siteConfig.url
      ? `User-agent: *\nAllow: /\n\nSitemap: ${publicUrl("/sitemap.xml")}\n`
      : "# A local preview build: set SITE_URL to publish.\nUser-agent: *\nDisallow: /\n",
    { headers: { "Content-Type": "text/plain" } },
  );

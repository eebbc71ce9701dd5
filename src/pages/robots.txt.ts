import type { APIRoute } from "astro";
import { withBase } from "@/data/urls";

/** `/robots.txt`: everything may be crawled; points crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase("/sitemap.xml"), site).href}\n`, {
    headers: { "Content-Type": "text/plain" },
  });

import { siteConfig } from "../site.config";
import { publicUrl } from "./urls";

/**
 * `/robots.txt`: a published site may be crawled and names its sitemap; a
 * local preview (no public origin) asks crawlers to stay away.
 */
export function robotsTxt(origin: string | undefined = siteConfig.url): string {
  return origin
    ? `User-agent: *\nAllow: /\n\nSitemap: ${publicUrl("/sitemap.xml", origin)}\n`
    : "# A local preview build: set SITE_URL to publish.\nUser-agent: *\nDisallow: /\n";
}

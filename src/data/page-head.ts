import { siteConfig, type SiteConfig } from "../site.config";

/** What a page's `<head>` says about the page itself, from its props and the site's settings. */
export interface PageHead {
  /** The `<title>`: the page title, then the site name (the home page's title is the site name alone). */
  fullTitle: string;
  /** True in a local preview (no `SITE_URL`): every page asks search engines to skip it. */
  isPreview: boolean;
  /** The canonical address; none in a local preview, nor on a page not meant to be found (the 404). */
  canonical: URL | undefined;
}

/**
 * The page's title and canonical address. A redirect's canonical address is
 * its target, so search engines credit the entry, not the alias.
 */
export function pageHead(
  page: { title: string; pathname: string; noindex?: boolean | undefined; redirectTo?: string | undefined },
  site: Pick<SiteConfig, "name" | "url"> = siteConfig,
): PageHead {
  const fullTitle = page.title === site.name ? page.title : `${page.title} · ${site.name}`;
  const isPreview = site.url === undefined;
  const canonical =
    site.url === undefined || (page.noindex && !page.redirectTo)
      ? undefined
      : new URL(page.redirectTo ?? page.pathname, site.url);
  return { fullTitle, isPreview, canonical };
}

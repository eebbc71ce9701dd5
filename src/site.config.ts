/** Site-wide settings: the one typed place for names and addresses. */
export interface SiteConfig {
  /** The site's name, shown in the header, titles and citations. */
  name: string;
  /** One sentence saying what the site is; the home page description. */
  description: string;
  /**
   * The public origin the site is served from (`SITE_URL`, e.g. `https://glossary.example.org`), for
   * canonical URLs, the sitemap and citations. Unset, the build is a local preview: every page says
   * `noindex` and shows a notice, and links carry no address at all (root-relative).
   */
  url: string | undefined;
  /** Path prefix when the site is served below the origin root, e.g. `/pm-glossary/`; `/` otherwise. */
  base: string;
  /** The publisher named in citations of an entry. */
  publisher: string;
  /** BCP 47 language of the content. */
  lang: string;
  /** Entries the site puts forward by slug; the build stops, naming this file and the field, if one is missing. */
  featured: FeaturedSlugs;
  /**
   * The entry the About page cites to show how to cite an entry. Any entry will do, so a site
   * without it (such as the test fixtures) uses its first entry in title order instead.
   */
  citationExample: string;
}

/** Slugs of the entries the site features; each must exist, with the kind its field names. */
export interface FeaturedSlugs {
  /** The comparison that answers the site's headline question: on the home page and in the main menu. */
  headlineComparison: string;
}

/** `SITE_URL` as an origin, or undefined for a local preview; a malformed value stops the build with the fix. */
function publicOrigin(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") {
    // Deploy recipes set REQUIRE_SITE_URL: a published site must know its own address.
    if (process.env["REQUIRE_SITE_URL"])
      throw new Error(
        "SITE_URL is not set, and this build is for publishing. Fix: set SITE_URL to the site's public origin, e.g. SITE_URL=https://glossary.example.org (and SITE_BASE=/sub-path/ if it is served below the root).",
      );
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL "${value}" is not a URL. Fix: set it to the site's public origin, e.g. https://glossary.example.org`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${value}" must be an origin only (scheme and host). Fix: set SITE_URL=${url.origin} and put a sub-path in SITE_BASE, e.g. SITE_BASE=${url.pathname.replace(/\/?$/, "/")}`,
    );
  }
  return url.origin;
}

export const siteConfig: SiteConfig = {
  name: "Precision Medicine Glossary",
  description:
    "Short, sourced explanations of precision medicine, personalized medicine, pharmacogenomics and what AI may change.",
  url: publicOrigin(process.env["SITE_URL"]),
  base: process.env["SITE_BASE"] ?? "/",
  publisher: "Precision Medicine Glossary editors",
  lang: "en",
  featured: {
    headlineComparison: "precision-vs-personalized-medicine",
  },
  citationExample: "pharmacogenomics",
};

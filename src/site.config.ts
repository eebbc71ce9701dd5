/** Site-wide settings: the one typed place for names and addresses. */
export interface SiteConfig {
  /** The site's name, shown in the header, titles and citations. */
  name: string;
  /** One sentence saying what the site is; the home page description. */
  description: string;
  /** Absolute origin the site is served from (no trailing slash), for canonical URLs. */
  url: string;
  /** Path prefix when the site is served below the origin root, e.g. `/pm-glossary/`; `/` otherwise. */
  base: string;
  /** The publisher named in citations of an entry. */
  publisher: string;
  /** BCP 47 language of the content. */
  lang: string;
}

export const siteConfig: SiteConfig = {
  name: "Precision Medicine Glossary",
  description:
    "Short, sourced explanations of precision medicine, personalized medicine, pharmacogenomics and what AI may change.",
  url: process.env["SITE_URL"] ?? "http://127.0.0.1:4321",
  base: process.env["SITE_BASE"] ?? "/",
  publisher: "Precision Medicine Glossary editors",
  lang: "en",
};

/** The fixed pages of the URL contract (besides entries), for the sitemap and the link checks. */
export const FIXED_PAGES = [
  "/",
  "/glossary/",
  "/timeline/",
  "/gene-drug-table/",
  "/sources/",
  "/about/",
  "/search/",
] as const;

/** The fixed pages of the URL contract worth listing in the sitemap (entries are added to it; search results are not). */
export const FIXED_PAGES = [
  "/",
  "/glossary/",
  "/map/",
  "/timeline/",
  "/gene-drug-table/",
  "/sources/",
  "/about/",
] as const;

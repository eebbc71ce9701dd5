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

/**
 * Pages besides entries that answer questions, so search indexes them too; each
 * value is the kind label Pagefind filters on and the search page offers.
 */
export const PAGE_KIND_LABELS = {
  geneDrugTable: "Gene–drug table",
  timeline: "Timeline",
  sources: "Sources",
} as const;

import { ENTRY_KINDS, KINDS, searchFilterValue } from "./kinds";

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

/** The search page's "Kind of entry" choices: all, each kind of entry, then each other page kind. */
export function searchKindOptions(): Array<{ value: string; label: string }> {
  return [
    { value: "", label: "All" },
    ...ENTRY_KINDS.map((kind) => ({ value: searchFilterValue(kind), label: KINDS[kind].plural })),
    ...Object.values(PAGE_KIND_LABELS).map((label) => ({ value: label, label })),
  ];
}

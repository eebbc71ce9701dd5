/**
 * The search filter's choices: all, each kind of entry, then the other pages
 * search indexes. Each value is the label Pagefind filters on (the pages'
 * `data-pagefind-filter="kind:…"`), so a new page kind needs no change here.
 */
import { ENTRY_KINDS, KINDS, PAGE_KIND_LABELS, searchFilterValue } from "../shared/kinds";

export interface SearchKind {
  /** "" for all kinds, otherwise the kind label. */
  value: string;
  /** What the filter shows: entry kinds in the plural ("Terms"), page kinds as named. */
  label: string;
}

export const SEARCH_KINDS: readonly SearchKind[] = [
  { value: "", label: "All" },
  ...ENTRY_KINDS.map((kind) => ({ value: searchFilterValue(kind), label: KINDS[kind].plural })),
  ...Object.values(PAGE_KIND_LABELS).map((label) => ({ value: label, label })),
];

/**
 * The three kinds of entry, one row each: where the editors' files live, the
 * collection that loads them, the URL folder they are served from (the URL
 * contract), and how they are labelled on badges and in search filters. Every
 * mapping from a kind reads from this table. No imports, so browser code, the
 * content config, tests and the bench can all use it.
 */
export const KINDS = {
  concept: {
    collection: "concepts",
    folder: "concepts",
    urlPrefix: "concepts",
    label: "Concept",
    plural: "Concepts",
  },
  term: {
    collection: "terms",
    folder: "terms",
    urlPrefix: "glossary",
    label: "Term",
    plural: "Terms",
  },
  comparison: {
    collection: "comparisons",
    folder: "comparisons",
    urlPrefix: "compare",
    label: "Comparison",
    plural: "Comparisons",
  },
} as const;

export type EntryKind = keyof typeof KINDS;

/** The kinds in the table's order: concepts, terms, comparisons. */
export const ENTRY_KINDS = Object.keys(KINDS) as EntryKind[];

/** The value of an entry page's Pagefind `kind` filter, which the search dialog's kind menu sends back. */
export const searchFilterValue = (kind: EntryKind): string => KINDS[kind].label;

/**
 * Pages besides entries that answer questions, so search indexes them too; each
 * value is the kind label Pagefind filters on and the search page offers.
 */
export const PAGE_KIND_LABELS = {
  geneDrugTable: "Gene–drug table",
  timeline: "Timeline",
  sources: "Sources",
} as const;

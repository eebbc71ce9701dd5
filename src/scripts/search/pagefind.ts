/** The parts of Pagefind's browser API the search UI uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  filters: { kind?: string[] };
  sub_results: PagefindSubResult[];
}
interface PagefindSearch {
  results: Array<{ data(): Promise<PagefindResultData> }>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind and its index on first use only; result links carry the words to highlight on arrival. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
    await pagefind.options({ excerptLength: 20, highlightParam: "highlight" });
    return pagefind;
  });
  return loading;
}

let terms: Promise<import("../../search/term-match").SearchTerm[]> | undefined;

/** The title/alias list for instant term matches, fetched once. */
export function loadTerms(base: string) {
  terms ??= fetch(`${base}search-terms.json`).then((response) => response.json());
  return terms;
}

import { withBase } from "../../data/urls";
import type { SearchTerm } from "../../search/term-match";

/** The parts of Pagefind's browser API the search UI uses. */
interface PagefindSubResult {
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
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Starts loading the WebAssembly and the index metadata. */
  init(): Promise<void>;
  /** Fetches the index chunks a query needs, so the search after the debounce finds them loaded. */
  preload(query: string, options?: PagefindSearchOptions): Promise<void>;
  search(query: string, options?: PagefindSearchOptions): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind and its index on first use only; result links carry the words
 * to highlight on arrival. A failed load is forgotten, so the next search retries.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ withBase("/pagefind/pagefind.js"))
    .then(async (pagefind: Pagefind) => {
      await pagefind.options({ excerptLength: 20, highlightParam: "highlight" });
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

let terms: Promise<SearchTerm[]> | undefined;

/** The title/alias list for instant term matches, fetched once (again after a failure). */
export function loadTerms(): Promise<SearchTerm[]> {
  terms ??= fetch(withBase("/search-terms.json"))
    .then((response) => {
      if (!response.ok) throw new Error(`search-terms.json: HTTP ${response.status}`);
      return response.json() as Promise<SearchTerm[]>;
    })
    .catch((error: unknown) => {
      terms = undefined;
      throw error;
    });
  return terms;
}

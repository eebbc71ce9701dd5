/**
 * Full-text results from Pagefind, with no dead end: when no page has every
 * word, each word is searched on its own and pages with more of the words
 * come first. Result links highlight only the query's significant words.
 */
import { queryWords, significantWords } from "../../search/query";
import type { Pagefind, PagefindResult, PagefindResultData, PagefindSearchOptions } from "./pagefind";

export interface FullTextPages {
  pages: PagefindResultData[];
  /** No page had every word: these have some of them. */
  partial: boolean;
}

/** At most this many words are searched one by one (each is a search of its own). */
const MAX_FALLBACK_WORDS = 6;

/** The URL with one `highlight` parameter per word, replacing Pagefind's (which would include stopwords). */
function withHighlights(url: string, words: readonly string[]): string {
  const parsed = new URL(url, location.origin);
  parsed.searchParams.delete("highlight");
  for (const word of words) parsed.searchParams.append("highlight", word);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** Pages with more of the words first, then by Pagefind's summed score. */
function mergeByWords(resultsPerWord: PagefindResult[][]): PagefindResult[] {
  const merged = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const results of resultsPerWord) {
    for (const result of results) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.words++;
        seen.score += result.score;
      } else merged.set(result.id, { result, words: 1, score: result.score });
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((m) => m.result);
}

export async function findPages(
  pagefind: Pagefind,
  query: string,
  options: PagefindSearchOptions,
  limit: number,
): Promise<FullTextPages> {
  const words = significantWords(query);
  let { results } = await pagefind.search(query, options);
  let partial = false;
  if (results.length === 0 && words.length > 1) {
    const perWord = await Promise.all(
      words.slice(0, MAX_FALLBACK_WORDS).map(async (word) => (await pagefind.search(word, options)).results),
    );
    results = mergeByWords(perWord);
    partial = results.length > 0;
  }
  const pages = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const highlighted = words.length > 0 ? words : queryWords(query);
  return {
    partial,
    pages: pages.map((page) => ({
      ...page,
      url: withHighlights(page.url, highlighted),
      sub_results: page.sub_results.map((sub) => ({ ...sub, url: withHighlights(sub.url, highlighted) })),
    })),
  };
}

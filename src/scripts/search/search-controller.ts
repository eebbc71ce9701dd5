/**
 * What the search box does, without a DOM: turns each query into its matching
 * entries (at every keystroke, from the small term list) and its full-text
 * results (from Pagefind, after a pause in typing, so a burst of keys costs one
 * index search), and decides what may reach the screen.
 * Its loaders are handed in, so the unit tests drive it with fakes.
 *
 * Race rules:
 * - generations: every query (and every change of kind) starts a new one; an
 *   answer to an older generation is dropped, however late it arrives;
 * - Enter opens the first answer to the query typed at that moment (searched
 *   at once, skipping the pause): an entry as soon as the entries are known,
 *   or, when no entry matches, the full-text results. If the reader types on or
 *   changes the kind meanwhile, Enter does nothing.
 */
import { fullTextQuery, type Synonym } from "../../search/query";
import { matchQuery } from "../../search/query-match";
import type { SearchTerm, TermMatch } from "../../search/term-match";
import type { FullTextPages } from "./full-text";

export interface SearchLoaders {
  /** The term list (titles, aliases, lay phrases…) that entries are matched against. */
  loadTerms: () => Promise<SearchTerm[]>;
  /** Pagefind's search for a query already reduced to its searchable words; kind "" means all kinds. */
  searchText: (query: string, kind: string) => Promise<FullTextPages>;
}

export interface SearchSettings {
  /** The pause in typing after which the full text is searched (entries need none). */
  debounceMs: number;
  /** How long entries wait for a full-text answer to show with it, before saying it is on its way. */
  graceMs: number;
  /** At most this many entries. */
  maxEntries: number;
}

/** One query as the reader sent it: its trimmed text and kind ("" = all kinds). */
interface SearchRequest {
  query: string;
  kind: string;
}

/** The entries whose names match a query. */
export interface EntriesAnswer extends SearchRequest {
  matches: TermMatch[];
}

/** Both kinds of answers to a query; `failed` when the full-text search could not run. */
export interface FullTextAnswer extends EntriesAnswer {
  found: FullTextPages;
  failed: boolean;
}

/** What the controller asks its renderer to do. Each call answers the newest query. */
export interface SearchView {
  /** The query is empty: show and announce nothing. */
  clear: () => void;
  /** A fresh list for the query: its entries; full-text results are still to come. */
  showEntries: (answer: EntriesAnswer) => void;
  /** The full-text results are taking a while: say they are on their way. */
  showPending: (answer: EntriesAnswer) => void;
  /** Adds the full-text results below the entries on screen, and announces the total. */
  showFullText: (answer: FullTextAnswer) => void;
  /** A search starts (after the pause when typing), e.g. to put the query in the address. */
  searched?: (request: SearchRequest) => void;
}

export interface SearchController {
  /** The reader typed: entries at once (the term list is small and local), full text after the pause in typing. */
  type: (request: SearchRequest) => Promise<void>;
  /** Searches both kinds at once (a page opened with a query, a new kind, a submitted form). */
  run: (request: SearchRequest) => Promise<void>;
  /** Enter was pressed: resolves to whether the renderer should open the highlighted (or first) option. */
  enter: () => Promise<boolean>;
}

/**
 * The pause is short because a full-text search is cheap once Pagefind is in: it runs in Pagefind's
 * worker, and the index chunks for each prefix are preloaded as the reader types. 50 ms still joins
 * the keys of a quick burst into one search; a search a later key supersedes never shows.
 */
const DEFAULT_SETTINGS: SearchSettings = { debounceMs: 50, graceMs: 30, maxEntries: 5 };

/** A promise with its resolve function outside, settled at most once. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** The search of one generation, and what of it is on screen. */
interface Search {
  generation: number;
  request: SearchRequest;
  /** Resolved once its entries are on screen, or once it is superseded. */
  entries: ReturnType<typeof signal>;
  /** Resolved once its full-text results are on screen, or once it is superseded. */
  fullText: ReturnType<typeof signal>;
  /** How many entries it showed (known once `entries` resolves). */
  entryCount: number;
  /** Ends the pause before the full-text search (for Enter). */
  skipPause: () => void;
}

const synonymCache = new WeakMap<readonly SearchTerm[], Synonym[]>();
/** The lay phrases of the term list, each with the title of the entry it leads to. */
const synonymsOf = (terms: readonly SearchTerm[]): Synonym[] => {
  let synonyms = synonymCache.get(terms);
  if (!synonyms) {
    synonyms = terms.flatMap((term) => (term.y ?? []).map((phrase) => ({ phrase, title: term.t })));
    synonymCache.set(terms, synonyms);
  }
  return synonyms;
};

const NO_PAGES: FullTextPages = { pages: [], partial: false };

export function createSearchController(
  loaders: SearchLoaders,
  view: SearchView,
  settings: SearchSettings = DEFAULT_SETTINGS,
): SearchController {
  let generation = 0;
  let current: Search | undefined;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;

  const isCurrent = (search: Search) => search.generation === generation;

  /** Starts a new generation; waiting Enters of the old one wake up and find it stale. */
  const begin = (request: SearchRequest): Search => {
    clearTimeout(pauseTimer);
    if (current) {
      current.entries.resolve();
      current.fullText.resolve();
    }
    current = {
      generation: ++generation,
      request,
      entries: signal(),
      fullText: signal(),
      entryCount: 0,
      skipPause: () => {},
    };
    return current;
  };

  /** The entries matching the request; a term list that fails to load leaves full text to answer. */
  const matchEntries = async (request: SearchRequest) => {
    const terms = await loaders.loadTerms().catch((): SearchTerm[] => []);
    return { terms, matches: matchQuery(request.query, terms, settings.maxEntries, request.kind) };
  };

  /** Pagefind's answer, never rejecting: a failure is part of the answer. */
  const findText = (answer: EntriesAnswer, terms: readonly SearchTerm[]): Promise<FullTextAnswer> =>
    loaders.searchText(fullTextQuery(answer.query, synonymsOf(terms)), answer.kind).then(
      (found) => ({ ...answer, found, failed: false }),
      () => ({ ...answer, found: NO_PAGES, failed: true }),
    );

  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

  /** Whether the full-text answer comes within the grace, so entries and full text can show together. */
  const comesAtOnce = (fullText: Promise<FullTextAnswer>) =>
    Promise.race([fullText.then(() => true), wait(settings.graceMs).then(() => false)]);

  /** Shows the full text once it comes; if it did not come at once, first says it is on its way. */
  const finish = async (
    search: Search,
    answer: EntriesAnswer,
    fullText: Promise<FullTextAnswer>,
    atOnce: boolean,
  ) => {
    if (!atOnce) view.showPending(answer);
    const result = await fullText;
    if (!isCurrent(search)) return;
    view.showFullText(result);
    search.fullText.resolve();
  };

  const showEntries = (search: Search, answer: EntriesAnswer) => {
    view.showEntries(answer);
    search.entryCount = answer.matches.length;
    search.entries.resolve();
  };

  /** An empty query clears the results at once; it has nothing to wait for. */
  const clear = (search: Search) => {
    view.searched?.(search.request);
    view.clear();
    search.entries.resolve();
    search.fullText.resolve();
  };

  /** Waits for the pause in typing; Enter can end it early. */
  const pause = (search: Search) =>
    new Promise<void>((resolve) => {
      search.skipPause = resolve;
      pauseTimer = setTimeout(resolve, settings.debounceMs);
    });

  const searchNow = async (search: Search) => {
    const { request } = search;
    if (request.query === "") return clear(search);
    view.searched?.(request);
    const { terms, matches } = await matchEntries(request);
    if (!isCurrent(search)) return;
    const answer = { ...request, matches };
    const fullText = findText(answer, terms);
    // When the full text follows at once (Pagefind warm), both show together: one render, one announcement.
    const atOnce = await comesAtOnce(fullText);
    if (!isCurrent(search)) return;
    showEntries(search, answer);
    await finish(search, answer, fullText, atOnce);
  };

  const type = async (request: SearchRequest) => {
    const search = begin(request);
    if (request.query === "") return clear(search);
    // The pause counts from the keystroke, not from the term list's arrival.
    const paused = pause(search);
    const { terms, matches } = await matchEntries(request);
    if (!isCurrent(search)) return;
    const answer = { ...request, matches };
    showEntries(search, answer);
    await paused;
    if (!isCurrent(search)) return;
    view.searched?.(request);
    const fullText = findText(answer, terms);
    const atOnce = await comesAtOnce(fullText);
    if (!isCurrent(search)) return;
    await finish(search, answer, fullText, atOnce);
  };

  const run = (request: SearchRequest) => searchNow(begin(request));

  const enter = async () => {
    const search = current;
    if (!search || search.request.query === "") return false;
    // Results on screen may answer an older query (typed faster than the pause): search now.
    search.skipPause();
    await search.entries.promise;
    if (!isCurrent(search)) return false;
    if (search.entryCount > 0) return true;
    // No entry matches: the full-text results are the answer.
    await search.fullText.promise;
    return isCurrent(search);
  };

  return { type, run, enter };
}

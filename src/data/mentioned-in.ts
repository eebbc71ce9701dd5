import type { GlossaryEntry } from "./entry";

/**
 * Most entries an entry page lists under "Mentioned in". A hub such as
 * "pharmacogenomics" is mentioned on a growing share of all pages; past this
 * many, the page points to a search instead, so its size stays flat as the
 * glossary grows.
 */
export const MENTIONED_IN_LIMIT = 24;

/** What "Mentioned in" shows: the first entries, how many more there are, and a search for the rest. */
export interface MentionedIn {
  shown: GlossaryEntry[];
  /** How many entries link to this one beyond those shown. */
  more: number;
  /** Site-relative search for the entry's title, which finds the pages that name it. */
  searchPath: string;
}

/**
 * Chooses what "Mentioned in" shows: pages whose editors linked this entry by
 * hand (`<Term id>`) come before pages that only mention it in passing, each
 * group in the title order it arrives in.
 */
export function mentionedIn(
  entry: Pick<GlossaryEntry, "slug" | "title">,
  linkedFrom: readonly GlossaryEntry[],
  limit = MENTIONED_IN_LIMIT,
): MentionedIn {
  const byHand = linkedFrom.filter((e) => e.termIds.includes(entry.slug));
  const inPassing = linkedFrom.filter((e) => !e.termIds.includes(entry.slug));
  const shown = [...byHand, ...inPassing].slice(0, limit);
  return {
    shown,
    more: linkedFrom.length - shown.length,
    searchPath: `/search/?q=${encodeURIComponent(entry.title)}`,
  };
}

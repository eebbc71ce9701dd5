import type { SearchTerm } from "../search/term-match";
import type { GlossaryEntry } from "./entry";
import { searchFilterValue } from "../shared/kinds";
import { PAGE_KIND_LABELS } from "../shared/kinds";
import { geneDrugRowPath, withBase } from "./urls";

/** The first sentence: enough to tell rows apart in the search box. */
export const firstSentence = (text: string): string => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;

/** What the search box's list is made from. */
export interface SearchTermSources {
  entries: readonly GlossaryEntry[];
  bySlug: ReadonlyMap<string, Pick<GlossaryEntry, "path">>;
  /** Lay phrases by the slug of the entry they lead to. */
  synonyms: ReadonlyMap<string, string[]>;
  pairs: ReadonlyArray<{ id: string; gene: string; drug: string; effect: string }>;
}

/**
 * The body of `/search-terms.json`: the small list the search box matches
 * titles, aliases and lay phrases (`content/synonyms.yaml`) against, loaded on
 * first search; comparisons carry the URLs of the two entries they compare.
 * Each row of the gene–drug table is listed too, so a drug's or gene's name
 * leads to its row. URLs include the base path.
 */
export function toSearchTerms(
  { entries, bySlug, synonyms, pairs }: SearchTermSources,
  href: (path: string) => string = withBase,
): SearchTerm[] {
  const entryHref = (slug: string) => href(bySlug.get(slug)!.path);
  const terms: SearchTerm[] = entries.map((entry) => ({
    t: entry.title,
    u: href(entry.path),
    k: searchFilterValue(entry.kind),
    s: entry.summary,
    a: entry.aliases,
    ...(synonyms.has(entry.slug) && { y: synonyms.get(entry.slug)! }),
    ...(entry.compares && {
      c: [entryHref(entry.compares[0]), entryHref(entry.compares[1])] as [string, string],
    }),
  }));
  const rows: SearchTerm[] = pairs.map((pair) => ({
    t: `${pair.gene} and ${pair.drug}`,
    u: href(geneDrugRowPath(pair.id)),
    k: PAGE_KIND_LABELS.geneDrugTable,
    s: firstSentence(pair.effect),
    a: [`${pair.gene} ${pair.drug}`, `${pair.drug} ${pair.gene}`],
  }));
  return [...terms, ...rows];
}

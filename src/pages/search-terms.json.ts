import type { APIRoute } from "astro";
import { searchFilterValue } from "@/data/kinds";
import { getGeneDrugPairs } from "@/data/gene-drug-pairs";
import { getGlossary } from "@/data/glossary";
import { PAGE_KIND_LABELS } from "@/data/site-pages";
import { getSynonymsBySlug } from "@/data/synonyms";
import { withBase } from "@/data/urls";
import type { SearchTerm } from "@/search/term-match";

/**
 * `/search-terms.json`: the small list the search box matches titles, aliases
 * and lay phrases (`content/synonyms.yaml`) against, loaded on first search;
 * comparisons carry the URLs of the two entries they compare. Each row of the
 * gene–drug table is listed too, so a drug's or gene's name leads to its row.
 */
/** The first sentence: enough to tell rows apart in the search box. */
const firstSentence = (text: string) => text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;

export const GET: APIRoute = async () => {
  const { entries, bySlug } = await getGlossary();
  const synonyms = await getSynonymsBySlug();
  const url = (slug: string) => withBase(bySlug.get(slug)!.path);
  const terms: SearchTerm[] = entries.map((entry) => ({
    t: entry.title,
    u: withBase(entry.path),
    k: searchFilterValue(entry.kind),
    s: entry.summary,
    a: entry.aliases,
    ...(synonyms.has(entry.slug) && { y: synonyms.get(entry.slug)! }),
    ...(entry.compares && { c: [url(entry.compares[0]), url(entry.compares[1])] as [string, string] }),
  }));
  const rows: SearchTerm[] = (await getGeneDrugPairs()).map((pair) => ({
    t: `${pair.gene} and ${pair.drug}`,
    u: withBase(`/gene-drug-table/#${pair.id}`),
    k: PAGE_KIND_LABELS.geneDrugTable,
    s: firstSentence(pair.effect),
    a: [`${pair.gene} ${pair.drug}`, `${pair.drug} ${pair.gene}`],
  }));
  return new Response(JSON.stringify([...terms, ...rows]), {
    headers: { "Content-Type": "application/json" },
  });
};

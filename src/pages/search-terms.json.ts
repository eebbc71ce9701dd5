import type { APIRoute } from "astro";
import { KIND_LABELS } from "@/data/entry";
import { getGlossary } from "@/data/glossary";
import { withBase } from "@/data/urls";
import type { SearchTerm } from "@/search/term-match";

/** `/search-terms.json`: the small list the search box matches titles and aliases against, loaded on first search. */
export const GET: APIRoute = async () => {
  const { entries } = await getGlossary();
  const terms: SearchTerm[] = entries.map((entry) => ({
    t: entry.title,
    u: withBase(entry.path),
    k: KIND_LABELS[entry.kind],
    s: entry.summary,
    a: entry.aliases,
  }));
  return new Response(JSON.stringify(terms), { headers: { "Content-Type": "application/json" } });
};

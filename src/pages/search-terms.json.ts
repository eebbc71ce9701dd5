import type { APIRoute } from "astro";
import { getGeneDrugPairs } from "@/data/gene-drug-pairs";
import { getGlossary } from "@/data/glossary";
import { toSearchTerms } from "@/data/search-terms";
import { getSynonymsBySlug } from "@/data/synonyms";

/** `/search-terms.json`: what the search box matches names against (see src/data/search-terms.ts). */
export const GET: APIRoute = async () => {
  const [{ entries, bySlug }, synonyms, pairs] = await Promise.all([
    getGlossary(),
    getSynonymsBySlug(),
    getGeneDrugPairs(),
  ]);
  return new Response(JSON.stringify(toSearchTerms({ entries, bySlug, synonyms, pairs })), {
    headers: { "Content-Type": "application/json" },
  });
};

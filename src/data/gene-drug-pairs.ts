import { getCollection } from "astro:content";

/** Rows of the gene–drug table, ordered by gene then drug. */
export async function getGeneDrugPairs() {
  const pairs = await getCollection("geneDrugPairs");
  return pairs
    .map((p) => p.data)
    .sort((a, b) => a.gene.localeCompare(b.gene) || a.drug.localeCompare(b.drug));
}

// Kept here for the modules that import it from the gene–drug data; it lives with the citation index, which needs no build.
export { pairSourceIds } from "./citing-pages";

import { getCollection } from "astro:content";

/** Rows of the gene–drug table, ordered by gene then drug. */
export async function getGeneDrugPairs() {
  const pairs = await getCollection("geneDrugPairs");
  return pairs
    .map((p) => p.data)
    .sort((a, b) => a.gene.localeCompare(b.gene) || a.drug.localeCompare(b.drug));
}

/** Every source a row relies on: its guideline (if any), then the sources it lists. */
export function pairSourceIds(pair: {
  guideline?: { id: string } | undefined;
  sources: Array<{ id: string }>;
}): string[] {
  return [...new Set([...(pair.guideline ? [pair.guideline.id] : []), ...pair.sources.map((s) => s.id)])];
}

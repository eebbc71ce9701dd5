import type { Source } from "../schemas/source";
import { citingPagesBySource, type CitingPage } from "./citing-pages";
import { getGeneDrugPairs } from "./gene-drug-pairs";
import { getGlossary } from "./glossary";
import { getMilestones } from "./milestones";
import { getSources } from "./sources";

/** One item of `/sources/`: the source and every page that cites it. */
export interface BibliographyItem {
  source: Source;
  citedBy: CitingPage[];
}

/** The bibliography in its published order, each source with the pages that cite it. */
export async function getBibliography(): Promise<BibliographyItem[]> {
  const [sources, { entries }, milestones, pairs] = await Promise.all([
    getSources(),
    getGlossary(),
    getMilestones(),
    getGeneDrugPairs(),
  ]);
  const citing = citingPagesBySource({ entries, milestones, pairs });
  return sources.map((source) => ({ source, citedBy: citing.get(source.id) ?? [] }));
}

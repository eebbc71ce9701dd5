import { getGeneDrugPairs } from "./gene-drug-pairs";
import { getGlossary } from "./glossary";
import { getMilestones } from "./milestones";
import { joinReferences, sourceFor, type ReferenceLookups } from "./record-references";
import { getSourceMap } from "./sources";

/** The bibliography and the entries by id, to resolve what a record names. */
async function lookups(): Promise<ReferenceLookups> {
  const [sourceById, { bySlug }] = await Promise.all([getSourceMap(), getGlossary()]);
  return { sourceById, entryBySlug: bySlug };
}

/** The timeline's events, oldest first, each with its sources and related entries. */
export async function getTimelineRows() {
  const [milestones, refs] = await Promise.all([getMilestones(), lookups()]);
  return milestones.map((m) => joinReferences(m, refs));
}

/** The gene–drug table's rows, by gene then drug, each with its sources, related entries and CPIC guideline. */
export async function getGeneDrugRows() {
  const [pairs, refs] = await Promise.all([getGeneDrugPairs(), lookups()]);
  return pairs.map((pair) => ({
    ...joinReferences(pair, refs),
    guidelineSource: pair.guideline ? sourceFor(pair.guideline.id, refs.sourceById) : undefined,
  }));
}

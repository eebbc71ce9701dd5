import { entrySourceIds, type GlossaryEntry } from "./entry";
import { geneDrugRowPath, timelinePath } from "./urls";

/** Every source a gene–drug row relies on: its guideline (if any), then the sources it lists. */
export function pairSourceIds(pair: {
  guideline?: { id: string } | undefined;
  sources: Array<{ id: string }>;
}): string[] {
  return [...new Set([...(pair.guideline ? [pair.guideline.id] : []), ...pair.sources.map((s) => s.id)])];
}

/** A page (or a row or event on one) that cites a source: what the bibliography's "Cited in" links to. */
export interface CitingPage {
  title: string;
  /** Site-relative URL, without the base path. */
  path: string;
}

/** What cites sources across the site, as plain records so the index can be tested without a build. */
export interface CitingRecords {
  entries: ReadonlyArray<Pick<GlossaryEntry, "title" | "path" | "listedSourceIds" | "citedIds">>;
  milestones: ReadonlyArray<{ id: string; date: string; sources: ReadonlyArray<{ id: string }> }>;
  pairs: ReadonlyArray<{
    id: string;
    gene: string;
    drug: string;
    guideline?: { id: string } | undefined;
    sources: Array<{ id: string }>;
  }>;
}

/**
 * The reverse citation index: for each source id, every page that cites it,
 * entries first (in the order given), then timeline events, then rows of the
 * gene–drug table. Each citing page is listed once per source.
 */
export function citingPagesBySource({
  entries,
  milestones,
  pairs,
}: CitingRecords): Map<string, CitingPage[]> {
  const index = new Map<string, CitingPage[]>();
  const add = (ids: Iterable<string>, page: CitingPage) => {
    for (const id of new Set(ids)) index.set(id, [...(index.get(id) ?? []), page]);
  };
  for (const entry of entries) add(entrySourceIds(entry), { title: entry.title, path: entry.path });
  for (const m of milestones)
    add(
      m.sources.map((s) => s.id),
      { title: `Timeline (${m.date.slice(0, 4)})`, path: timelinePath(m.id) },
    );
  for (const p of pairs)
    add(pairSourceIds(p), { title: `Gene–drug table (${p.gene}–${p.drug})`, path: geneDrugRowPath(p.id) });
  return index;
}

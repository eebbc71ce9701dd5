import type { Source } from "../schemas/source";
import type { GlossaryEntry } from "./entry";

/** A YAML record that cites sources and names related entries: a timeline event or a gene–drug row. */
export interface CitingRecord {
  sources: ReadonlyArray<{ id: string }>;
  related: readonly string[];
}

/** Where to look ids and slugs up. */
export interface ReferenceLookups {
  sourceById: ReadonlyMap<string, Source>;
  entryBySlug: ReadonlyMap<string, GlossaryEntry>;
}

/** The record with what it names, resolved: its sources and related entries, in the editor's order. */
export type WithReferences<T extends CitingRecord> = T & {
  citedSources: Source[];
  relatedEntries: GlossaryEntry[];
};

/** Looks up a source that the content check has already proved exists; a miss is a bug, so it throws. */
export function sourceFor(id: string, sourceById: ReadonlyMap<string, Source>): Source {
  const source = sourceById.get(id);
  if (!source) throw new Error(`Unknown source id "${id}": add it to content/sources.yaml.`);
  return source;
}

/** Joins a record to the sources it cites and the entries it relates to, for the page that lists it. */
export function joinReferences<T extends CitingRecord>(
  record: T,
  { sourceById, entryBySlug }: ReferenceLookups,
): WithReferences<T> {
  return {
    ...record,
    citedSources: record.sources.map((s) => sourceFor(s.id, sourceById)),
    relatedEntries: record.related.flatMap((slug) => entryBySlug.get(slug) ?? []),
  };
}

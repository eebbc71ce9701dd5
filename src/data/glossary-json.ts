import type { GlossaryJson } from "../schemas/glossary-json";
import { isoDate } from "../shared/text";
import { entrySourceIds, type GlossaryEntry } from "./entry";
import { publicUrl } from "./urls";

/**
 * The body of `/glossary.json` (its schema: src/schemas/glossary-json.ts): every
 * entry in a machine-readable form, for other sites and tools, in the order given.
 */
export function toGlossaryJson(
  entries: readonly GlossaryEntry[],
  url: (path: string) => string = publicUrl,
): GlossaryJson {
  return {
    entries: entries.map((entry) => ({
      slug: entry.slug,
      title: entry.title,
      kind: entry.kind,
      aliases: entry.aliases,
      broader: entry.broader,
      summary: entry.summary,
      url: url(entry.path),
      reviewed: isoDate(entry.reviewed),
      sources: entrySourceIds(entry),
    })),
  };
}

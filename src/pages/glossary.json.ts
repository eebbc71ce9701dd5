import { isoDate } from "@/shared/text";
import type { APIRoute } from "astro";
import { entrySourceIds } from "@/data/entry";
import { getGlossary } from "@/data/glossary";
import { publicUrl } from "@/data/urls";

/**
 * `/glossary.json`: every entry in a machine-readable form, for other sites and tools.
 * `broader` holds the slugs of the entry's parents in the map of the field (empty for the concepts).
 */
export const GET: APIRoute = async () => {
  const { entries } = await getGlossary();
  const body = {
    entries: entries.map((entry) => ({
      slug: entry.slug,
      title: entry.title,
      kind: entry.kind,
      aliases: entry.aliases,
      broader: entry.broader,
      summary: entry.summary,
      url: publicUrl(entry.path),
      reviewed: isoDate(entry.reviewed),
      sources: entrySourceIds(entry),
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json" } });
};

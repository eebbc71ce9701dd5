import { getCollection } from "astro:content";
import type { Source } from "../schemas/source";

let cached: Promise<Map<string, Source>> | undefined;

/** The bibliography by id. */
function getSourceMap(): Promise<Map<string, Source>> {
  cached ??= getCollection("sources").then((records) => new Map(records.map((r) => [r.id, r.data])));
  return cached;
}

/** Every source, sorted by its first author or body, then year. */
export async function getSources(): Promise<Source[]> {
  const sources = [...(await getSourceMap()).values()];
  const key = (s: Source) => (s.authors?.[0] ?? s.body ?? s.title).toLowerCase();
  return sources.sort((a, b) => key(a).localeCompare(key(b)) || (a.year ?? 0) - (b.year ?? 0));
}

/** Sources by id in the order given; an unknown id throws (the content check should have caught it). */
export async function getSourcesByIds(ids: readonly string[]): Promise<Source[]> {
  const map = await getSourceMap();
  return ids.map((id) => {
    const source = map.get(id);
    if (!source) throw new Error(`Unknown source id "${id}": add it to content/sources.yaml.`);
    return source;
  });
}

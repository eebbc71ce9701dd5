import { getCollection } from "astro:content";
import { getGlossary } from "./glossary";

/** Lay phrases from `content/synonyms.yaml` by the slug of the entry they lead to (checked with the glossary). */
export async function getSynonymsBySlug(): Promise<Map<string, string[]>> {
  await getGlossary(); // the content check covers synonyms.yaml: an unknown slug has stopped the build
  const records = await getCollection("synonyms");
  return new Map(records.map((record) => [record.id, record.data.phrases]));
}

import { getGlossary, getHierarchy } from "./glossary";
import { conceptMap, conceptMapLinks, overviewMap } from "./map";

/** What `/map/` shows: the entry count, the concepts, a link to each one's map, and the overview drawing. */
export async function getMapOverview() {
  const [{ entries }, hierarchy] = await Promise.all([getGlossary(), getHierarchy()]);
  return {
    entryCount: entries.length,
    concepts: hierarchy.roots,
    conceptLinks: conceptMapLinks(hierarchy.roots),
    overview: overviewMap(hierarchy.roots, hierarchy),
  };
}

/** The slug of each concept, one `/map/<concept>/` page each. */
export async function getMapConceptSlugs(): Promise<string[]> {
  return (await getHierarchy()).roots.map((root) => root.slug);
}

/** What `/map/<concept>/` shows: the concept, its full map, and how many entries sit under it. */
export async function getConceptMap(slug: string) {
  const hierarchy = await getHierarchy();
  const tree = hierarchy.tree(slug);
  return {
    concept: tree.entry,
    map: conceptMap(tree, hierarchy),
    count: hierarchy.descendants(slug).length,
  };
}

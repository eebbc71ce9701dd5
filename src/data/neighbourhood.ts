import type { Hierarchy, HierarchyEntry } from "./hierarchy";
import { mapPath } from "./urls";

/** How many siblings "Where it sits" names under each parent before "and N more". */
const NEIGHBOURS_SHOWN = 8;

/** One parent of the entry with the entry's siblings under it; for a concept, no parent and the other concepts. */
interface NeighbourGroup<T> {
  parent: T | undefined;
  /** The siblings named, in the hierarchy's order. */
  siblings: T[];
  /** How many more siblings there are, left to the map. */
  more: number;
}

/** What "Where it sits" on an entry page shows: the entry among its neighbours in the map of the field. */
export interface Neighbourhood<T> {
  /** The concept whose map the entry is drawn in. */
  root: T;
  /** How many entries sit directly under this one. */
  childCount: number;
  groups: Array<NeighbourGroup<T>>;
  /** The entry's place on its concept's map: `/map/<concept>/#map-<slug>`. */
  onMap: string;
}

/** The entry's neighbourhood: each parent with the entry's siblings under it, long sibling lists cut short. */
export function neighbourhood<T extends HierarchyEntry>(
  slug: string,
  hierarchy: Pick<Hierarchy<T>, "rootOf" | "children" | "parents" | "siblings">,
  shown: number = NEIGHBOURS_SHOWN,
): Neighbourhood<T> {
  const root = hierarchy.rootOf(slug);
  const parents = hierarchy.parents(slug);
  const groups: Array<{ parent: T | undefined; all: T[] }> =
    parents.length > 0
      ? parents.map((parent) => ({
          parent,
          all: hierarchy.children(parent.slug).filter((e) => e.slug !== slug),
        }))
      : [{ parent: undefined, all: hierarchy.siblings(slug) }];
  return {
    root,
    childCount: hierarchy.children(slug).length,
    groups: groups.map(({ parent, all }) => ({
      parent,
      siblings: all.slice(0, shown),
      more: Math.max(0, all.length - shown),
    })),
    onMap: `${mapPath(root.slug)}#map-${slug}`,
  };
}

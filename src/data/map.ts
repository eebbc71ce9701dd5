/**
 * What the map pages draw: the overview (each concept, its size and its first
 * level) and one full tree per concept, as map items for the layout and the
 * nested lists. Pure: built from hierarchy trees, tested on plain objects.
 */
import type { GlossaryEntry } from "./entry";
import type { Hierarchy, TreeNode } from "./hierarchy";
import type { MapItem } from "./map-layout";
import { mapPath } from "./urls";

/** The entry fields a map node needs. */
export type MapEntry = Pick<GlossaryEntry, "slug" | "title" | "summary" | "kind" | "path" | "broader">;

/** How many first-level branches the overview draws per concept; the concept's own map shows them all. */
export const OVERVIEW_BRANCHES = 12;

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const entryItem = (entry: MapEntry, children: MapItem[], extra: Partial<MapItem> = {}): MapItem => ({
  id: entry.slug,
  label: entry.title,
  kind: entry.kind,
  href: entry.path,
  preview: { title: entry.title, summary: entry.summary },
  children,
  ...extra,
});

const ref = (entry: MapEntry) => ({ title: entry.title, href: entry.path });

/**
 * A concept's whole tree: every entry under it drawn once, with its branch,
 * under its first parent. An entry that also names a parent in this tree as a
 * further parent appears there a second time, as a leaf that says where it is
 * drawn in full; the first appearance names the further parents ("also under").
 */
export function conceptMap(
  node: TreeNode<MapEntry>,
  hierarchy: Pick<Hierarchy<MapEntry>, "parents" | "children">,
): MapItem {
  const { entry } = node;
  const alsoUnder = hierarchy.parents(entry.slug).slice(1).map(ref);
  const primary = new Set(node.children.map((child) => child.entry.slug));
  const elsewhere = hierarchy
    .children(entry.slug)
    .filter((child) => !primary.has(child.slug))
    .flatMap((child) => {
      const first = hierarchy.parents(child.slug)[0];
      return first
        ? [entryItem(child, [], { id: `also-${entry.slug}-${child.slug}`, drawnUnder: ref(first) })]
        : [];
    });
  return entryItem(
    entry,
    [...node.children.map((child) => conceptMap(child, hierarchy)), ...elsewhere],
    alsoUnder.length > 0 ? { alsoUnder } : {},
  );
}

/** The parts of the hierarchy the overview reads. */
type OverviewHierarchy = Pick<Hierarchy<MapEntry>, "parents" | "children" | "descendants">;

/** The first-level branches the overview shows: the largest first, then in the input (title) order. */
function overviewBranches(concept: MapEntry, hierarchy: OverviewHierarchy): MapEntry[] {
  return hierarchy
    .children(concept.slug)
    .map((entry) => ({ entry, size: hierarchy.descendants(entry.slug).length }))
    .sort((a, b) => b.size - a.size)
    .slice(0, OVERVIEW_BRANCHES)
    .map(({ entry }) => entry);
}

/**
 * The overview: each concept with how many entries sit under it, its largest
 * first-level branches ("+N": entries further down), and a node leading to its
 * full map. A branch drawn in full under another parent is marked as such. The
 * root only gathers the concepts and is not drawn.
 */
export function overviewMap(concepts: readonly MapEntry[], hierarchy: OverviewHierarchy): MapItem {
  return {
    id: "field",
    label: "The field",
    kind: "more",
    href: mapPath(),
    children: concepts.map((concept) => {
      const count = plural(hierarchy.descendants(concept.slug).length, "entry", "entries");
      const branches = overviewBranches(concept, hierarchy).map((branch) => {
        const below = hierarchy.descendants(branch.slug).length;
        const first = hierarchy.parents(branch.slug)[0];
        return entryItem(branch, [], {
          ...(below > 0
            ? { note: `+${below}`, noteText: `${plural(below, "more entry", "more entries")} under it` }
            : {}),
          ...(first && first.slug !== concept.slug
            ? { id: `also-${concept.slug}-${branch.slug}`, drawnUnder: ref(first) }
            : {}),
        });
      });
      const fullMap: MapItem = {
        id: `full-map-${concept.slug}`,
        label: "Full map",
        noteText: `of ${concept.title}: all ${count}`,
        kind: "more",
        href: mapPath(concept.slug),
        children: [],
      };
      return entryItem(concept, [...branches, fullMap], { note: count, noteText: `${count} under it` });
    }),
  };
}

/** A link to each concept's own map, "Map of <concept>", in the concepts' order. */
export function conceptMapLinks(roots: ReadonlyArray<Pick<MapEntry, "slug" | "title">>) {
  return roots.map((root) => ({ title: `Map of ${root.title}`, path: mapPath(root.slug) }));
}

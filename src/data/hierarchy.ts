/**
 * The map of the field, derived from each entry's `broader` parents (SKOS):
 * children (narrower entries), the breadcrumb trail, siblings and one tree per
 * concept. Nothing here is stored in content; everything is computed from
 * `broader` on plain objects, so it is tested without a build.
 *
 * An entry may have several parents. Where one answer is needed (the trail, the
 * tree each entry is drawn in), its first parent wins: the editor lists the
 * most important parent first.
 */

/** What the hierarchy needs to know about an entry. */
export interface HierarchyEntry {
  slug: string;
  title: string;
  /** Parent slugs in the editor's order; empty for a root (a concept). */
  broader: readonly string[];
  /** Editorial position of a root; roots without one keep their input order. */
  order?: number | undefined;
}

/** One entry in a tree drawn by first parents, with the entries under it. */
export interface TreeNode<T> {
  entry: T;
  /** Entries whose first parent is this one, in input order. */
  children: TreeNode<T>[];
  /** How many entries sit anywhere below this one in the tree. */
  size: number;
  /** Distance from the tree's root: 0 for the root itself. */
  depth: number;
}

export interface Hierarchy<T extends HierarchyEntry> {
  /** The entry with this slug, if any. */
  get(slug: string): T | undefined;
  /** Entries without parents (the concepts), by `order`, then in input order. */
  roots: T[];
  /** The entry's parents, in the editor's order; unknown slugs are skipped. */
  parents(slug: string): T[];
  /** Narrower entries: every entry that names this one among its parents, in input order. */
  children(slug: string): T[];
  /** Entries whose first parent is this one: its children in the tree it is drawn in. */
  primaryChildren(slug: string): T[];
  /** Every entry below this one through any parent, each once, nearest first. */
  descendants(slug: string): T[];
  /** The breadcrumb trail: root first, following first parents, ending with the entry itself. */
  trail(slug: string): T[];
  /** The root the trail starts at: the concept whose tree the entry is drawn in. */
  rootOf(slug: string): T;
  /** Other entries under any of this entry's parents, each once, parent by parent; for a root, the other roots. */
  siblings(slug: string): T[];
  /** The tree under an entry, following first parents, so every entry below it appears exactly once. */
  tree(slug: string): TreeNode<T>;
}

/**
 * Builds the hierarchy of a set of entries. Expects content that passed the
 * build's checks (known parents, no cycles) but stays finite without them: an
 * unknown parent is skipped and a trail stops where it would loop.
 */
export function buildHierarchy<T extends HierarchyEntry>(entries: readonly T[]): Hierarchy<T> {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const known = (slugs: readonly string[]) => slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  const firstParent = (entry: T): T | undefined => known(entry.broader)[0];

  const children = new Map<string, T[]>();
  const primary = new Map<string, T[]>();
  const push = (map: Map<string, T[]>, key: string, entry: T) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of entries) {
    for (const parent of new Set(known(entry.broader))) {
      if (parent.slug !== entry.slug) push(children, parent.slug, entry);
    }
    const first = firstParent(entry);
    if (first && first.slug !== entry.slug) push(primary, first.slug, entry);
  }

  const roots = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => known(entry.broader).length === 0)
    .sort(
      (a, b) =>
        (a.entry.order ?? Number.POSITIVE_INFINITY) - (b.entry.order ?? Number.POSITIVE_INFINITY) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);

  const require = (slug: string): T => {
    const entry = bySlug.get(slug);
    if (!entry) throw new Error(`No entry has the slug "${slug}".`);
    return entry;
  };

  const trail = (slug: string): T[] => {
    const path: T[] = [];
    const seen = new Set<string>();
    for (
      let entry: T | undefined = require(slug);
      entry && !seen.has(entry.slug);
      entry = firstParent(entry)
    ) {
      seen.add(entry.slug);
      path.unshift(entry);
    }
    return path;
  };

  const tree = (slug: string): TreeNode<T> => {
    const seen = new Set<string>();
    const grow = (entry: T, depth: number): TreeNode<T> => {
      seen.add(entry.slug);
      const kids = (primary.get(entry.slug) ?? [])
        .filter((child) => !seen.has(child.slug))
        .map((child) => grow(child, depth + 1));
      return { entry, children: kids, depth, size: kids.reduce((sum, kid) => sum + 1 + kid.size, 0) };
    };
    return grow(require(slug), 0);
  };

  return {
    get: (slug) => bySlug.get(slug),
    roots,
    parents: (slug) => known(require(slug).broader),
    children: (slug) => children.get(require(slug).slug) ?? [],
    primaryChildren: (slug) => primary.get(require(slug).slug) ?? [],
    descendants: (slug) => {
      const start = require(slug);
      const seen = new Set<string>([start.slug]);
      const found: T[] = [];
      for (let i = -1; i < found.length; i++) {
        const at = i < 0 ? start : found[i]!;
        for (const child of children.get(at.slug) ?? []) {
          if (!seen.has(child.slug)) {
            seen.add(child.slug);
            found.push(child);
          }
        }
      }
      return found;
    },
    trail,
    rootOf: (slug) => trail(slug)[0]!,
    siblings: (slug) => {
      const entry = require(slug);
      const parents = known(entry.broader);
      const pool = parents.length === 0 ? roots : parents.flatMap((p) => children.get(p.slug) ?? []);
      return [...new Set(pool)].filter((other) => other.slug !== entry.slug);
    },
    tree,
  };
}

import { describe, expect, it } from "vitest";
import { buildHierarchy, type HierarchyEntry, type TreeNode } from "@/data/hierarchy";
import { neighbourhood } from "@/data/neighbourhood";

const e = (slug: string, broader: string[] = [], order?: number): HierarchyEntry => ({
  slug,
  title: slug,
  broader,
  ...(order === undefined ? {} : { order }),
});

/**
 * Two concepts; `dose` sits under both `pgx` (first) and `pm`;
 * `cyp` under `pgx`, `star` under `cyp`; `ai` has nothing under it.
 */
const entries = [
  e("ai", [], 2),
  e("cyp", ["pgx"]),
  e("dose", ["pgx", "pm"]),
  e("ehr", ["pm"]),
  e("pgx", [], 1),
  e("pm", [], 0),
  e("star", ["cyp"]),
];
const h = buildHierarchy(entries);
const slugs = (list: HierarchyEntry[]) => list.map((x) => x.slug);
const shape = (node: TreeNode<HierarchyEntry>): unknown =>
  node.children.length === 0 ? node.entry.slug : { [node.entry.slug]: node.children.map(shape) };

describe("buildHierarchy", () => {
  it("finds the roots, in their editorial order", () => {
    expect(slugs(h.roots)).toEqual(["pm", "pgx", "ai"]);
  });

  it("lists every narrower entry, whichever position the parent has in `broader`", () => {
    expect(slugs(h.children("pgx"))).toEqual(["cyp", "dose"]);
    expect(slugs(h.children("pm"))).toEqual(["dose", "ehr"]);
    expect(h.children("star")).toEqual([]);
  });

  it("gives an entry with several parents one place in the tree: under its first parent", () => {
    expect(slugs(h.primaryChildren("pgx"))).toEqual(["cyp", "dose"]);
    expect(slugs(h.primaryChildren("pm"))).toEqual(["ehr"]);
  });

  it("builds the breadcrumb trail from the root down, following first parents", () => {
    expect(slugs(h.trail("star"))).toEqual(["pgx", "cyp", "star"]);
    expect(slugs(h.trail("dose"))).toEqual(["pgx", "dose"]);
    expect(slugs(h.trail("pm"))).toEqual(["pm"]);
    expect(h.rootOf("star").slug).toBe("pgx");
  });

  it("finds every entry below one through any parent, each once", () => {
    expect(slugs(h.descendants("pgx"))).toEqual(["cyp", "dose", "star"]);
    expect(slugs(h.descendants("pm"))).toEqual(["dose", "ehr"]);
    expect(h.descendants("ai")).toEqual([]);
  });

  it("returns parents in the editor's order", () => {
    expect(slugs(h.parents("dose"))).toEqual(["pgx", "pm"]);
    expect(h.parents("pm")).toEqual([]);
  });

  it("finds siblings under every parent, each once, and the other roots for a root", () => {
    expect(slugs(h.siblings("dose"))).toEqual(["cyp", "ehr"]);
    expect(slugs(h.siblings("cyp"))).toEqual(["dose"]);
    expect(h.siblings("star")).toEqual([]);
    expect(slugs(h.siblings("pgx"))).toEqual(["pm", "ai"]);
  });

  it("grows one tree per concept in which every entry below it appears once, with sizes and depths", () => {
    const pgx = h.tree("pgx");
    expect(shape(pgx)).toEqual({ pgx: [{ cyp: ["star"] }, "dose"] });
    expect(pgx.size).toBe(3);
    expect(pgx.children[0]!.size).toBe(1);
    expect(pgx.children[0]!.children[0]!.depth).toBe(2);
    expect(shape(h.tree("pm"))).toEqual({ pm: ["ehr"] });
    const inTrees = h.roots.flatMap((root) => {
      const all: string[] = [];
      const walk = (n: TreeNode<HierarchyEntry>) => (all.push(n.entry.slug), n.children.forEach(walk));
      walk(h.tree(root.slug));
      return all;
    });
    expect(inTrees.sort()).toEqual(slugs(entries).sort());
  });

  it("stores nothing in the entries it is given", () => {
    expect(entries.find((x) => x.slug === "pgx")).toEqual(e("pgx", [], 1));
  });

  it("stays finite on content the build would reject: unknown parents and cycles", () => {
    const bad = buildHierarchy([e("a", ["b"]), e("b", ["a"]), e("c", ["missing", "a"]), e("d", ["d"])]);
    expect(slugs(bad.trail("a"))).toEqual(["b", "a"]);
    expect(slugs(bad.trail("c"))).toEqual(["b", "a", "c"]);
    expect(slugs(bad.parents("c"))).toEqual(["a"]);
    expect(bad.children("d")).toEqual([]);
    expect(shape(bad.tree("a"))).toEqual({ a: ["b", "c"] });
  });

  it("names the slug when asked about an entry that does not exist", () => {
    expect(() => h.trail("nope")).toThrow('"nope"');
  });
});

describe("neighbourhood", () => {
  it("puts the entry under each of its parents, beside that parent's other children", () => {
    const near = neighbourhood("dose", h);
    expect(near.groups.map((g) => [g.parent?.slug, slugs(g.siblings), g.more])).toEqual([
      ["pgx", ["cyp"], 0],
      ["pm", ["ehr"], 0],
    ]);
    expect(near.root.slug).toBe("pgx");
    expect(near.onMap).toBe("/map/pgx/#map-dose");
  });

  it("sets a concept beside the other concepts, with no parent, and counts its children", () => {
    const near = neighbourhood("pgx", h);
    expect(near.groups).toEqual([{ parent: undefined, siblings: [e("pm", [], 0), e("ai", [], 2)], more: 0 }]);
    expect(near.childCount).toBe(2);
  });

  it("names only the first siblings and counts the rest", () => {
    const near = neighbourhood("cyp", h, 0);
    expect(near.groups).toMatchObject([{ siblings: [], more: 1 }]);
  });
});

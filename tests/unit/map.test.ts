import { describe, expect, it } from "vitest";
import type { EntryKind } from "@/shared/kinds";
import { buildHierarchy } from "@/data/hierarchy";
import { conceptMap, conceptMapLinks, OVERVIEW_BRANCHES, overviewMap, type MapEntry } from "@/data/map";
import { layoutMap, MAP_METRICS, markPath, textWidth, type MapItem } from "@/data/map-layout";
import { breadcrumbJsonLd, definedTermJsonLd, SKOS_BROADER } from "@/data/structured-data";
import type { GlossaryEntry } from "@/data/entry";
import { entryPath } from "@/data/urls";

const e = (slug: string, broader: string[] = [], kind: EntryKind = broader.length ? "term" : "concept") =>
  ({
    slug,
    title: slug.toUpperCase(),
    summary: `About ${slug}.`,
    kind,
    path: entryPath(kind, slug),
    broader,
  }) satisfies MapEntry;

// pm ← gen ← {allele ← star, variant}; pm ← vs (comparison, also under pers); pers ← strat (also under pm)
const entries = [
  e("allele", ["gen"]),
  e("gen", ["pm"]),
  e("pers"),
  e("pm"),
  e("star", ["allele"]),
  e("strat", ["pers", "pm"]),
  e("variant", ["gen"]),
  e("vs", ["pm", "pers"], "comparison"),
];
const h = buildHierarchy(entries);

const flatten = (item: MapItem): MapItem[] => [item, ...item.children.flatMap(flatten)];

describe("conceptMap", () => {
  const pm = conceptMap(h.tree("pm"), h);
  const items = flatten(pm);

  it("draws every entry under the concept once in full, under its first parent", () => {
    const full = items.filter((i) => !i.drawnUnder).map((i) => i.id);
    expect(full.sort()).toEqual(["allele", "gen", "pm", "star", "variant", "vs"]);
  });

  it("shows an entry a second time under a further parent, saying where it is drawn in full", () => {
    const again = items.filter((i) => i.drawnUnder);
    expect(again).toMatchObject([
      {
        id: "also-pm-strat",
        href: "/glossary/strat/",
        drawnUnder: { title: "PERS", href: "/concepts/pers/" },
      },
    ]);
    expect(again[0]!.children).toEqual([]);
  });

  it("names an entry's further parents where it is drawn in full", () => {
    expect(items.find((i) => i.id === "vs")?.alsoUnder).toEqual([{ title: "PERS", href: "/concepts/pers/" }]);
  });

  it("gives every node a link and a preview", () => {
    for (const item of items) {
      expect(item.href).toMatch(/^\/(concepts|glossary|compare)\/[a-z-]+\/$/);
      expect(item.preview?.summary).toMatch(/^About /);
    }
  });
});

describe("conceptMapLinks", () => {
  it("links each concept's own map in the order given", () => {
    expect(
      conceptMapLinks([
        { slug: "precision-medicine", title: "Precision medicine" },
        { slug: "pharmacogenomics", title: "Pharmacogenomics" },
      ]),
    ).toEqual([
      { title: "Map of Precision medicine", path: "/map/precision-medicine/" },
      { title: "Map of Pharmacogenomics", path: "/map/pharmacogenomics/" },
    ]);
  });
});

describe("overviewMap", () => {
  it("gives each concept its size, its branches largest first, and a link to its full map", () => {
    const overview = overviewMap(h.roots, h);
    expect(overview.children.map((c) => [c.id, c.note])).toEqual([
      ["pers", "2 entries"],
      ["pm", "6 entries"],
    ]);
    const pm = overview.children[1]!;
    expect(pm.children.map((c) => [c.id, c.note])).toEqual([
      ["gen", "+3"],
      ["also-pm-strat", undefined],
      ["vs", undefined],
      ["full-map-pm", undefined],
    ]);
    expect(pm.children.at(-1)).toMatchObject({ kind: "more", href: "/map/pm/" });
    expect(pm.children.find((c) => c.id === "also-pm-strat")?.drawnUnder?.title).toBe("PERS");
  });

  it(`draws at most ${OVERVIEW_BRANCHES} branches per concept`, () => {
    const many = buildHierarchy([e("root"), ...Array.from({ length: 30 }, (_, i) => e(`t${i}`, ["root"]))]);
    const [root] = overviewMap(many.roots, many).children;
    expect(root!.children).toHaveLength(OVERVIEW_BRANCHES + 1);
    expect(root!.note).toBe("30 entries");
  });
});

describe("layoutMap", () => {
  const map = conceptMap(h.tree("pm"), h);
  const layout = layoutMap(map);

  it("places every item once, inside the drawing, a full row apart from others in its column", () => {
    expect(layout.nodes).toHaveLength(flatten(map).length);
    for (const n of layout.nodes) {
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(layout.height);
      expect(n.endX).toBeLessThanOrEqual(layout.width);
    }
    for (const column of Map.groupBy(layout.nodes, (n) => n.x).values()) {
      const rows = column.map((n) => n.y).sort((a, b) => a - b);
      for (let i = 1; i < rows.length; i++)
        expect(rows[i]! - rows[i - 1]!).toBeGreaterThanOrEqual(MAP_METRICS.row);
    }
  });

  it("puts each level in its own column, to the right of its parent's label", () => {
    const at = (id: string) => layout.nodes.find((n) => n.item.id === id)!;
    expect(at("gen").x).toBeGreaterThan(at("pm").endX);
    expect(at("allele").x).toBeGreaterThan(at("gen").endX);
    expect(at("allele").x).toBe(at("variant").x);
  });

  it("joins each child to its parent, with a dashed line for a second appearance", () => {
    expect(layout.links).toHaveLength(layout.nodes.length - 1);
    expect(layout.links.filter((l) => l.dashed).map((l) => l.to)).toEqual(["also-pm-strat"]);
    for (const link of layout.links) expect(link.d).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  it("leaves out a root that only gathers trees", () => {
    const overview = overviewMap(h.roots, h);
    const drawn = layoutMap(overview, { hideRoot: true });
    expect(drawn.nodes.map((n) => n.item.id)).not.toContain("field");
    expect(drawn.links.map((l) => l.from)).not.toContain("field");
    expect(Math.min(...drawn.nodes.map((n) => n.x))).toBe(MAP_METRICS.margin);
  });

  it("gives each kind its own shape, so that colour is not the only cue", () => {
    const shapes = (["concept", "term", "comparison", "more"] as const).map((k) => markPath(k, 0, 0));
    expect(new Set(shapes).size).toBe(4);
  });

  it("estimates capitals and bold text wider than lowercase", () => {
    expect(textWidth("MMMM", 15)).toBeGreaterThan(textWidth("mmmm", 15) - 1);
    expect(textWidth("CYP2D6", 15)).toBeGreaterThan(textWidth("cyp2d6", 15));
    expect(textWidth("Pharmacogenomics", 15, true)).toBeGreaterThan(textWidth("Pharmacogenomics", 15));
  });
});

describe("structured data for the hierarchy", () => {
  const entry = (slug: string, kind: EntryKind) =>
    ({
      slug,
      kind,
      title: slug,
      summary: `About ${slug}.`,
      aliases: [],
      path: entryPath(kind, slug),
      reviewed: new Date("2026-01-01"),
    }) as unknown as GlossaryEntry;

  it("names an entry's parents with skos:broader, by their page URLs", () => {
    const data = definedTermJsonLd(entry("cyp2d6", "term"), "Glossary", [
      entry("pharmacogenomics", "concept"),
    ]);
    expect(data["@id"]).toBe("/glossary/cyp2d6/");
    expect(data).toMatchObject({
      [SKOS_BROADER]: [
        {
          "@type": "DefinedTerm",
          "@id": "/concepts/pharmacogenomics/",
          name: "pharmacogenomics",
        },
      ],
    });
    expect(definedTermJsonLd(entry("pharmacogenomics", "concept"), "Glossary")).not.toHaveProperty(
      SKOS_BROADER,
    );
  });

  it("numbers a breadcrumb trail from 1, with the public address of each page (root-relative without SITE_URL)", () => {
    expect(
      breadcrumbJsonLd([
        { name: "Home", path: "/" },
        { name: "CYP2D6", path: "/glossary/cyp2d6/" },
      ]).itemListElement,
    ).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "/" },
      { "@type": "ListItem", position: 2, name: "CYP2D6", item: "/glossary/cyp2d6/" },
    ]);
  });
});

/**
 * Where each box of a map goes. d3-hierarchy's tidy tree (Reingold–Tilford)
 * places the nodes; the tree runs left to right, one row per node, so labels
 * stay full-size text however many entries there are (the map grows taller,
 * not smaller). Runs at build time; the page draws the result as plain SVG.
 */
import { hierarchy, tree } from "d3-hierarchy";
import type { EntryKind } from "../shared/kinds";

/** What a map node is: an entry of some kind, or a link to a larger map. */
export type MapNodeKind = EntryKind | "more";

/** One node to draw, with the nodes under it. */
export interface MapItem {
  /** Unique within the map. */
  id: string;
  label: string;
  /** A short aside drawn after the label, e.g. "+8" for entries further down. */
  note?: string | undefined;
  /** The same aside in words, for the list version of the map ("8 more entries under it"). */
  noteText?: string | undefined;
  /** Further parents of an entry drawn under its first one; the list version names them. */
  alsoUnder?: Array<{ title: string; href: string }> | undefined;
  /**
   * Set on a second appearance: an entry shown under a further parent, as a leaf
   * joined by a dashed line, whose own branch is drawn under its first parent (named here).
   */
  drawnUnder?: { title: string; href: string } | undefined;
  kind: MapNodeKind;
  /** Site-relative URL the node links to, without the base path. */
  href: string;
  /** Title and summary for the preview card; "more" nodes have none. */
  preview?: { title: string; summary: string } | undefined;
  children: MapItem[];
}

interface PlacedNode {
  item: MapItem;
  /** Left edge of the node's mark. */
  x: number;
  /** Vertical centre of the row. */
  y: number;
  /** Where the label starts; the note follows it in the same line of text. */
  labelX: number;
  /** Right end of the label and note, as estimated: outgoing links start here. */
  endX: number;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  /** One path per parent–child pair, as SVG path data. */
  links: Array<{ from: string; to: string; d: string; dashed: boolean }>;
}

/** Row height and sizes in CSS pixels; the stylesheet sets the matching font sizes. */
export const MAP_METRICS = {
  row: 30,
  fontSize: 15,
  noteFontSize: 13,
  mark: 12,
  /** Between the mark and its label. */
  labelGap: 6,
  /** Between the end of a column's longest label and the next column. */
  columnGap: 40,
  margin: 8,
} as const;

/**
 * A generous estimate of how wide a label renders in the site's sans-serif
 * font (no fonts are loaded at build time): wide for capitals and digits,
 * narrow for spaces and thin letters. Erring wide only adds white space.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (char === " " || /[ilj.,:;'’|!()[\]]/.test(char)) em += 0.34;
    else if (/[A-Z0-9MWmw@%&]/.test(char)) em += 0.76;
    else em += 0.62;
  }
  return Math.ceil(em * fontSize * (bold ? 1.1 : 1));
}

/**
 * Lays out a tree of map items. With `hideRoot`, the root is not drawn (it only
 * gathers several trees into one picture, as on the overview).
 */
export function layoutMap(root: MapItem, { hideRoot = false }: { hideRoot?: boolean } = {}): MapLayout {
  const m = MAP_METRICS;
  const nodes = hierarchy(root, (item) => item.children);
  // nodeSize: one row per leaf; the depth coordinate is replaced below by columns as wide as their labels.
  tree<MapItem>()
    .nodeSize([m.row, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.3))(nodes);

  // Concept labels are bold (see the stylesheet).
  const titleWidth = (item: MapItem) => textWidth(item.label, m.fontSize, item.kind === "concept");
  const labelWidth = (item: MapItem) =>
    titleWidth(item) + (item.note ? m.labelGap + textWidth(item.note, m.noteFontSize) : 0);
  const drawn = nodes.descendants().filter((n) => !(hideRoot && n.depth === 0));
  const firstDepth = hideRoot ? 1 : 0;
  const columnWidth: number[] = [];
  for (const n of drawn) {
    const width = m.mark + m.labelGap + labelWidth(n.data);
    columnWidth[n.depth] = Math.max(columnWidth[n.depth] ?? 0, width);
  }
  const columnX: number[] = [];
  let x = m.margin;
  for (let depth = firstDepth; depth < columnWidth.length; depth++) {
    columnX[depth] = x;
    x += (columnWidth[depth] ?? 0) + m.columnGap;
  }
  const width = x - m.columnGap + m.margin;

  const breadth = drawn.map((n) => n.x ?? 0);
  const top = Math.min(...breadth);
  const height = Math.round(Math.max(...breadth) - top + m.row + 2 * m.margin);

  const placed = new Map<MapItem, PlacedNode>();
  for (const n of drawn) {
    const left = columnX[n.depth]!;
    const labelX = left + m.mark + m.labelGap;
    placed.set(n.data, {
      item: n.data,
      x: left,
      y: Math.round((n.x ?? 0) - top + m.margin + m.row / 2),
      labelX,
      endX: labelX + labelWidth(n.data),
    });
  }

  const links = drawn.flatMap((n) => {
    const from = n.parent && placed.get(n.parent.data);
    const to = placed.get(n.data)!;
    if (!from) return [];
    const x1 = from.endX + 4;
    const x2 = to.x - 4;
    const mid = Math.round((x1 + x2) / 2);
    return [
      {
        from: from.item.id,
        to: to.item.id,
        d: `M${x1},${from.y}C${mid},${from.y} ${mid},${to.y} ${x2},${to.y}`,
        dashed: Boolean(to.item.drawnUnder),
      },
    ];
  });

  return { width, height, nodes: [...placed.values()], links };
}

/**
 * The mark before a label, as SVG path data: its shape says the kind, so colour
 * is never the only cue. A square for a concept, a circle for a term, a diamond
 * for a comparison, a triangle pointing on for a link to a larger map.
 */
export function markPath(kind: MapNodeKind, x: number, y: number): string {
  const s = MAP_METRICS.mark;
  const h = s / 2;
  switch (kind) {
    case "concept":
      return `M${x},${y - h}h${s}v${s}h${-s}Z`;
    case "term":
      return `M${x},${y}a${h},${h} 0 1,0 ${s},0a${h},${h} 0 1,0 ${-s},0Z`;
    case "comparison":
      return `M${x},${y}l${h},${-h}l${h},${h}l${-h},${h}Z`;
    case "more":
      return `M${x + 1},${y - h}l${s - 2},${h}l${-(s - 2)},${h}Z`;
  }
}

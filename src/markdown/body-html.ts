import type { Element, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import type { MarkdownHeading } from "astro";

/** A diagram placed in a body with `<Figure>`: drawn by its Astro component when the page is rendered. */
export interface BodyFigure {
  diagram: string;
  alt: string;
  /** The caption, as HTML. */
  captionHtml: string;
}

/** Where a figure was in the body's HTML: its component goes here. */
const FIGURE_MARK = "<!--entry-figure-->";
const FIGURE_MARK_TEXT = "entry-figure";

const isHeading = (node: Element) => /^h[1-6]$/.test(node.tagName);

/** The headings with ids, in order, as Astro reports them for Markdown: the source of "On this page". */
export function collectHeadings(tree: Root): MarkdownHeading[] {
  const headings: MarkdownHeading[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      const id = node.properties["id"];
      if (isHeading(node) && typeof id === "string")
        headings.push({ depth: Number(node.tagName[1]), slug: id, text: toString(node).trim() });
      else walk(node.children);
    }
  };
  walk(tree.children);
  return headings;
}

/**
 * Takes the `<Figure>` placeholders (see mdx-to-hast.ts) out of a body's tree:
 * each becomes a mark in the HTML, and its diagram, text alternative and
 * caption (written out by `stringify`) are returned in order.
 */
export function takeFigures(tree: Root, stringify: (tree: Root) => string): BodyFigure[] {
  const figures: BodyFigure[] = [];
  const walk = (parent: Root | Element) => {
    parent.children.forEach((node, index) => {
      if (node.type !== "element") return;
      if (node.tagName === "figure" && "dataDiagram" in node.properties) {
        figures.push({
          diagram: String(node.properties["dataDiagram"]),
          alt: String(node.properties["dataAlt"] ?? ""),
          captionHtml: stringify({ type: "root", children: node.children }),
        });
        parent.children[index] = { type: "comment", value: FIGURE_MARK_TEXT };
      } else walk(node);
    });
  };
  walk(tree);
  return figures;
}

/** A body's HTML in the order the page shows it: runs of HTML, and the figures between them. */
export type BodyPart = { html: string } | { figure: BodyFigure };

/** Splits a body's HTML at its figure marks, putting each figure in its place. */
export function bodyParts(html: string, figures: readonly BodyFigure[]): BodyPart[] {
  const runs = html.split(FIGURE_MARK);
  if (runs.length !== figures.length + 1)
    throw new Error(`The body has ${runs.length - 1} figure marks for ${figures.length} figures.`);
  return runs.flatMap((run, i): BodyPart[] => {
    const figure = figures[i];
    return [...(run ? [{ html: run }] : []), ...(figure ? [{ figure }] : [])];
  });
}

import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visitParents } from "unist-util-visit-parents";

/**
 * Wraps every table in a focusable, named region that scrolls sideways by
 * itself, so a wide table never makes the page scroll sideways on a phone
 * (WCAG 1.4.10). It is a named `<section>` (a region landmark) because a
 * `<div role="region">` fails the HTML checks; the name comes from the
 * table's caption, else from its column headers, so the landmark says which
 * table it holds. The line breaks between rows and cells go: they are not
 * text, and the table comes out as compact as the rest of the page.
 */
export default function rehypeTableScroll() {
  return (tree: Root): undefined => {
    wrapTables(tree);
  };
}

/** Elements a table cannot be inside of (text and its inline markup), so the walk skips them. */
const PHRASING = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "a",
  "em",
  "strong",
  "code",
  "sup",
  "span",
]);

/** A plain walk (this runs on every body of the site): wraps each table and goes on past it. */
function wrapTables(parent: Root | Element): void {
  parent.children.forEach((node, index) => {
    if (node.type !== "element" || PHRASING.has(node.tagName)) return;
    if (node.tagName !== "table") {
      wrapTables(node);
      return;
    }
    dropLayoutWhitespace(node);
    parent.children[index] = {
      type: "element",
      tagName: "section",
      properties: { className: ["table-scroll"], tabIndex: 0, ariaLabel: regionName(node) },
      children: [node],
    };
  });
}

/** The parts of a table that hold only elements: whitespace between their children is just source layout. */
const STRUCTURE = new Set(["table", "thead", "tbody", "tfoot", "tr"]);

function dropLayoutWhitespace(node: Element): void {
  node.children = node.children.filter((child) => child.type !== "text" || child.value.trim() !== "");
  for (const child of node.children)
    if (child.type === "element" && STRUCTURE.has(child.tagName)) dropLayoutWhitespace(child);
}

const regionName = (table: Element): string => {
  const name = tableName(table);
  return name ? `Table: ${name}` : "Table";
};

/** The caption's text, else the first row's header cells joined with commas. */
export function tableName(table: Element): string {
  const caption = table.children.find((c): c is Element => c.type === "element" && c.tagName === "caption");
  if (caption) return toString(caption).trim();
  let headers: string[] = [];
  visitParents(table, "element", (node) => {
    if (node.tagName !== "tr") return;
    headers = node.children
      .filter((c): c is Element => c.type === "element" && c.tagName === "th")
      .map((th) => toString(th).trim())
      .filter(Boolean);
    return false;
  });
  return headers.join(", ");
}

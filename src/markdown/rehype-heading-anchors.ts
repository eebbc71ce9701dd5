import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeAutolinkHeadings from "rehype-autolink-headings";

/**
 * Adds a "#" link after every heading that has an id (rehype-slug gives them
 * one). The link is named for screen readers and ignored by the search index,
 * so "#" never shows up in results.
 */
export default function rehypeHeadingAnchors() {
  return rehypeAutolinkHeadings({
    behavior: "append",
    properties: (heading: Readonly<Element>) => ({
      className: ["heading-anchor"],
      ariaLabel: `Link to the section “${toString(heading as Element).trim()}”`,
      dataPagefindIgnore: "",
    }),
    content: {
      type: "element",
      tagName: "span",
      properties: { ariaHidden: "true" },
      children: [{ type: "text", value: "#" }],
    },
  }) as (tree: Root) => undefined;
}

import type { Element } from "hast";
import { toString } from "hast-util-to-string";
import rehypeAutolinkHeadings from "rehype-autolink-headings";

/**
 * Puts a "#" link after every heading that has an id (rehype-slug gives them
 * one), both in a wrapper. The link sits outside the heading so that a screen
 * reader's list of headings reads just the heading; it is named for screen
 * readers and ignored by the search index, so "#" never shows up in results.
 */
export default function rehypeHeadingAnchors() {
  return rehypeAutolinkHeadings({
    behavior: "after",
    group: (heading: Readonly<Element>): Element => ({
      type: "element",
      tagName: "div",
      properties: { className: ["heading-wrapper", `heading-wrapper-${heading.tagName}`] },
      children: [],
    }),
    properties: (heading: Readonly<Element>) => ({
      className: ["heading-anchor"],
      ariaLabel: `Link to the section “${toString(heading).trim()}”`,
      dataPagefindIgnore: "",
    }),
    content: {
      type: "element",
      tagName: "span",
      properties: { ariaHidden: "true" },
      children: [{ type: "text", value: "#" }],
    },
  });
}

/**
 * Typographic quotes, dashes and ellipses, as remark-smartypants 3.0.3 (MIT)
 * makes them, with the same retext-smartypants steps and the same output, but
 * without its cost on text that has nothing to change: remark-smartypants runs
 * retext's natural-language parser once over the page's text for the quotes,
 * and then again over every text node for dashes, ellipses and backticks, a
 * fifth of the MDX compiler's time in a build. Here the second pass runs only
 * on text that holds "--", "..", ". .", "``" or "''", the only text it can
 * change.
 */
import type { Nodes, Root } from "mdast";
import { retext } from "retext";
import retextSmartypants from "retext-smartypants";
import { visit } from "unist-util-visit";

/** Blocks whose text starts fresh: a quote at their start is always an opening one. */
const BLOCK_NODES = new Set(["paragraph", "heading", "tableCell"]);
/** Literal nodes whose text takes part: inline code counts for quote pairing but is never changed. */
const LITERAL_NODES = new Set(["text", "inlineCode"]);
const IGNORED_HTML_ELEMENTS = new Set(["style", "script"]);

/** Text the second pass (dashes, ellipses, backticks) can change. */
const HAS_DASH_DOTS_OR_BACKTICKS = /--|\.\s*\.|``|''/;

type Literal = Extract<Nodes, { value: string }>;

export default function remarkSmartPunctuation() {
  const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
  const dashesAndDots = retext().use(retextSmartypants, { quotes: false });
  return (tree: Root) => {
    let allText = "";
    const nodes: Nodes[] = [];
    visit(tree, (node, _index, parent) => {
      if (!parent) return;
      if (
        parent.type === "mdxJsxTextElement" &&
        (typeof parent.name !== "string" || IGNORED_HTML_ELEMENTS.has(parent.name))
      )
        return;
      if (LITERAL_NODES.has(node.type)) {
        const { type, value } = node as Literal;
        // Inline code keeps its place in the sentence without its quotes being read.
        allText += type === "text" ? value : "A".repeat(value.length);
        nodes.push(node);
      } else if (BLOCK_NODES.has(node.type)) {
        // A space, so that a quote at the start of a block reads as an opening one.
        allText += " ";
        nodes.push(node);
      }
    });
    if (/["']/.test(allText)) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (BLOCK_NODES.has(node.type)) {
        start += 1;
        continue;
      }
      const literal = node as Literal;
      const end = start + literal.value.length;
      if (literal.type === "text") {
        const text = allText.slice(start, end);
        literal.value = HAS_DASH_DOTS_OR_BACKTICKS.test(text)
          ? dashesAndDots.processSync(text).toString()
          : text;
      }
      start = end;
    }
  };
}

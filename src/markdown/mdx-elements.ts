import type { RootContent } from "mdast";

/**
 * Reading MDX elements (`<Figure>`, `<Cite>`, `<Term>`) in a parsed body:
 * what the body reader (body-facts.ts) collects for the content check.
 */

/** One `<Figure>` in an MDX body, as written: what the content check needs to judge it. */
export interface FigureUse {
  /** The `diagram` attribute, or undefined when missing or not a quoted string. */
  diagram: string | undefined;
  /** The `alt` attribute (the short text alternative), trimmed; undefined when missing or not a quoted string. */
  alt: string | undefined;
  /** The caption's words (the element's content), without the components in it. */
  captionText: string;
  /** Source ids cited in the caption with `<Cite id>`. */
  captionCites: string[];
}

/** An MDX element in the tree: `<Figure>`, `<Cite>`, `<Term>`… */
export type JsxElement = Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>;

export const isJsxElement = (node: { type: string }): node is JsxElement =>
  node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";

/**
 * An attribute's string value, as written: `id="x"`, or a string literal in
 * an expression, `id={"x"}`. Undefined when missing or not a plain string.
 */
export function stringAttribute(node: JsxElement, name: string): string | undefined {
  const value = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name)?.value;
  if (typeof value === "string") return value;
  const literal = value ? /^\s*(["'])([^"'\\]*)\1\s*$/.exec(value.value) : null;
  return literal?.[2];
}

/** The text of a caption, and the ids of the `<Cite>`s in it. */
function readCaption(nodes: readonly RootContent[], out: { text: string[]; cites: string[] }): void {
  for (const node of nodes) {
    if (node.type === "text" || node.type === "inlineCode") out.text.push(node.value);
    if (isJsxElement(node) && node.name === "Cite") {
      const id = stringAttribute(node, "id");
      if (id) out.cites.push(id);
    }
    if ("children" in node) readCaption(node.children, out);
  }
}

/** What a `<Figure>` element says, for the content check. */
export function readFigure(node: JsxElement): FigureUse {
  const caption = { text: [] as string[], cites: [] as string[] };
  readCaption(node.children, caption);
  return {
    diagram: stringAttribute(node, "diagram")?.trim(),
    alt: stringAttribute(node, "alt")?.trim(),
    captionText: caption.text.join("").replace(/\s+/g, " ").trim(),
    captionCites: caption.cites,
  };
}

import type { Root, RootContent } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

/**
 * The diagrams an editor can place with `<Figure diagram="…">`, each with the
 * short name that labels its scrolling region. The drawings themselves are
 * Astro components in src/components/diagrams/, keyed by these names.
 */
export const DIAGRAMS = {
  "precision-vs-personalized": "Diagram: one size for all, subgroups, one person",
  "metabolizer-spectrum": "Diagram: the metabolizer spectrum",
  "germline-vs-somatic": "Diagram: germline and somatic variants",
  "profile-to-therapy": "Diagram: from tumor profile to targeted therapy",
  "pgx-result-to-prescription": "Diagram: from a gene result to a prescription",
  "ai-tool-lifecycle": "Diagram: the life of a medical AI tool",
} as const;

export type DiagramName = keyof typeof DIAGRAMS;

export const isDiagramName = (name: string): name is DiagramName => Object.hasOwn(DIAGRAMS, name);

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
  /**
   * Whether the body imports the Figure component. It is imported where it is
   * used, not handed to every page, so the diagrams' styles load only on pages
   * that have one.
   */
  imported: boolean;
}

/** The line an MDX body needs before its first `<Figure>`. */
export const FIGURE_IMPORT = 'import Figure from "@/components/content/Figure.astro";';

type Jsx = Extract<RootContent, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>;
const isJsx = (node: { type: string }): node is Jsx =>
  node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";

function attribute(node: Jsx, name: string): string | undefined {
  const value = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name)?.value;
  return typeof value === "string" ? value.trim() : undefined;
}

/** The text of a caption, and the ids of the `<Cite>`s in it. */
function readCaption(nodes: readonly RootContent[], out: { text: string[]; cites: string[] }): void {
  for (const node of nodes) {
    if (node.type === "text" || node.type === "inlineCode") out.text.push(node.value);
    if (isJsx(node) && node.name === "Cite") {
      const id = attribute(node, "id");
      if (id) out.cites.push(id);
    }
    if ("children" in node) readCaption(node.children, out);
  }
}

function collect(nodes: readonly RootContent[], found: FigureUse[], imported: boolean): void {
  for (const node of nodes) {
    if (isJsx(node) && node.name === "Figure") {
      const caption = { text: [] as string[], cites: [] as string[] };
      readCaption(node.children, caption);
      found.push({
        diagram: attribute(node, "diagram"),
        alt: attribute(node, "alt"),
        captionText: caption.text.join("").replace(/\s+/g, " ").trim(),
        captionCites: caption.cites,
        imported,
      });
    } else if ("children" in node) {
      collect(node.children, found, imported);
    }
  }
}

const parser = unified().use(remarkParse).use(remarkMdx).freeze();

/**
 * Every `<Figure>` in an MDX body, in order. A body that does not parse yields
 * none: the link finder and the MDX compiler report its syntax error.
 */
export function figuresIn(body: string): FigureUse[] {
  if (!body.includes("<Figure")) return [];
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch {
    return [];
  }
  const imported = tree.children.some(
    (node) => node.type === "mdxjsEsm" && /\bimport\s+Figure\s+from\b/.test(node.value),
  );
  const found: FigureUse[] = [];
  collect(tree.children, found, imported);
  return found;
}

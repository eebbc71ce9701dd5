import type { Root, RootContent } from "mdast";
import { isJsxElement, readFigure, stringAttribute, type FigureUse } from "./mdx-elements";
import { isAutolinked } from "./remark-term-links";

/** What a body refers to, read from its tree after the remark plugins have run. */
export interface BodyFacts {
  /** Source ids cited with `<Cite id>`, first mention first. */
  citedIds: string[];
  /** Entry slugs the editor linked with `<Term id>`, first mention first. */
  termIds: string[];
  /** Every entry the page links to: the editor's `<Term>`s plus the mentions the term linker links, without the page itself. */
  linksTo: string[];
  /** The `<Figure>`s, in order. */
  figures: FigureUse[];
}

/**
 * One walk over a body's tree collects what the content check, the source
 * lists, the citation numbers and "Mentioned in" need. Reading the tree (not
 * the text) ignores `<Cite>` written inside code or comments.
 */
export function collectBodyFacts(tree: Root, slug: string): BodyFacts {
  const cited = new Set<string>();
  const editorTerms = new Set<string>();
  const links = new Set<string>();
  const figures: FigureUse[] = [];
  // A plain recursion in document order: it runs on every body of the site.
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (isJsxElement(node)) {
        if (node.name === "Figure") figures.push(readFigure(node));
        const id = node.name === "Cite" || node.name === "Term" ? stringAttribute(node, "id") : undefined;
        if (id !== undefined && node.name === "Cite") cited.add(id);
        else if (id !== undefined) {
          links.add(id);
          if (!isAutolinked(node)) editorTerms.add(id);
        }
      }
      if ("children" in node) walk(node.children);
    }
  };
  walk(tree.children);
  links.delete(slug);
  return { citedIds: [...cited], termIds: [...editorTerms], linksTo: [...links], figures };
}

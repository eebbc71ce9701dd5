import type { Root } from "mdast";
import { basename } from "node:path";
import { visitParents } from "unist-util-visit-parents";
import type { VFile } from "vfile";
import { importsFigure, isJsxElement, readFigure, stringAttribute, type FigureUse } from "./mdx-elements";
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
  const imported = importsFigure(tree);
  visitParents(tree, (node) => {
    if (!isJsxElement(node)) return;
    if (node.name === "Figure") figures.push(readFigure(node, imported));
    const id = node.name === "Cite" || node.name === "Term" ? stringAttribute(node, "id") : undefined;
    if (id === undefined) return;
    if (node.name === "Cite") cited.add(id);
    else {
      links.add(id);
      if (!isAutolinked(node)) editorTerms.add(id);
    }
  });
  links.delete(slug);
  return { citedIds: [...cited], termIds: [...editorTerms], linksTo: [...links], figures };
}

/** What the MDX compiler found in one file: the text it compiled and the facts. */
interface Recorded {
  source: string;
  facts: BodyFacts;
}

/**
 * Facts recorded by the MDX compiler, by absolute file path. The compiler (in
 * Astro's Vite build) and the data layer (in the prerendered pages) load this
 * module as two separate copies in one process, so the map lives on a global.
 */
const KEY = Symbol.for("precision-medicine-glossary.body-facts");
const recorded = ((globalThis as { [KEY]?: Map<string, Recorded> })[KEY] ??= new Map<string, Recorded>());

/**
 * The last remark plugin of the MDX compiler: records each body's facts, so
 * the data layer need not parse the body a second time. Its tree has been
 * through the same plugins the data layer would run (term links included).
 */
export function remarkRecordBodyFacts() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const slug = basename(file.path).replace(/\.mdx?$/, "");
    recorded.set(file.path, { source: String(file.value), facts: collectBodyFacts(tree, slug) });
  };
}

/**
 * The facts the MDX compiler recorded for a file, if it compiled exactly this
 * body. Undefined otherwise:
 * in `astro dev`, which compiles a page only when it is visited, in tests, and
 * after an edit; the caller then parses the body itself.
 */
export function recordedBodyFacts(absolutePath: string, body: string): BodyFacts | undefined {
  const found = recorded.get(absolutePath);
  // The compiler sees the frontmatter as blanks; the collection's body is trimmed.
  return found && found.source.trim() === body.trim() ? found.facts : undefined;
}

import { readFileSync } from "node:fs";
import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type PluggableList } from "unified";
import { visitParents } from "unist-util-visit-parents";
import { EditorError } from "../collections/editor-error";
import { remarkPlugins } from "../markdown/plugins";
import { isAutolinked } from "../markdown/remark-term-links";
import type { TermMatcher } from "../markdown/term-mentions";
import { importsFigure, isJsxElement, readFigure, stringAttribute, type FigureUse } from "./figures";

/** One MDX body, as the data layer knows it. */
export interface EntryBody {
  slug: string;
  body: string;
  /** The editor's file, named by errors; the term linker reads the page's slug from it. */
  filePath: string;
  /** The page's `autolink` frontmatter: `false` turns automatic term links off. */
  autolink: boolean;
}

/** What a body refers to, read from its parsed tree. */
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
 * ":line:column" of a parse error in the editor's file. The parser sees the
 * body alone, so its line is off by the frontmatter's length; the file is read
 * only on this error path, to count the lines before the body.
 */
function atFileLine(filePath: string, body: string, error: unknown): string {
  const place = error as { line?: number; column?: number };
  if (typeof place.line !== "number") return "";
  let before = 0;
  try {
    const text = readFileSync(filePath, "utf8");
    const start = text.indexOf(body);
    if (start > 0) before = text.slice(0, start).split("\n").length - 1;
  } catch {
    // The file moved or is unreadable: give the line within the body.
  }
  return `:${place.line + before}:${place.column ?? 1}`;
}

/**
 * Reads MDX bodies: the one place the data layer parses them. Each body is
 * parsed once, with the build's own MDX parser and remark plugins, and one walk
 * over the tree collects what the content check, the source lists, the
 * citation numbers and "Mentioned in" need. Reading the tree (not the text)
 * ignores `<Cite>` written inside code or comments, and the links found are
 * exactly those the term linker adds to the page (a build test checks every
 * page).
 */
export function createBodyReader(matcher: TermMatcher): (entry: EntryBody) => BodyFacts {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins(matcher) as PluggableList)
    .freeze();
  return ({ slug, body, filePath, autolink }) => {
    let tree: Root;
    try {
      // remark plugins transform an mdast Root into an mdast Root.
      tree = processor.runSync(processor.parse(body), {
        path: filePath,
        data: { astro: { frontmatter: { autolink } } },
      }) as Root;
    } catch (error) {
      throw new EditorError(
        `${filePath}${atFileLine(filePath, body, error)}: the MDX body could not be processed. ${error instanceof Error ? error.message : String(error)}\nFix: correct the MDX there: close every tag you open, and write a literal { or < in text as \\{ or &lt;. Then build again.`,
      );
    }
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
  };
}

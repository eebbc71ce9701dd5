import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type PluggableList } from "unified";
import { visitParents } from "unist-util-visit-parents";
import { remarkPlugins } from "../markdown/plugins";
import type { TermMatcher } from "../markdown/term-names";

/** One MDX body, as the data layer knows it. */
export interface EntryBody {
  slug: string;
  body: string;
  /** The editor's file, named by parse errors; the term linker reads the page's slug from it. */
  filePath: string;
  /** The page's `autolink` frontmatter: `false` turns automatic term links off. */
  autolink: boolean;
}

/**
 * Finds the entries each page links to, by running the build's own MDX parser
 * and remark plugins over its body and reading the `<Term>` links that result:
 * the editor's own and those the term linker adds. Backlinks ("Mentioned in")
 * are the reverse of this, so they agree with the links on the pages (a build
 * test checks every page).
 */
export function createLinkFinder(matcher: TermMatcher): (entry: EntryBody) => string[] {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins({ matcher }) as PluggableList)
    .freeze();
  return ({ slug, body, filePath, autolink }) => {
    const slugs = new Set<string>();
    try {
      // remark plugins transform an mdast Root into an mdast Root.
      const tree = processor.runSync(processor.parse(body), {
        path: filePath,
        data: { astro: { frontmatter: { autolink } } },
      }) as Root;
      visitParents(tree, (node) => {
        if (
          (node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") &&
          node.name === "Term"
        ) {
          const id = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
          if (typeof id === "string") slugs.add(id);
        }
      });
    } catch (error) {
      throw new Error(`${filePath}: the MDX body could not be processed. ${String(error)}`, { cause: error });
    }
    slugs.delete(slug);
    return [...slugs];
  };
}

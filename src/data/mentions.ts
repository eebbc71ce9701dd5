import { readFileSync } from "node:fs";
import { EditorError } from "../content/editor-error";
import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type PluggableList } from "unified";
import { visitParents } from "unist-util-visit-parents";
import { remarkPlugins } from "../markdown/plugins";
import type { TermMatcher } from "../markdown/term-names";

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
      throw new EditorError(
        `${filePath}${atFileLine(filePath, body, error)}: the MDX body could not be processed. ${error instanceof Error ? error.message : String(error)}\nFix: correct the MDX there: close every tag you open, and write a literal { or < in text as \\{ or &lt;. Then build again.`,
      );
    }
    slugs.delete(slug);
    return [...slugs];
  };
}

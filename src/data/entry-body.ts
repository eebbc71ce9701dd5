import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type PluggableList } from "unified";
import { EditorError } from "../collections/editor-error";
import { remarkPlugins } from "../markdown/plugins";
import { collectBodyFacts, recordedBodyFacts, type BodyFacts } from "../markdown/body-facts";
import type { TermMatcher } from "../markdown/term-mentions";

/** One MDX body, as the data layer knows it. */
export interface EntryBody {
  slug: string;
  body: string;
  /** The editor's file, named by errors; the term linker reads the page's slug from it. */
  filePath: string;
  /** The page's `autolink` frontmatter: `false` turns automatic term links off. */
  autolink: boolean;
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
 * Reads MDX bodies: what each refers to, from one parse. In a build the MDX
 * compiler has already parsed every body and recorded its facts
 * (src/markdown/body-facts.ts), so nothing is parsed twice; otherwise the body
 * is parsed here with the same MDX parser and remark plugins. Either way the
 * links found are exactly those the term linker adds to the page (a build test
 * checks every page).
 */
export function createBodyReader(matcher: TermMatcher): (entry: EntryBody) => BodyFacts {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins(matcher) as PluggableList)
    .freeze();
  return ({ slug, body, filePath, autolink }) => {
    const recorded = recordedBodyFacts(resolve(filePath), body);
    if (recorded) return recorded;
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
    return collectBodyFacts(tree, slug);
  };
}

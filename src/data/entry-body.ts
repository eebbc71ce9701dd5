import type { MarkdownHeading } from "astro";
import type { Root } from "mdast";
import rehypeStringify from "rehype-stringify";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { VFile } from "vfile";
import { EditorError } from "../collections/editor-error";
import { collectBodyFacts, type BodyFacts } from "../markdown/body-facts";
import { collectHeadings, takeFigures, type BodyFigure } from "../markdown/body-html";
import type { EntryHead } from "../markdown/entry-names";
import { mdxHandlers, type BodyContext } from "../markdown/mdx-to-hast";
import { rehypePlugins, remarkPlugins } from "../markdown/plugins";
import { TermMatcher } from "../markdown/term-mentions";
import { siteConfig } from "../site.config";
import { numberCitations, referenceAnchor } from "./citation-numbers";
import { entryPath, withBase } from "./urls";

/** One MDX body, as the loader hands it over. */
export interface EntryBody {
  slug: string;
  /**
   * The file's text with its frontmatter blanked out (spaces and line breaks
   * kept), so that the line of an error is the line in the editor's file.
   */
  body: string;
  /** The editor's file, named by errors; the term linker reads the page's slug from it. */
  filePath: string;
  /** The page's `autolink` frontmatter: `false` turns automatic term links off. */
  autolink: boolean;
}

/** A body, rendered: its HTML, what it refers to, and what the page builds around it. */
export interface RenderedBody {
  /** The HTML, with a mark where each figure goes (src/markdown/body-html.ts). */
  html: string;
  headings: MarkdownHeading[];
  facts: BodyFacts;
  figures: BodyFigure[];
}

/** What an editor should do about a body the MDX parser cannot read. */
const MDX_FIX =
  'Fix: correct the MDX there: close every tag you open (<Term id="…">…</Term>, <Cite id="…" /> with its slash), and write a literal { or < in text as \\{ or &lt;. Then build again.';

/**
 * Renders entry bodies to HTML, in one pass per body: MDX is parsed, the
 * remark plugins run (term links included), what the body refers to is read
 * from that tree, and the same tree becomes HTML. The site's MDX has no
 * JavaScript, only a few elements (src/markdown/mdx-to-hast.ts), so a body
 * needs no compiled module: the content layer stores its HTML, as Astro does
 * for Markdown. The facts are exactly the links the page shows, so "Mentioned
 * in" agrees with the pages.
 */
export function createBodyRenderer(heads: readonly EntryHead[], matcher = new TermMatcher(heads)) {
  const toMdast = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins(matcher) as PluggableList)
    .freeze();
  const toHtml = unified()
    .use(remarkRehype, { handlers: mdxHandlers })
    .use(rehypePlugins)
    // Named references and a plain apostrophe in attributes: the same HTML Astro writes.
    .use(rehypeStringify, {
      characterReferences: { useNamedReferences: true },
      allowDangerousCharacters: true,
    })
    .freeze();
  // Each entry's link, made once: a large glossary has tens of thousands of term links.
  const links = new Map(
    heads.map((head) => [
      head.slug,
      {
        href: withBase(entryPath(head.kind, head.slug), siteConfig.base),
        title: head.title,
        summary: head.summary,
      },
    ]),
  );
  const termLink: BodyContext["termLink"] = (slug) => links.get(slug);

  return ({ slug, body, filePath, autolink }: EntryBody): RenderedBody => {
    const file = new VFile({ path: filePath, value: body, data: { astro: { frontmatter: { autolink } } } });
    let tree: Root;
    try {
      // remark plugins transform an mdast Root into an mdast Root.
      tree = toMdast.runSync(toMdast.parse(file), file) as Root;
    } catch (error) {
      if (error instanceof EditorError) throw error;
      const place = error as { line?: number; column?: number };
      const at = typeof place.line === "number" ? `:${place.line}:${place.column ?? 1}` : "";
      throw new EditorError(
        `${filePath}${at}: the MDX body could not be read. ${error instanceof Error ? error.message : String(error)}\n${MDX_FIX}`,
      );
    }
    const facts = collectBodyFacts(tree, slug);
    const numbers = numberCitations(facts.citedIds);
    const context: BodyContext = { citationNumber: (id) => numbers.get(id) ?? 0, referenceAnchor, termLink };
    (file.data as { bodyContext?: BodyContext }).bodyContext = context;
    const hast = toHtml.runSync(tree, file);
    const figures = takeFigures(hast, (caption) => toHtml.stringify(caption));
    return { html: toHtml.stringify(hast, file), headings: collectHeadings(hast), facts, figures };
  };
}

/**
 * What the entry loader keeps of a rendered body in the content store: all but
 * the HTML, which it writes to a file. Astro puts the whole store into the
 * build's JavaScript as one string, so bodies in it would make a module of
 * ~30 KB per entry to parse, compile and hold in memory (97 MB at 3,000 entries).
 */
export type StoredBody = Omit<RenderedBody, "html"> & {
  /** The file holding the body's HTML. */
  htmlFile: string;
};

/** The stored body of an entry (src/collections/entry-loader.ts puts it in `rendered.metadata`). */
export function storedBody(entry: {
  id: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}): StoredBody {
  const metadata = entry.rendered?.metadata;
  if (typeof metadata?.["htmlFile"] !== "string")
    throw new Error(`Entry "${entry.id}" has no rendered body: entries must be loaded by entryLoader().`);
  return metadata as StoredBody;
}

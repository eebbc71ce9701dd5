import type { Data, Parent, PhrasingContent, Root, Text } from "mdast";
import { basename } from "node:path";
import type { VFile } from "vfile";
import type { TermMatcher } from "./term-mentions";

/** Text inside these is never linked: headings, existing links, code, and any MDX component (`<Cite>`, `<Term>`, `<NoTermLink>`). */
const IGNORED_ANCESTORS = new Set([
  "heading",
  "link",
  "linkReference",
  "inlineCode",
  "code",
  "definition",
  "mdxJsxTextElement",
  "mdxJsxFlowElement",
]);

/**
 * `<Term id="…">text</Term>`: the same element editors write by hand, marked
 * as added here so that readers of the tree can tell it from the editor's own.
 */
function termElement(slug: string, text: string): PhrasingContent {
  return {
    type: "mdxJsxTextElement",
    name: "Term",
    attributes: [{ type: "mdxJsxAttribute", name: "id", value: slug }],
    children: [{ type: "text", value: text }],
    // mdast leaves `data` open for plugins to extend.
    data: { autolinked: true } as Data,
  };
}

/** Whether a `<Term>` element was added by the term linker rather than written by the editor. */
export const isAutolinked = (node: { data?: object | undefined }): boolean =>
  (node.data as { autolinked?: unknown } | undefined)?.autolinked === true;

/**
 * Links the first mention of each known term or alias on a page to its entry.
 * Skips the entry's own page, and pages whose frontmatter says `autolink: false`.
 */
export default function remarkTermLinks(matcher: TermMatcher) {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { autolink?: unknown } } }).astro
      ?.frontmatter;
    if (frontmatter?.autolink === false) return;
    const ownSlug = file.path ? basename(file.path).replace(/\.mdx?$/, "") : "";
    // Entries the editor already linked with <Term id> count as linked: one link per entry and page.
    const linked = new Set<string>([ownSlug]);
    const texts: Array<{ parent: { children: PhrasingContent[] }; node: Text }> = [];
    // One walk finds the editor's <Term>s and the text that may be linked, in document order. A plain
    // recursion that only tracks whether an ignored ancestor is open: no ancestor list per node.
    const walk = (parent: Parent, ignored: boolean) => {
      for (const node of parent.children) {
        if (
          (node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") &&
          node.name === "Term"
        ) {
          const id = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
          if (typeof id === "string") linked.add(id);
        }
        if (node.type === "text" && !ignored)
          texts.push({ parent: parent as unknown as { children: PhrasingContent[] }, node });
        else if ("children" in node) walk(node, ignored || IGNORED_ANCESTORS.has(node.type));
      }
    };
    walk(tree, false);
    const edits: Array<{ parent: { children: PhrasingContent[] }; node: Text; parts: PhrasingContent[] }> =
      [];
    for (const { parent, node } of texts) {
      const parts: PhrasingContent[] = [];
      let cursor = 0;
      for (const { start, end, name } of matcher.mentions(node.value)) {
        if (linked.has(name.slug)) continue;
        linked.add(name.slug);
        if (start > cursor) parts.push({ type: "text", value: node.value.slice(cursor, start) });
        parts.push(termElement(name.slug, node.value.slice(start, end)));
        cursor = end;
      }
      if (parts.length === 0) continue;
      if (cursor < node.value.length) parts.push({ type: "text", value: node.value.slice(cursor) });
      edits.push({ parent, node, parts });
    }
    // Replace after the walk, so the walk never sees the nodes it made.
    for (const { parent, node, parts } of edits)
      parent.children.splice(parent.children.indexOf(node), 1, ...parts);
  };
}

import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { describe, expect, it } from "vitest";
import { readEntryNames } from "@/markdown/entry-names";
import { rehypePlugins, remarkPlugins } from "@/markdown/plugins";
import { TermMatcher } from "@/markdown/term-mentions";

/** The plugin chain the site's Markdown processor runs (astro.config.mjs uses the same lists). */
async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkPlugins(new TermMatcher(readEntryNames("tests/fixtures/term-links"))) as PluggableList)
    .use(remarkRehype)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe("heading anchors", () => {
  it("gives every heading an id and, beside it, a named link that search ignores", async () => {
    const html = await render("## Who uses the term?\n\ntext");
    expect(html).toContain(
      '<div class="heading-wrapper heading-wrapper-h2"><h2 id="who-uses-the-term">Who uses the term?</h2><a',
    );
    expect(html).toContain('href="#who-uses-the-term"');
    expect(html).toContain('aria-label="Link to the section “Who uses the term?”"');
    expect(html).toContain("data-pagefind-ignore");
    expect(html).toContain('<span aria-hidden="true">#</span>');
  });

  it("keeps ids unique when two headings share their text", async () => {
    const html = await render("## Example\n\n## Example");
    expect(html).toContain('id="example"');
    expect(html).toContain('id="example-1"');
  });
});

describe("GFM", () => {
  it("renders tables and footnotes", async () => {
    const html = await render("| a | b |\n|---|---|\n| 1 | 2 |\n\nClaim.[^1]\n\n[^1]: A note.");
    expect(html).toContain("<table>");
    expect(html).toContain("<td>1</td>");
    expect(html).toContain("data-footnote-ref");
    expect(html).toContain('<section data-footnotes class="footnotes">');
  });
});

describe("table scroll regions", () => {
  it("wraps a table in a focusable region named by its column headers", async () => {
    const html = await render("| Gene | Drug |\n|---|---|\n| CYP2D6 | codeine |");
    expect(html).toMatch(
      /^<section class="table-scroll" tabindex="0" aria-label="Table: Gene, Drug"><table>[\s\S]*<\/table><\/section>$/,
    );
  });

  it("wraps each of several tables once", async () => {
    const html = await render("| a |\n|---|\n| 1 |\n\ntext\n\n| b |\n|---|\n| 2 |");
    expect(html.match(/<section class="table-scroll"/g)).toHaveLength(2);
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('aria-label="Table: a"');
    expect(html).toContain('aria-label="Table: b"');
  });
});

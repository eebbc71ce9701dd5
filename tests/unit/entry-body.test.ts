import { describe, expect, it } from "vitest";
import { createBodyRenderer } from "@/data/entry-body";
import { bodyParts } from "@/markdown/body-html";
import type { EntryHead } from "@/markdown/entry-names";

const heads: EntryHead[] = [
  { kind: "term", slug: "cyp2d6", title: "CYP2D6", aliases: [], summary: "A liver enzyme gene." },
  {
    kind: "concept",
    slug: "pharmacogenomics",
    title: "Pharmacogenomics",
    aliases: ["PGx"],
    summary: "How genes shape a person's response to drugs.",
  },
];
const render = createBodyRenderer(heads);
const renderBody = (body: string, autolink = true) =>
  render({ slug: "page", body, filePath: "terms/page.mdx", autolink });

describe("createBodyRenderer: one parse yields every reference in a body", () => {
  it("finds <Cite> and <Term> ids in order, once each, with either quote style or a string expression", () => {
    const { facts } = renderBody(
      `A.<Cite id="nhgri" /> B <Term id='cyp2d6'>the gene</Term>.<Cite id={"fda"}/> <Cite id="nhgri" />`,
    );
    expect(facts.citedIds).toEqual(["nhgri", "fda"]);
    expect(facts.termIds).toEqual(["cyp2d6"]);
  });

  it("ignores components written inside inline code, code blocks and comments", () => {
    const { facts, html } = renderBody(
      [
        'Write `<Cite id="in-code" />` to cite.',
        "",
        "```mdx",
        '<Term id="in-block">x</Term>',
        "```",
        "",
        '{/* <Cite id="in-comment" /> */}',
        "",
        'Real.<Cite id="real" />',
      ].join("\n"),
    );
    expect(facts.citedIds).toEqual(["real"]);
    expect(facts.termIds).toEqual([]);
    expect(html).toContain('<code>&lt;Cite id="in-code" /></code>');
    expect(html).not.toContain("in-comment");
  });

  it("tells the editor's <Term> links from the mentions the term linker adds", () => {
    const { facts } = renderBody('About PGx and <Term id="cyp2d6">the gene</Term>.');
    expect(facts.termIds).toEqual(["cyp2d6"]);
    expect(facts.linksTo).toEqual(["pharmacogenomics", "cyp2d6"]);
    expect(renderBody("About PGx.", false).facts.linksTo).toEqual([]);
  });
});

describe("createBodyRenderer: the HTML", () => {
  it("numbers citations by first use and links each to its reference, kept on the line by a word joiner", () => {
    const { html } = renderBody('One.<Cite id="b" /> Two.<Cite id="a" /> Three.<Cite id="b" />');
    expect(html).toBe(
      [
        "<p>One.",
        '<sup class="cite" data-pagefind-ignore>\u2060<a class="cite-marker" href="#ref-b" data-preview-ref="ref-b" data-preview-title="Source 1">[<span class="visually-hidden">Source </span>1]</a></sup>',
        " Two.",
        '<sup class="cite" data-pagefind-ignore>\u2060<a class="cite-marker" href="#ref-a" data-preview-ref="ref-a" data-preview-title="Source 2">[<span class="visually-hidden">Source </span>2]</a></sup>',
        " Three.",
        '<sup class="cite" data-pagefind-ignore>\u2060<a class="cite-marker" href="#ref-b" data-preview-ref="ref-b" data-preview-title="Source 1">[<span class="visually-hidden">Source </span>1]</a></sup>',
        "</p>",
      ].join(""),
    );
  });

  it("links terms with the preview's title and summary; the text defaults to the entry's title", () => {
    const { html } = renderBody('See <Term id="cyp2d6" /> and <Term id="pharmacogenomics">PGx</Term>.');
    expect(html).toBe(
      '<p>See <a class="term-link" href="/glossary/cyp2d6/" data-preview-title="CYP2D6" data-preview-summary="A liver enzyme gene.">CYP2D6</a>' +
        ' and <a class="term-link" href="/concepts/pharmacogenomics/" data-preview-title="Pharmacogenomics" data-preview-summary="How genes shape a person\'s response to drugs.">PGx</a>.</p>',
    );
  });

  it("keeps the words of a <Term> whose slug is unknown (the content check reports it) and of <NoTermLink>", () => {
    expect(renderBody('A <Term id="nope">lost link</Term>, <NoTermLink>PGx</NoTermLink>.').html).toBe(
      "<p>A lost link, PGx.</p>",
    );
  });

  it("gives headings ids and anchors, and reports them for the table of contents", () => {
    const { html, headings } = renderBody("## What it is\n\nText.\n\n### A detail");
    expect(html).toContain('<h2 id="what-it-is">What it is</h2><a class="heading-anchor"');
    expect(headings).toEqual([
      { depth: 2, slug: "what-it-is", text: "What it is" },
      { depth: 3, slug: "a-detail", text: "A detail" },
    ]);
  });

  it("takes each figure out of the HTML with its rendered caption, for the page to draw it in place", () => {
    const { html, figures } = renderBody(
      'Before.\n\n<Figure diagram="metabolizer-spectrum" alt="Four bars.">\nThe spectrum.<Cite id="a" />\n</Figure>\n\nAfter.',
    );
    expect(figures).toEqual([
      {
        diagram: "metabolizer-spectrum",
        alt: "Four bars.",
        captionHtml: expect.stringMatching(
          /^<p>The spectrum\.<sup class="cite".*Source <\/span>1\]<\/a><\/sup><\/p>$/,
        ),
      },
    ]);
    const parts = bodyParts(html, figures);
    expect(parts).toEqual([
      { html: "<p>Before.</p>\n" },
      { figure: figures[0] },
      { html: "\n<p>After.</p>" },
    ]);
  });
});

describe("createBodyRenderer: what an editor gets wrong", () => {
  it("names the file, line and column when the body does not parse, and ends with a fix", () => {
    expect(() => renderBody("An <span>unclosed tag.")).toThrow(
      /^terms\/page\.mdx:1:\d+: the MDX body could not be read\..*\nFix: correct the MDX there/s,
    );
  });

  it("refuses an element it does not know, naming the ones it does", () => {
    expect(() => renderBody("Text.\n\n<Chart />")).toThrow(
      /^terms\/page\.mdx:3:1: <Chart> is not an element this site knows\.\nFix: use Markdown, or one of <Cite>, <Term>, <NoTermLink>, <Figure>/,
    );
  });

  it("refuses a <Cite> without an id", () => {
    expect(() => renderBody("Claim.<Cite />")).toThrow(/^terms\/page\.mdx:1:7: <Cite> has no id="…"\.\nFix:/);
  });

  it("refuses import lines and expressions, which entries do not need", () => {
    expect(() => renderBody('import Figure from "x";\n\nText.')).toThrow(
      /^terms\/page\.mdx:1:1: an entry body takes no import or export lines\.\nFix: delete the line/,
    );
    expect(() => renderBody("Costs {1 + 1} dollars.")).toThrow(
      /^terms\/page\.mdx:1:7: curly braces start a JavaScript expression.*\nFix: write a literal \{ or \} in text as \\\{/s,
    );
  });
});

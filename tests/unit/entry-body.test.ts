import { compile } from "@mdx-js/mdx";
import type { PluggableList } from "unified";
import { describe, expect, it } from "vitest";
import { createBodyReader } from "@/data/entry-body";
import { recordedBodyFacts, remarkRecordBodyFacts } from "@/markdown/body-facts";
import { remarkPlugins } from "@/markdown/plugins";
import { TermMatcher } from "@/markdown/term-mentions";

const readBody = createBodyReader(
  new TermMatcher([
    { slug: "cyp2d6", title: "CYP2D6", aliases: [] },
    { slug: "pharmacogenomics", title: "Pharmacogenomics", aliases: ["PGx"] },
  ]),
);
const read = (body: string, autolink = true) =>
  readBody({ slug: "page", body, filePath: "terms/page.mdx", autolink });

describe("createBodyReader: one parse yields every reference in a body", () => {
  it("finds <Cite> and <Term> ids in order, once each, with either quote style or a string expression", () => {
    const facts = read(
      `A.<Cite id="nhgri" /> B <Term id='cyp2d6'>the gene</Term>.<Cite id={"fda"}/> <Cite id="nhgri" />`,
    );
    expect(facts.citedIds).toEqual(["nhgri", "fda"]);
    expect(facts.termIds).toEqual(["cyp2d6"]);
  });

  it("ignores components written inside inline code, code blocks and comments", () => {
    const facts = read(
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
  });

  it("tells the editor's <Term> links from the mentions the term linker adds", () => {
    const facts = read('About PGx and <Term id="cyp2d6">the gene</Term>.');
    expect(facts.termIds).toEqual(["cyp2d6"]);
    expect(facts.linksTo).toEqual(["pharmacogenomics", "cyp2d6"]);
    expect(read("About PGx.", false).linksTo).toEqual([]);
  });

  it("names the file when the body does not parse", () => {
    expect(() => read("An <span>unclosed tag.")).toThrow(/^terms\/page\.mdx.*could not be processed/);
  });
});

describe("facts recorded by the MDX compiler", () => {
  const path = "/content/terms/recorded-page.mdx";
  const body = 'About PGx.<Cite id="fda" />\n';
  const compileRecording = (source: string) =>
    compile(
      { value: source, path, data: { astro: { frontmatter: {} } } },
      {
        remarkPlugins: [
          ...(remarkPlugins(
            new TermMatcher([{ slug: "pharmacogenomics", title: "Pharmacogenomics", aliases: ["PGx"] }]),
          ) as PluggableList),
          remarkRecordBodyFacts,
        ],
      },
    );

  it("serve the data layer when the compiler saw the same body, with the frontmatter blanked", async () => {
    await compileRecording(`   \n   \n${body}`);
    expect(recordedBodyFacts(path, body.trim())).toEqual({
      citedIds: ["fda"],
      termIds: [],
      linksTo: ["pharmacogenomics"],
      figures: [],
    });
  });

  it("are not used for a body that has changed since, or for another file", async () => {
    await compileRecording(body);
    expect(recordedBodyFacts(path, "About PGx, edited.")).toBeUndefined();
    expect(recordedBodyFacts("/content/terms/other.mdx", body)).toBeUndefined();
  });
});

import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBodyRenderer } from "@/data/entry-body";
import { readEntryNames } from "@/markdown/entry-names";
import { TermMatcher } from "@/markdown/term-mentions";

const entries = [
  { slug: "precision-medicine", title: "Precision medicine", aliases: [] },
  { slug: "precision-oncology", title: "Precision oncology", aliases: [] },
  { slug: "pharmacogenomics", title: "Pharmacogenomics", aliases: ["PGx"] },
  { slug: "cyp2d6", title: "CYP2D6", aliases: ["CYP 2D6", "2D6"] },
  { slug: "artificial-intelligence", title: "Artificial intelligence", aliases: ["AI"] },
  { slug: "cpic", title: "CPIC (Clinical Pharmacogenetics Implementation Consortium)", aliases: [] },
];
const matcher = new TermMatcher(entries);
const found = (text: string) =>
  [...matcher.mentions(text)].map((m) => [text.slice(m.start, m.end), m.name.slug]);

describe("TermMatcher", () => {
  it("prefers the longest name and matches whole words only", () => {
    expect(found("Precision oncology is part of precision medicine.")).toEqual([
      ["Precision oncology", "precision-oncology"],
      ["precision medicine", "precision-medicine"],
    ]);
    expect(found("pharmacogenomicsx and xPGx")).toEqual([]);
  });

  it("matches acronyms and gene symbols only as written", () => {
    expect(found("AI helps; ai does not; PGx and pgx; CYP2D6 and cyp2d6")).toEqual([
      ["AI", "artificial-intelligence"],
      ["PGx", "pharmacogenomics"],
      ["CYP2D6", "cyp2d6"],
    ]);
  });

  it("does not match a name that is part of a dotted name, but does at the end of a sentence", () => {
    expect(found("The model Hubble.2D6 and the allele CYP2D6.1 differ.")).toEqual([]);
    expect(found("It names CYP2D6. Then PGx.")).toEqual([
      ["CYP2D6", "cyp2d6"],
      ["PGx", "pharmacogenomics"],
    ]);
  });

  it("also knows a title without its parenthetical part", () => {
    expect(found("CPIC publishes guidelines.")).toEqual([["CPIC", "cpic"]]);
  });

  it("matches a name typed with a straight apostrophe in text whose quotes were curled", () => {
    const crohns = new TermMatcher([{ slug: "crohns-disease", title: "Crohn's disease", aliases: [] }]);
    const text = "People with Crohn’s disease.";
    expect([...crohns.mentions(text)].map((m) => text.slice(m.start, m.end))).toEqual(["Crohn’s disease"]);
  });
});

const fixtureHeads = readEntryNames("tests/fixtures/term-links");
const renderFixture = createBodyRenderer(fixtureHeads);

/** Renders MDX as an entry page's body, with the fixture's entries, and returns its HTML. */
function renderWith(mdx: string, path = "content/terms/other.mdx", frontmatter: { autolink?: boolean } = {}) {
  const slug = path.replace(/^.*\//, "").replace(/\.mdx$/, "");
  return renderFixture({ slug, body: mdx, filePath: path, autolink: frontmatter.autolink !== false }).html;
}

describe("remarkTermLinks", () => {
  it("links the first mention of each term, and only the first", () => {
    const out = renderWith("Alpha term here. Alpha term again. And AT.");
    expect(out.match(/href="\/glossary\/alpha-term\/"/g)).toHaveLength(1);
  });

  it("never links inside headings, links, code or components", () => {
    const out = renderWith(
      '## Alpha term\n\n[Alpha term](/x/) `Alpha term` <NoTermLink>Alpha term</NoTermLink> <Cite id="x" />',
    );
    expect(out).not.toContain('href="/glossary/alpha-term/"');
  });

  it("does not link a mention of an entry the editor already linked with <Term>", () => {
    const out = renderWith('Alpha term here. Later <Term id="alpha-term">the alpha entry</Term>.');
    expect(out.match(/href="\/glossary\/alpha-term\/"/g)).toHaveLength(1);
  });

  it("does not link an entry to itself", () => {
    const out = renderWith("Alpha term is this page.", "content/terms/alpha-term.mdx");
    expect(out).not.toContain('href="/glossary/alpha-term/"');
  });

  it("respects a page's `autolink: false`", () => {
    const out = renderWith("Alpha term here.", "content/terms/other.mdx", { autolink: false });
    expect(out).not.toContain('href="/glossary/alpha-term/"');
  });
});

describe("createBodyRenderer: links", () => {
  const render = createBodyRenderer(entries.map((e) => ({ ...e, kind: "term" as const, summary: "" })));
  const findLinks = (entry: Parameters<typeof render>[0]) => render(entry).facts.linksTo;
  const body = [
    "## CYP2D6",
    "",
    'About PGx.<Cite id="x" /> <Term id="cpic">the consortium</Term> <NoTermLink>AI</NoTermLink>',
    "",
    "`CYP 2D6` in code and [precision oncology](/x/) in a link.",
    "",
    "{/* Precision medicine in a comment */}",
  ].join("\n");

  it("finds the editor's <Term> links and the mentions the term linker links, nothing it skips", () => {
    expect(findLinks({ slug: "x", body, filePath: "terms/x.mdx", autolink: true })).toEqual([
      "pharmacogenomics",
      "cpic",
    ]);
  });

  it("links, on the page and in its facts alike, a name whose apostrophe smart punctuation curls", () => {
    const crohns = createBodyRenderer([
      { kind: "term", slug: "crohns-disease", title: "Crohn's disease", aliases: [], summary: "" },
    ]);
    const { html, facts } = crohns({
      slug: "x",
      body: "People with Crohn's disease.",
      filePath: "terms/x.mdx",
      autolink: true,
    });
    expect(html).toContain('href="/glossary/crohns-disease/"');
    expect(facts.linksTo).toEqual(["crohns-disease"]);
  });

  it("finds only the editor's own links on a page with `autolink: false`, and never the page itself", () => {
    expect(findLinks({ slug: "cpic", body, filePath: "terms/cpic.mdx", autolink: false })).toEqual([]);
    expect(findLinks({ slug: "x", body, filePath: "terms/x.mdx", autolink: false })).toEqual(["cpic"]);
  });

  it("names the file when the MDX body cannot be parsed", () => {
    expect(() =>
      findLinks({ slug: "x", body: '<Term id="cpic">unclosed', filePath: "terms/x.mdx", autolink: true }),
    ).toThrow(/^terms\/x\.mdx:1:\d+: the MDX body could not be read\..*Fix:/s);
  });
});

describe("readEntryNames", () => {
  it("fails naming the missing folder and the fix, rather than linking nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "entry-names-"));
    mkdirSync(join(dir, "terms"));
    expect(() => readEntryNames(dir)).toThrow(
      /concepts: the folder for concepts is missing[\s\S]*\nFix: create it/,
    );
  });
});

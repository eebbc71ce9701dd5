import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/data/entry";
import { createBodyRenderer } from "@/data/entry-body";
import { closest, findContentProblems, formatContentProblems, type GlossaryInput } from "@/data/validate";

function entry(slug: string, overrides: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    kind: "term",
    slug,
    title: slug,
    summary: `About ${slug}.`,
    aliases: [],
    related: [],
    broader: ["root"],
    listedSourceIds: ["src-a"],
    citedIds: [],
    termIds: [],
    figures: [],
    linksTo: [],
    reviewed: new Date("2026-01-01"),
    updates: [],
    filePath: `content/terms/${slug}.mdx`,
    path: `/glossary/${slug}/`,
    ...overrides,
  };
}

/** The concept every test entry sits under, so that each test sees only its own defect. */
const root = entry("root", { kind: "concept", broader: [], filePath: "content/concepts/root.mdx" });

const input = (entries: GlossaryEntry[], extra: Partial<GlossaryInput> = {}): GlossaryInput => ({
  entries: [root, ...entries],
  sourceIds: ["src-a", "src-b"],
  records: [],
  ...extra,
});

describe("findContentProblems", () => {
  it("accepts consistent content", () => {
    const problems = findContentProblems(
      input([entry("alpha", { related: ["beta"], aliases: ["A1"] }), entry("beta", { citedIds: ["src-b"] })]),
    );
    expect(problems).toEqual([]);
  });

  it("names the file, the field and a close match for an unknown related slug", () => {
    const [problem, ...rest] = findContentProblems(
      input([entry("alpha", { related: ["bta"] }), entry("beta")]),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: "content/terms/alpha.mdx", field: "related" });
    expect(problem?.message).toContain('"bta"');
    expect(problem?.message).toContain('did you mean "beta"');
    expect(problem?.fix).toContain("create content/terms/bta.mdx");
  });

  it("rejects an entry that lists itself as related", () => {
    const problems = findContentProblems(input([entry("alpha", { related: ["alpha"] })]));
    expect(problems).toMatchObject([{ field: "related", message: '"alpha" is the entry itself' }]);
  });

  it("reports unknown source ids in frontmatter and in <Cite> separately", () => {
    const problems = findContentProblems(
      input([entry("alpha", { listedSourceIds: ["src-z"], citedIds: ["src-y"] })]),
    );
    expect(problems.map((p) => p.field)).toEqual(["sources", "<Cite id> in the body"]);
    expect(problems[0]?.fix).toContain("content/sources.yaml");
  });

  it("reports an unknown <Term id> and an unknown comparison side", () => {
    const problems = findContentProblems(
      input([
        entry("alpha", { termIds: ["nope"] }),
        entry("a-vs-b", { kind: "comparison", compares: ["alpha", "zeta"] }),
      ]),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ["content/terms/alpha.mdx", "<Term id> in the body"],
      ["content/terms/a-vs-b.mdx", "compares"],
    ]);
  });

  it("rejects a slug used by two collections, naming both files", () => {
    const problems = findContentProblems(
      input([
        entry("pharmacogenomics", {
          kind: "concept",
          broader: [],
          filePath: "content/concepts/pharmacogenomics.mdx",
        }),
        entry("pharmacogenomics"),
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe("content/terms/pharmacogenomics.mdx");
    expect(problems[0]?.message).toContain("content/concepts/pharmacogenomics.mdx");
  });

  it("names the file and a close match for an unknown broader parent", () => {
    const problems = findContentProblems(input([entry("alpha", { broader: ["rot"] })]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/terms/alpha.mdx", field: "broader" });
    expect(problems[0]?.message).toContain('did you mean "root"');
  });

  it("requires a parent for every term and none for a concept", () => {
    const problems = findContentProblems(
      input([
        entry("orphan", { broader: [] }),
        entry("child-concept", { kind: "concept", filePath: "content/concepts/child-concept.mdx" }),
      ]),
    );
    expect(problems).toMatchObject([
      { file: "content/terms/orphan.mdx", field: "broader", message: expect.stringContaining("no parent") },
      {
        file: "content/concepts/child-concept.mdx",
        field: "broader",
        fix: expect.stringContaining("remove"),
      },
    ]);
  });

  it("rejects a cycle of parents once, naming the whole loop", () => {
    const problems = findContentProblems(
      input([
        entry("gamma", { broader: ["alpha"] }),
        entry("alpha", { broader: ["beta"] }),
        entry("beta", { broader: ["gamma", "root"] }),
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/terms/alpha.mdx", field: "broader" });
    expect(problems[0]?.message).toContain("alpha → beta → gamma → alpha");
  });

  it("rejects a file name that is not a URL-safe slug", () => {
    const problems = findContentProblems(input([entry("Star_Allele")]));
    expect(problems[0]).toMatchObject({ field: "file name" });
    expect(problems[0]?.fix).toContain('"star-allele.mdx"');
  });

  it("rejects an alias shared by two entries, comparing them as URL slugs", () => {
    const problems = findContentProblems(
      input([entry("alpha", { aliases: ["PGx"] }), entry("beta", { aliases: ["pgx"] })]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "content/terms/beta.mdx", field: "aliases" });
    expect(problems[0]?.message).toContain("content/terms/alpha.mdx");
  });

  it("rejects an alias that is another entry's slug but allows one equal to its own", () => {
    const problems = findContentProblems(
      input([entry("alpha", { aliases: ["Beta", "ALPHA"] }), entry("beta")]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('alias "Beta" is the slug of content/terms/beta.mdx');
  });

  it("checks the source and entry ids of YAML records", () => {
    const problems = findContentProblems(
      input([entry("alpha")], {
        records: [
          { file: "content/milestones.yaml", id: "2001-x", sources: ["src-q"], related: ["alpha", "omega"] },
        ],
      }),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/milestones.yaml (record "2001-x")', "sources"],
      ['content/milestones.yaml (record "2001-x")', "related"],
    ]);
  });
});

describe("figures", () => {
  const good = `Text.

<Figure diagram="metabolizer-spectrum" alt="Four bars from poor to ultrarapid.">
What it shows.<Cite id="src-a" />
</Figure>
`;

  it("reads a figure's diagram, text alternative, caption and the sources its caption cites", () => {
    expect(figuresIn(good)).toEqual([
      {
        diagram: "metabolizer-spectrum",
        alt: "Four bars from poor to ultrarapid.",
        captionText: "What it shows.",
        captionCites: ["src-a"],
      },
    ]);
    expect(figuresIn("No figure here.")).toEqual([]);
    expect(() => figuresIn('<Figure diagram="x" alt="y">unclosed')).toThrow(
      /terms\/alpha.mdx.*could not be read/,
    );
  });

  it("accepts a figure with a known diagram, a text alternative and a cited caption", () => {
    expect(findContentProblems(input([entry("alpha", { figures: figuresIn(good) })]))).toEqual([]);
  });

  it("rejects a figure without a caption or without a text alternative, naming the fix", () => {
    const figures = figuresIn(
      `<Figure diagram="metabolizer-spectrum" alt="  ">
<Cite id="src-a" />
</Figure>

<Figure diagram="metabolizer-spectrum" alt="A picture." />`,
    );
    const problems = findContentProblems(input([entry("alpha", { figures })]));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['<Figure diagram="metabolizer-spectrum">', "the figure has no text alternative"],
      ['<Figure diagram="metabolizer-spectrum">', "the figure has no caption"],
      ['<Figure diagram="metabolizer-spectrum">', "the figure has no caption"],
    ]);
    expect(problems[0]?.fix).toContain('add alt="…"');
    expect(problems[1]?.fix).toContain("between <Figure …> and </Figure>");
  });

  it("rejects an unknown diagram with a close match, a missing one, and a caption that cites nothing", () => {
    const figures = figuresIn(
      `<Figure diagram="metaboliser-spectrum" alt="A.">Shows it.<Cite id="src-a" /></Figure>

<Figure alt="B.">Shows it, citing nothing.</Figure>`,
    );
    const problems = findContentProblems(input([entry("alpha", { figures })]));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      [
        '<Figure diagram="metaboliser-spectrum">',
        'no diagram is called "metaboliser-spectrum" (did you mean "metabolizer-spectrum"?)',
      ],
      ["<Figure> number 2 in the body", "the figure names no diagram"],
      ["<Figure> number 2 in the body", "the caption cites no source"],
    ]);
  });
});

const renderBody = createBodyRenderer([]);
const figuresIn = (body: string) =>
  renderBody({ slug: "alpha", body, filePath: "terms/alpha.mdx", autolink: true }).facts.figures;

describe("synonyms.yaml checks", () => {
  const file = "content/synonyms.yaml";
  const entries = [entry("anticoagulant", { aliases: ["blood thinner"] }), entry("chemotherapy")];

  it("accepts lay phrases that lead to existing entries", () => {
    const synonyms = [{ file, id: "anticoagulant", phrases: ["blood thinning medicine"] }];
    expect(findContentProblems(input(entries, { synonyms }))).toEqual([]);
  });

  it("names the file, the record and a close slug when the entry does not exist", () => {
    const synonyms = [{ file, id: "anticoagulnt", phrases: ["blood thinning medicine"] }];
    expect(findContentProblems(input(entries, { synonyms }))).toMatchObject([
      {
        file: 'content/synonyms.yaml (record "anticoagulnt")',
        field: "id",
        message: 'no entry has the slug "anticoagulnt" (did you mean "anticoagulant"?)',
      },
    ]);
  });

  it("rejects a phrase that is already a name, and one phrase leading to two entries", () => {
    const synonyms = [
      { file, id: "anticoagulant", phrases: ["Blood-thinner", "chemo drip"] },
      { file, id: "chemotherapy", phrases: ["chemo drip"] },
    ];
    expect(findContentProblems(input(entries, { synonyms })).map((p) => p.message)).toEqual([
      '"Blood-thinner" is already the title or an alias of content/terms/anticoagulant.mdx',
      '"chemo drip" also leads to "anticoagulant"',
    ]);
  });
});

describe("formatContentProblems", () => {
  it("groups problems under their file and gives each its fix", () => {
    const text = formatContentProblems([
      { file: "a.mdx", field: "related", message: "m1", fix: "f1" },
      { file: "a.mdx", field: "sources", message: "m2", fix: "f2" },
      { file: "b.mdx", field: "aliases", message: "m3", fix: "f3" },
    ]);
    expect(text).toMatch(/^Content check failed: 3 problems\./);
    expect(text).toContain('a.mdx\n  field "related": m1. Fix: f1.\n  field "sources": m2. Fix: f2.');
    expect(text).toContain('b.mdx\n  field "aliases": m3. Fix: f3.');
  });
});

describe("closest", () => {
  it("suggests a near id and nothing for a distant one", () => {
    expect(closest("pharmacogenomcs", ["pharmacogenomics", "cyp2d6"])).toBe("pharmacogenomics");
    expect(closest("completely-different", ["cyp2d6"])).toBeUndefined();
  });
});

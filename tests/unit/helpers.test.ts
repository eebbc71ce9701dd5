import { describe, expect, it } from "vitest";
import { groupByLetter, indexLetter, letterAnchor } from "@/data/a-to-z";
import { aliasRedirects, glossarySlugPages } from "@/data/aliases";
import { citeLabel, sourceContainer, sourceCreators } from "@/data/citation";
import type { GlossaryEntry } from "@/data/entry";
import { entrySourceIds, uncitedSourceIds } from "@/data/entry";
import { formatMilestoneDate } from "@/data/milestone-date";
import { aliasSlug, entryPath, withBase } from "@/data/urls";
import type { Source } from "@/schemas/source";

const entry = (slug: string, kind: GlossaryEntry["kind"], title: string, aliases: string[] = []) =>
  ({ slug, kind, title, aliases, path: entryPath(kind, slug) }) as GlossaryEntry;

describe("urls", () => {
  it("serves each kind from its URL-contract folder", () => {
    expect(entryPath("concept", "pharmacogenomics")).toBe("/concepts/pharmacogenomics/");
    expect(entryPath("comparison", "a-vs-b")).toBe("/compare/a-vs-b/");
    expect(entryPath("term", "cyp2d6")).toBe("/glossary/cyp2d6/");
  });

  it("prefixes the base path whether or not it ends with a slash", () => {
    expect(withBase("/glossary/", "/")).toBe("/glossary/");
    expect(withBase("/glossary/", "/pm-glossary/")).toBe("/pm-glossary/glossary/");
    expect(withBase("glossary/", "/pm-glossary")).toBe("/pm-glossary/glossary/");
  });

  it("turns aliases into lowercase ASCII slugs", () => {
    expect(aliasSlug("PGx")).toBe("pgx");
    expect(aliasSlug("Personalised medicine")).toBe("personalised-medicine");
    expect(aliasSlug("HLA-B*57:01")).toBe("hla-b-57-01");
    expect(aliasSlug("Ménière")).toBe("meniere");
    expect(aliasSlug("**")).toBe("");
  });
});

describe("A–Z", () => {
  it("files titles under their first letter, digits and symbols under #", () => {
    expect(indexLetter("pharmacogenomics")).toBe("P");
    expect(indexLetter("Érable")).toBe("E");
    expect(indexLetter("5-fluorouracil")).toBe("#");
  });

  it("groups entries by letter in alphabetical order, # first", () => {
    const groups = groupByLetter([
      entry("b", "term", "Biomarker"),
      entry("a2", "term", "allele"),
      entry("a1", "concept", "AI and the future"),
      entry("n", "term", "5-FU"),
    ]);
    expect(groups.map((g) => g.letter)).toEqual(["#", "A", "B"]);
    expect(groups[1]?.entries.map((e) => e.title)).toEqual(["AI and the future", "allele"]);
  });

  it("anchors each letter's section, digits and symbols as letter-other", () => {
    expect(letterAnchor("A")).toBe("letter-a");
    expect(letterAnchor("#")).toBe("letter-other");
  });
});

describe("aliasRedirects", () => {
  it("gives each alias and each non-term entry a /glossary/ redirect, skipping slugs taken by terms", () => {
    const pgx = entry("pharmacogenomics", "concept", "Pharmacogenomics", ["PGx", "pharmacogenomics"]);
    const cyp = entry("cyp2d6", "term", "CYP2D6", ["CYP 2D6", "cyp2d6"]);
    const redirects = aliasRedirects([pgx, cyp]);
    expect(redirects.map((r) => [r.slug, r.target.slug])).toEqual([
      ["pharmacogenomics", "pharmacogenomics"],
      ["pgx", "pharmacogenomics"],
      ["cyp-2d6", "cyp2d6"],
    ]);
  });

  it("makes a /glossary/ page for every term, then one per redirect", () => {
    const pgx = entry("pharmacogenomics", "concept", "Pharmacogenomics", ["PGx"]);
    const cyp = entry("cyp2d6", "term", "CYP2D6");
    const pages = glossarySlugPages([pgx, cyp]);
    expect(pages.map((p) => [p.slug, p.redirect?.target.slug])).toEqual([
      ["cyp2d6", undefined],
      ["pharmacogenomics", "pharmacogenomics"],
      ["pgx", "pharmacogenomics"],
    ]);
  });
});

describe("entry sources", () => {
  it("lists frontmatter sources first, then ids only cited in the body", () => {
    expect(entrySourceIds({ listedSourceIds: ["a", "b"], citedIds: ["c", "a"] })).toEqual(["a", "b", "c"]);
  });

  it("finds the frontmatter sources the body never cites, in the editor's order", () => {
    expect(uncitedSourceIds({ listedSourceIds: ["a", "b", "d"], citedIds: ["c", "a"] })).toEqual(["b", "d"]);
  });
});

describe("citations", () => {
  const base = { id: "x", title: "T", year: 2021, url: "https://example.org/" } as const;
  const article: Source = {
    ...base,
    authors: ["Johnson KB", "Wei WQ", "Weeraratne D"],
    journal: "Clin Transl Sci",
    volume: "14",
    issue: "1",
    pages: "86-93",
  };

  it("labels inline citations by short name, one or two authors, or et al.", () => {
    expect(
      citeLabel({
        ...base,
        body: "National Human Genome Research Institute",
        short: "NHGRI",
        publisher: "NHGRI",
      }),
    ).toBe("NHGRI 2021");
    expect(citeLabel({ ...base, authors: ["Ashley EA"], journal: "JAMA" })).toBe("Ashley 2021");
    expect(citeLabel({ ...base, authors: ["Collins FS", "Varmus H"], journal: "N Engl J Med" })).toBe(
      "Collins & Varmus 2021",
    );
    expect(citeLabel(article)).toBe("Johnson et al. 2021");
  });

  it("formats creators and journal details", () => {
    expect(sourceCreators(article)).toBe("Johnson KB, Wei WQ, Weeraratne D");
    expect(sourceContainer(article)).toBe("Clin Transl Sci 14(1):86–93");
    expect(sourceContainer({ ...base, body: "FDA", publisher: "U.S. Food and Drug Administration" })).toBe(
      "U.S. Food and Drug Administration",
    );
  });
});

describe("milestone dates", () => {
  it("says a date as precisely as it is known", () => {
    expect(formatMilestoneDate("1990")).toBe("1990");
    expect(formatMilestoneDate("2018-05")).toBe("May 2018");
    expect(formatMilestoneDate("2015-01-20")).toBe("20 January 2015");
  });
});

describe("reading grade", () => {
  it("rates short plain sentences low and long technical ones high", async () => {
    const { gradeLevel } = await import("../gates/readability");
    expect(gradeLevel("A gene can change how your body uses a medicine.")).toBeLessThan(6);
    expect(
      gradeLevel(
        "Pharmacogenomic biomarkers characterize interindividual variability in pharmacokinetic and pharmacodynamic responses.",
      ),
    ).toBeGreaterThan(14);
  });
});

describe("citations of truncated author lists", () => {
  it("says et al. when only the first authors are listed", async () => {
    const { citeLabel, sourceCreators } = await import("@/data/citation");
    const source = {
      id: "c",
      title: "T",
      year: 2021,
      url: "https://e.org/",
      journal: "J",
      etAl: true,
      authors: ["Crews KR"],
    };
    expect(citeLabel(source)).toBe("Crews et al. 2021");
    expect(sourceCreators(source)).toBe("Crews KR, et al.");
  });
});

/**
 * The data the fixed pages render, tested on plain objects: the bibliography's
 * reverse citation index, records joined to their sources and entries, the
 * links to a source's publisher, and the shape of /glossary.json.
 */
import { describe, expect, it } from "vitest";
import { citingPagesBySource } from "@/data/citing-pages";
import type { GlossaryEntry } from "@/data/entry";
import { toGlossaryJson } from "@/data/glossary-json";
import { joinReferences } from "@/data/record-references";
import { hostLabel, sourceHref } from "@/data/source-links";
import { entryPath, geneDrugRowPath, sourcePath, timelinePath } from "@/data/urls";
import { glossaryJsonSchema } from "@/schemas/glossary-json";
import type { Source } from "@/schemas/source";

const entry = (slug: string, listedSourceIds: string[], citedIds: string[] = []) =>
  ({
    kind: "term",
    slug,
    title: slug.toUpperCase(),
    summary: `A fixture summary for the entry ${slug}.`,
    aliases: [],
    broader: ["parent"],
    listedSourceIds,
    citedIds,
    reviewed: new Date("2026-03-04T00:00:00Z"),
    path: entryPath("term", slug),
  }) as unknown as GlossaryEntry;

const source = (id: string, fields: Partial<Source> = {}) => ({ id, title: id, ...fields });

describe("URLs of fixed pages", () => {
  it("anchors sources, milestones and gene–drug rows on their pages", () => {
    expect(sourcePath("nhgri-2022")).toBe("/sources/#nhgri-2022");
    expect(timelinePath("hgp-2003")).toBe("/timeline/#hgp-2003");
    expect(geneDrugRowPath("cyp2c19-clopidogrel")).toBe("/gene-drug-table/#cyp2c19-clopidogrel");
  });
});

describe("citingPagesBySource", () => {
  const index = citingPagesBySource({
    entries: [entry("b-term", ["s1"], ["s1", "s2"]), entry("a-term", ["s2"])],
    milestones: [{ id: "m1", date: "2003-04", sources: [{ id: "s1" }, { id: "s1" }] }],
    pairs: [
      {
        id: "cyp2c19-clopidogrel",
        gene: "CYP2C19",
        drug: "clopidogrel",
        guideline: { id: "s2" },
        sources: [{ id: "s2" }, { id: "s3" }],
      },
    ],
  });

  it("lists entries in the order given, then timeline events, then gene–drug rows, each once", () => {
    expect(index.get("s1")).toEqual([
      { title: "B-TERM", path: "/glossary/b-term/" },
      { title: "Timeline (2003)", path: "/timeline/#m1" },
    ]);
    expect(index.get("s2")).toEqual([
      { title: "B-TERM", path: "/glossary/b-term/" },
      { title: "A-TERM", path: "/glossary/a-term/" },
      { title: "Gene–drug table (CYP2C19–clopidogrel)", path: "/gene-drug-table/#cyp2c19-clopidogrel" },
    ]);
  });

  it("counts a source cited only in a body, and has nothing for a source no page cites", () => {
    expect(index.get("s3")?.map((p) => p.path)).toEqual(["/gene-drug-table/#cyp2c19-clopidogrel"]);
    expect(index.get("unused")).toBeUndefined();
  });
});

describe("joinReferences", () => {
  const lookups = {
    sourceById: new Map([
      ["s1", source("s1")],
      ["s2", source("s2")],
    ]),
    entryBySlug: new Map([
      ["a", entry("a", ["s1"])],
      ["b", entry("b", ["s1"])],
    ]),
  };

  it("resolves sources and related entries in the editor's order and keeps the record's own fields", () => {
    const joined = joinReferences(
      { id: "m1", sources: [{ id: "s2" }, { id: "s1" }], related: ["b", "a"] },
      lookups,
    );
    expect(joined.id).toBe("m1");
    expect(joined.citedSources.map((s) => s.id)).toEqual(["s2", "s1"]);
    expect(joined.relatedEntries.map((e) => e.slug)).toEqual(["b", "a"]);
  });

  it("throws on a source id the content check should have caught, naming it and the fix", () => {
    expect(() => joinReferences({ sources: [{ id: "nope" }], related: [] }, lookups)).toThrow(
      'Unknown source id "nope": add it to content/sources.yaml.',
    );
  });
});

describe("sourceHref", () => {
  it("links the DOI when there is one, else the URL, else nothing", () => {
    const url = "https://www.fda.gov/drugs/table";
    expect(sourceHref(source("a", { doi: "10.1111/cts.12884", url }))).toBe(
      "https://doi.org/10.1111/cts.12884",
    );
    expect(sourceHref(source("b", { url }))).toBe(url);
    expect(sourceHref(source("c"))).toBeUndefined();
  });

  it("names a web address by its site, without www", () => {
    expect(hostLabel("https://www.fda.gov/drugs/table")).toBe("fda.gov");
    expect(hostLabel("https://cpicpgx.org/genes-drugs/")).toBe("cpicpgx.org");
  });
});

describe("toGlossaryJson", () => {
  const json = toGlossaryJson(
    [entry("cyp2d6", ["s1"], ["s2", "s1"])],
    (path) => `https://example.org${path}`,
  );

  it("gives each entry its public URL, reviewed day and every source id once", () => {
    expect(json.entries[0]).toMatchObject({
      slug: "cyp2d6",
      url: "https://example.org/glossary/cyp2d6/",
      reviewed: "2026-03-04",
      sources: ["s1", "s2"],
    });
  });

  it("matches the published schema, which rejects an entry with an unknown field or no sources", () => {
    expect(glossaryJsonSchema.safeParse(json).success).toBe(true);
    const [first] = json.entries;
    expect(glossaryJsonSchema.safeParse({ entries: [{ ...first, extra: 1 }] }).success).toBe(false);
    expect(glossaryJsonSchema.safeParse({ entries: [{ ...first, sources: [] }] }).success).toBe(false);
  });
});

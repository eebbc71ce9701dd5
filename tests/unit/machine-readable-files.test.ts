/**
 * The files other programs read, built from plain objects: the sitemap,
 * robots.txt, the search box's list of names, and the search page's kinds.
 */
import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/data/entry";
import { robotsTxt } from "@/data/robots";
import { firstSentence, toSearchTerms } from "@/data/search-terms";
import { FIXED_PAGES } from "@/data/site-pages";
import { PAGE_KIND_LABELS } from "@/shared/kinds";
import { SEARCH_KINDS } from "@/search/kinds";
import { sitemapPages, sitemapXml } from "@/data/sitemap";
import { entryPath } from "@/data/urls";

const entry = (slug: string, kind: GlossaryEntry["kind"], extra: Partial<GlossaryEntry> = {}) =>
  ({
    slug,
    kind,
    title: slug.toUpperCase(),
    summary: `About ${slug}.`,
    aliases: [],
    reviewed: new Date("2026-05-06T00:00:00Z"),
    path: entryPath(kind, slug),
    ...extra,
  }) as GlossaryEntry;

describe("sitemap", () => {
  const pages = sitemapPages([entry("cyp2d6", "term")], [{ slug: "pharmacogenomics" }]);

  it("lists the fixed pages, then each concept's map, then entries with their reviewed day", () => {
    expect(pages.slice(0, FIXED_PAGES.length).map((p) => p.path)).toEqual([...FIXED_PAGES]);
    expect(pages.slice(FIXED_PAGES.length)).toEqual([
      { path: "/map/pharmacogenomics/" },
      { path: "/glossary/cyp2d6/", lastmod: "2026-05-06" },
    ]);
  });

  it("writes each page at its public address, escaped, with lastmod only where known", () => {
    const xml = sitemapXml(
      [{ path: "/a&b/" }, { path: "/c/", lastmod: "2026-05-06" }],
      (p) => `https://x.org${p}`,
    );
    expect(xml).toContain("  <url><loc>https://x.org/a&amp;b/</loc></url>\n");
    expect(xml).toContain("  <url><loc>https://x.org/c/</loc><lastmod>2026-05-06</lastmod></url>\n");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')).toBe(true);
  });
});

describe("robotsTxt", () => {
  it("lets a published site be crawled and names its sitemap", () => {
    expect(robotsTxt("https://glossary.example.org")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://glossary.example.org/sitemap.xml\n",
    );
  });

  it("asks crawlers to stay away from a local preview", () => {
    expect(robotsTxt(undefined)).toContain("Disallow: /");
  });
});

describe("search terms", () => {
  const a = entry("a", "term");
  const b = entry("b", "concept");
  const avsb = entry("a-vs-b", "comparison", { compares: ["a", "b"], aliases: ["A or B"] });
  const terms = toSearchTerms(
    {
      entries: [a, b, avsb],
      bySlug: new Map([a, b, avsb].map((e) => [e.slug, e])),
      synonyms: new Map([["a", ["lay phrase"]]]),
      pairs: [{ id: "cyp2c19-clopidogrel", gene: "CYP2C19", drug: "clopidogrel", effect: "Weak. Second." }],
    },
    (path) => `/base${path}`,
  );

  it("gives entries their kind, lay phrases, and a comparison the URLs of what it compares", () => {
    expect(terms[0]).toEqual({
      t: "A",
      u: "/base/glossary/a/",
      k: "Term",
      s: "About a.",
      a: [],
      y: ["lay phrase"],
    });
    expect(terms[2]?.c).toEqual(["/base/glossary/a/", "/base/concepts/b/"]);
  });

  it("lists each gene–drug row by both names, leading to its row, with its first sentence", () => {
    expect(terms[3]).toEqual({
      t: "CYP2C19 and clopidogrel",
      u: "/base/gene-drug-table/#cyp2c19-clopidogrel",
      k: PAGE_KIND_LABELS.geneDrugTable,
      s: "Weak.",
      a: ["CYP2C19 clopidogrel", "clopidogrel CYP2C19"],
    });
    expect(firstSentence("No full stop")).toBe("No full stop");
  });
});

describe("SEARCH_KINDS", () => {
  it("offers all, each kind of entry by its plural, then each other page kind", () => {
    expect(SEARCH_KINDS).toEqual([
      { value: "", label: "All" },
      { value: "Concept", label: "Concepts" },
      { value: "Term", label: "Terms" },
      { value: "Comparison", label: "Comparisons" },
      ...Object.values(PAGE_KIND_LABELS).map((label) => ({ value: label, label })),
    ]);
  });
});

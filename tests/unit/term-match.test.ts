import { describe, expect, it } from "vitest";
import {
  editDistance,
  editDistanceWithin,
  matchTerms,
  scoreName,
  squash,
  type SearchTerm,
} from "@/search/term-match";

const term = (t: string, a: string[] = [], k = "Term"): SearchTerm => ({
  t,
  a,
  k,
  u: `/x/${squash(t)}/`,
  s: "",
});
const terms = [
  term("Pharmacogenomics", ["PGx", "pharmacogenomic testing"], "Concept"),
  term("Pharmacogenetics", ["PGt"]),
  term("Pharmacogenomics vs pharmacogenetics", ["PGx vs PGt"], "Comparison"),
  term("Personalized medicine", ["personalised medicine", "individualized medicine"], "Concept"),
  term("Precision medicine", [], "Concept"),
  term("CYP2D6", ["CYP 2D6", "cytochrome P450 2D6"]),
  term("HLA-B*57:01", []),
];
const first = (query: string, kind = "") => matchTerms(query, terms, 6, kind)[0]?.term.t;

describe("term matching", () => {
  it("finds an entry by its abbreviation before anything else", () => {
    expect(first("PGx")).toBe("Pharmacogenomics");
    expect(first("pgx")).toBe("Pharmacogenomics");
  });

  it("finds the British spelling, preferring the concept to a term that shares the word", () => {
    expect(first("personalised")).toBe("Personalized medicine");
    const withOncology = [...terms, term("Precision oncology", ["personalised oncology"])];
    expect(matchTerms("personalised", withOncology)[0]?.term.t).toBe("Personalized medicine");
  });

  it("tolerates a small typo", () => {
    expect(first("pharmacogenomcs")).toBe("Pharmacogenomics");
    expect(first("precison medicine")).toBe("Precision medicine");
  });

  it("ignores spacing and punctuation in gene names", () => {
    expect(first("CYP 2D6")).toBe("CYP2D6");
    expect(first("cyp2d6")).toBe("CYP2D6");
    expect(first("HLA-B*5701")).toBe("HLA-B*57:01");
  });

  it("matches prefixes as the reader types", () => {
    expect(matchTerms("pharmaco", terms).map((m) => m.term.t)).toContain("Pharmacogenetics");
  });

  it("does not guess wildly for short or unrelated queries", () => {
    expect(matchTerms("zz", terms)).toEqual([]);
    expect(matchTerms("codeine", terms)).toEqual([]);
  });

  it("filters by kind", () => {
    expect(matchTerms("pharmacogen", terms, 6, "Comparison").map((m) => m.term.t)).toEqual([
      "Pharmacogenomics vs pharmacogenetics",
    ]);
  });

  it("scores exact over prefix over word-prefix over typo", () => {
    expect(scoreName("pgx", "PGx")).toBe(100);
    expect(scoreName("pharma", "Pharmacogenomics")).toBeGreaterThan(
      scoreName("medicine", "Precision medicine"),
    );
    expect(scoreName("medicine", "Precision medicine")).toBeGreaterThan(
      scoreName("pharmacogenomcs", "Pharmacogenomics"),
    );
    expect(editDistance("ab", "ba")).toBe(1);
  });

  it("counts edits with transpositions, and the bounded count agrees up to its bound", () => {
    const pairs: Array<[string, string, number]> = [
      ["", "", 0],
      ["", "abc", 3],
      ["kitten", "sitting", 3],
      ["pharmacogenomcs", "pharmacogenomics", 1],
      ["pharmacogenmoics", "pharmacogenomics", 1],
      ["persnalized", "messengerrna", 9],
    ];
    for (const [a, b, distance] of pairs) {
      expect(editDistance(a, b)).toBe(distance);
      expect(editDistance(b, a)).toBe(distance);
      for (const max of [0, 1, 2, 3]) {
        expect(editDistanceWithin(a, b, max)).toBe(distance <= max ? distance : max + 1);
      }
    }
  });
});

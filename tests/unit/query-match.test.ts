import { describe, expect, it } from "vitest";
import { asksForComparison, fullTextQuery, significantWords } from "@/search/query";
import { matchQuery } from "@/search/query-match";
import { squash, type SearchTerm } from "@/search/term-match";

const term = (t: string, a: string[] = [], k = "Term", extra: Partial<SearchTerm> = {}): SearchTerm => ({
  t,
  a,
  k,
  u: `/x/${squash(t)}/`,
  s: "",
  ...extra,
});
const precision = term("Precision medicine", [], "Concept");
const personalized = term("Personalized medicine", ["personalised medicine"], "Concept", {
  y: ["personalised", "tailored treatment"],
});
const pgx = term("Pharmacogenomics", ["PGx"], "Concept");
const pgt = term("Pharmacogenetics", ["PGt"]);
const terms = [
  precision,
  personalized,
  pgx,
  pgt,
  term("Precision vs personalized medicine", [], "Comparison", { c: [precision.u, personalized.u] }),
  term("Pharmacogenomics vs pharmacogenetics", [], "Comparison", { c: [pgx.u, pgt.u] }),
  term("Anticoagulant", ["blood thinner"], "Term", { y: ["blood thinning medicine"] }),
  term("Genetic testing", ["gene test"]),
  term("Chemotherapy", ["chemo"]),
  term("Gene"),
  term("Precision oncology", ["personalised oncology"]),
];
const titles = (query: string, kind = "") => matchQuery(query, terms, 6, kind).map((m) => m.term.t);

describe("query words", () => {
  it("drops the words that only say how a question is asked", () => {
    expect(significantWords("What is the difference between PGx and PGt?")).toEqual(["pgx", "pgt"]);
  });

  it("recognises comparison questions", () => {
    expect(asksForComparison("precision vs personalized")).toBe(true);
    expect(asksForComparison("difference between precision and personalized")).toBe(true);
    expect(asksForComparison("is personalized the same as precision")).toBe(true);
    expect(asksForComparison("precision oncology")).toBe(false);
  });

  it("sends Pagefind the significant words with lay phrases replaced by the entry's title", () => {
    const synonyms = [{ phrase: "blood thinning medicine", title: "Anticoagulant" }];
    expect(fullTextQuery("which genes matter for blood thinning medicine", synonyms)).toBe(
      "genes matter anticoagulant",
    );
    expect(fullTextQuery("what is pharmacogenomics")).toBe("pharmacogenomics");
    expect(fullTextQuery("what is")).toBe("what is");
  });
});

describe("query matching", () => {
  it("answers a question by the entry it names", () => {
    expect(titles("what is pharmacogenomics")[0]).toBe("Pharmacogenomics");
    expect(titles("define PGx")[0]).toBe("Pharmacogenomics");
  });

  it("finds entries by a lay phrase from the synonyms list, alone or inside a longer query", () => {
    expect(titles("blood thinning medicine")[0]).toBe("Anticoagulant");
    expect(titles("tailored treatment")[0]).toBe("Personalized medicine");
    expect(titles("gene test before chemo").slice(0, 2).sort()).toEqual(["Chemotherapy", "Genetic testing"]);
  });

  it("does not show a lay phrase as one of the entry's names", () => {
    const [match] = matchQuery("blood thinning medicine", terms);
    expect(match?.synonym).toBe(true);
  });

  it("puts the comparison first when the query names both sides", () => {
    expect(titles("PGx PGt")[0]).toBe("Pharmacogenomics vs pharmacogenetics");
    expect(titles("is personalised medicine the same as precision medicine")[0]).toBe(
      "Precision vs personalized medicine",
    );
  });

  it("puts the comparison first for a difference question using its title's words", () => {
    expect(titles("difference between precision and personalized medicine")[0]).toBe(
      "Precision vs personalized medicine",
    );
  });

  it("lists a named entry's comparisons right after it when the query says vs", () => {
    expect(titles("pharmacogenomics vs").slice(0, 2)).toEqual([
      "Pharmacogenomics",
      "Pharmacogenomics vs pharmacogenetics",
    ]);
  });

  it("tolerates a typo in a name inside a longer query", () => {
    expect(titles("what is pharmacogenomcs")[0]).toBe("Pharmacogenomics");
  });

  it("keeps the longer name when a shorter one sits inside it", () => {
    expect(titles("personalised oncology")[0]).toBe("Precision oncology");
  });

  it("falls back to single words when the whole query names nothing", () => {
    expect(titles("chemo side notes xyz")).toContain("Chemotherapy");
  });

  it("filters by kind", () => {
    expect(titles("precision vs personalized medicine", "Concept")).not.toContain(
      "Precision vs personalized medicine",
    );
  });
});

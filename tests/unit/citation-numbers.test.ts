import { describe, expect, it } from "vitest";
import { citationNumber, numberCitations, referenceAnchor } from "@/data/citation-numbers";

describe("citation numbers", () => {
  it("numbers sources 1, 2, 3 … in order of first citation", () => {
    expect([...numberCitations(["nhgri", "fda", "cpic"])]).toEqual([
      ["nhgri", 1],
      ["fda", 2],
      ["cpic", 3],
    ]);
  });

  it("gives a source cited again the number of its first citation", () => {
    const numbers = numberCitations(["nhgri", "fda", "nhgri", "cpic", "fda"]);
    expect(citationNumber(numbers, "nhgri")).toBe(1);
    expect(citationNumber(numbers, "fda")).toBe(2);
    expect(citationNumber(numbers, "cpic")).toBe(3);
    expect(numbers.size).toBe(3);
  });

  it("numbers each page on its own: a second page starts again at 1, and the first keeps its numbers", () => {
    const first = numberCitations(["a", "b"]);
    const second = numberCitations(["b", "c", "a"]);
    expect(citationNumber(first, "b")).toBe(2);
    expect(citationNumber(second, "b")).toBe(1);
    expect(citationNumber(second, "a")).toBe(3);
    expect([...first]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("refuses a citation the page did not number, or one rendered outside an entry page", () => {
    expect(() => citationNumber(numberCitations(["a"]), "z")).toThrow(/<Cite id="z">: this page's body/);
    expect(() => citationNumber(undefined, "a")).toThrow(/outside an entry page/);
  });

  it("anchors a source in the reference list at ref-<id>", () => {
    expect(referenceAnchor("nhgri-glossary")).toBe("ref-nhgri-glossary");
  });
});

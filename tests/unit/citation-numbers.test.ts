import { describe, expect, it } from "vitest";
import { numberCitations, referenceAnchor } from "@/data/citation-numbers";

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
    expect(numbers.get("nhgri")).toBe(1);
    expect(numbers.get("fda")).toBe(2);
    expect(numbers.get("cpic")).toBe(3);
    expect(numbers.size).toBe(3);
  });

  it("numbers each page on its own: a second page starts again at 1, and the first keeps its numbers", () => {
    const first = numberCitations(["a", "b"]);
    const second = numberCitations(["b", "c", "a"]);
    expect(first.get("b")).toBe(2);
    expect(second.get("b")).toBe(1);
    expect(second.get("a")).toBe(3);
    expect([...first]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("anchors a source in the reference list at ref-<id>", () => {
    expect(referenceAnchor("nhgri-glossary")).toBe("ref-nhgri-glossary");
  });
});

import { describe, expect, it } from "vitest";
import { pageSections } from "@/data/page-sections";

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/ /g, "-") });

describe("pageSections", () => {
  it("lists the ## headings in order, leaving out deeper ones", () => {
    const headings = [h(2, "What it is"), h(3, "Detail"), h(2, "Why it matters"), h(2, "Limits")];
    expect(pageSections(headings).map((s) => s.text)).toEqual(["What it is", "Why it matters", "Limits"]);
  });

  it("leaves out the hidden heading of the footnotes", () => {
    const headings = [h(2, "A"), h(2, "B"), { depth: 2, text: "Footnotes", slug: "footnote-label" }];
    expect(pageSections(headings)).toEqual([]);
  });

  it("lists nothing for a page with fewer than three ## sections", () => {
    expect(pageSections([h(2, "What it is"), h(3, "A"), h(3, "B"), h(2, "Limits")])).toEqual([]);
  });
});

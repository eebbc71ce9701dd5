import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import remarkSmartPunctuation from "@/markdown/remark-smart-punctuation";

const smart = (markdown: string) =>
  String(
    unified().use(remarkParse).use(remarkSmartPunctuation).use(remarkStringify).processSync(markdown),
  ).trim();

describe("remarkSmartPunctuation", () => {
  it("curls quotes and apostrophes, pairing them across emphasis and links", () => {
    expect(smart(`"Crohn's disease" is *"one"* of [them](/x/).`)).toBe(
      "“Crohn’s disease” is *“one”* of [them](/x/).",
    );
  });

  it("makes dashes and ellipses only where the text has them, and leaves inline code alone", () => {
    expect(smart('Tests -- and more... `a--b "c"` end')).toBe('Tests — and more… `a--b "c"` end');
    expect(smart("Plain text, nothing to change.")).toBe("Plain text, nothing to change.");
  });

  it("opens a quote at the start of each block", () => {
    expect(smart(`First.\n\n"Second" block.`)).toBe("First.\n\n“Second” block.");
  });
});

import { parseFrontmatter } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import { createBodyRenderer } from "@/data/entry-body";

describe("an MDX syntax error found by the body renderer", () => {
  it("names the line in the editor's file, counting the frontmatter, and ends with a fix", () => {
    const frontmatter = "---\ntitle: Alpha\nsummary: A summary long enough.\nreviewed: 2026-01-01\n---\n\n";
    const text = `${frontmatter}## What it is\n\nText with an <span>unclosed tag.\n`;
    // As the entry loader reads a file: the frontmatter blanked, its lines kept.
    const { content } = parseFrontmatter(text, { frontmatter: "empty-with-spaces" });
    const render = createBodyRenderer([]);
    let message = "";
    try {
      render({ slug: "alpha", body: content, filePath: "content/terms/alpha.mdx", autolink: true });
    } catch (error) {
      message = (error as Error).message;
      expect((error as Error).stack).toBe("");
    }
    // Line 3 of the body is line 9 of the file.
    expect(message).toMatch(/^content\/terms\/alpha\.mdx:9:\d+: the MDX body could not be read\./);
    expect(message.split("\n").at(-1)).toMatch(/^Fix: correct the MDX there/);
  });
});

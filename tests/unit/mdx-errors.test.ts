import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBodyReader } from "@/data/entry-body";
import { TermMatcher } from "@/markdown/term-mentions";

describe("an MDX syntax error found by the data layer", () => {
  it("names the line in the editor's file, counting the frontmatter, and ends with a fix", () => {
    const frontmatter = "---\ntitle: Alpha\nsummary: A summary long enough.\nreviewed: 2026-01-01\n---\n\n";
    const body = "## What it is\n\nText with an <span>unclosed tag.\n";
    const file = join(mkdtempSync(join(tmpdir(), "mdx-error-")), "alpha.mdx");
    writeFileSync(file, frontmatter + body);
    const readBody = createBodyReader(new TermMatcher([]));
    let message = "";
    try {
      readBody({ slug: "alpha", body, filePath: file, autolink: true });
    } catch (error) {
      message = (error as Error).message;
      expect((error as Error).stack).toBe("");
    }
    // Line 3 of the body is line 9 of the file.
    expect(message).toContain(`${file}:9:`);
    expect(message.split("\n").at(-1)).toMatch(/^Fix: correct the MDX there/);
  });
});

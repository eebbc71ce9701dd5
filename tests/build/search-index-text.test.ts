/**
 * Reads the search index in dist/ (run `npm run build` first): the text
 * Pagefind stores for each page, which its result snippets are cut from, keeps
 * the word breaks a reader sees between table header cells.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));

/** Each indexed page's URL and stored text (Pagefind keeps a record as gzipped JSON behind a short signature). */
function searchRecords(): Array<{ url: string; content: string }> {
  const folder = join(dist, "pagefind/fragment");
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString("utf8");
    return JSON.parse(text.slice(text.indexOf("{")));
  });
}

/** The plain text of each header row's cells in a page's HTML. */
function headerRows(html: string): string[][] {
  const plain = (cell: string) =>
    cell
      .replace(/<[^>]+>/g, "")
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim();
  return [...html.matchAll(/<tr>((?:<th[^>]*>.*?<\/th>)+)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((cell) => plain(cell[1]!)).filter(Boolean),
  );
}

describe("search index text", () => {
  it("separates the words of adjacent table header cells, so snippets do not run them together", () => {
    let pairs = 0;
    for (const { url, content } of searchRecords()) {
      const html = readFileSync(join(dist, url, "index.html"), "utf8");
      for (const cells of headerRows(html)) {
        for (let i = 1; i < cells.length; i++) {
          const [before, after] = [cells[i - 1]!, cells[i]!];
          if (!content.includes(before) || !content.includes(after)) continue; // a header Pagefind ignores
          pairs++;
          expect(content, url).not.toContain(`${before}${after}`);
          expect(content, url).toMatch(new RegExp(`${RegExp.escape(before)}\\s+${RegExp.escape(after)}`));
        }
      }
    }
    // The glossary has tables (the gene–drug table, the pharmacogenomics concept…): the check must see them.
    expect(pairs).toBeGreaterThan(5);
  });
});

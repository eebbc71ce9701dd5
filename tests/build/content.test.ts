/**
 * Content targets, read from the built site: how many entries of each kind,
 * that every entry cites a source, and how easy the summaries are to read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { median } from "../gates/measure";
import { gradeLevel } from "../gates/readability";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const { entries } = JSON.parse(readFileSync(join(dist, "glossary.json"), "utf8")) as {
  entries: Array<{ slug: string; title: string; kind: string; summary: string; sources: string[] }>;
};
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
const count = (kind: string) => entries.filter((e) => e.kind === kind).length;

describe("content", () => {
  it("has the four concepts, at least 4 comparisons and at least 150 terms", () => {
    expect(count("concept")).toBe(4);
    expect(count("comparison")).toBeGreaterThanOrEqual(4);
    expect(count("term")).toBeGreaterThanOrEqual(150);
  });

  it("gives every term at least 120 words of detail, 2 related entries and a source", () => {
    for (const term of entries.filter((e) => e.kind === "term")) {
      const page = html(`glossary/${term.slug}`);
      const prose = page.split('<div class="prose">')[1]!.split("</article>")[0]!;
      const words =
        prose
          .replace(/<sup class="cite"[\s\S]*?<\/sup>/g, " ")
          .replace(/<[^>]+>/g, " ")
          .match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(words.length, term.slug).toBeGreaterThanOrEqual(120);
      expect(
        page.split('id="related-heading"')[1]?.match(/class="entry-list-title"/g)?.length ?? 0,
        term.slug,
      ).toBeGreaterThanOrEqual(2);
      expect(term.sources.length, term.slug).toBeGreaterThan(0);
    }
  });

  it("has no entry without a source", () => {
    expect(entries.filter((e) => e.sources.length === 0).map((e) => e.slug)).toEqual([]);
  });

  it("has at least 15 milestones on the timeline, each citing a source", () => {
    const items = html("timeline").split('<li id="').slice(1);
    expect(items.length).toBeGreaterThanOrEqual(15);
    for (const item of items) expect(item, item.slice(0, 60)).toContain('class="cite"');
  });

  it("has at least 20 gene–drug pairs, each citing a source, with CPIC's level and the date of its label information", () => {
    const rows = html("gene-drug-table").split("<tr id=").slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      const label = row.slice(0, 60);
      expect(row, label).toContain("/sources/#");
      expect(row, label).toMatch(/data-cpic-level="(A|A\/B|B|B\/C|C|C\/D|D)"/);
      expect(row, label).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
    }
  });

  it("cites every source in the bibliography at least once", () => {
    const bibliography = html("sources").split('<li id="').slice(1);
    const uncited = bibliography
      .filter((item) => !item.includes('class="cited-by"'))
      .map((item) => item.split('"')[0]);
    expect(uncited).toEqual([]);
  });

  it("writes summaries a 13-year-old can read: median Flesch–Kincaid grade at most 8, none above 11", () => {
    const grades = entries.map((e) => ({ slug: e.slug, grade: Math.round(gradeLevel(e.summary) * 10) / 10 }));
    const values = grades.map((g) => g.grade);
    const hardest = [...grades].sort((a, b) => b.grade - a.grade).slice(0, 5);
    console.info(
      `Summary reading grade (Flesch–Kincaid): median ${median(values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}, min ${Math.min(...values).toFixed(1)}, n=${values.length}; hardest: ${hardest.map((g) => `${g.slug} ${g.grade}`).join(", ")}`,
    );
    expect(median(values)).toBeLessThanOrEqual(8);
    expect(grades.filter((g) => g.grade > 11)).toEqual([]);
  });
});

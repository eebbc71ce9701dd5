import type { MarkdownHeading } from "astro";

/** Fewer `##` sections than this and a page is short enough to read without a table of contents. */
const MIN_SECTIONS_FOR_CONTENTS = 3;

/** The id remark-gfm gives the hidden heading of its footnotes, which is no section of the text. */
const FOOTNOTES_HEADING = "footnote-label";

/**
 * The sections an entry's "On this page" list links to: its `##` headings, in
 * order, when there are enough of them to need a list; otherwise none.
 */
export function pageSections(headings: readonly MarkdownHeading[]): MarkdownHeading[] {
  const sections = headings.filter((h) => h.depth === 2 && h.slug !== FOOTNOTES_HEADING);
  return sections.length >= MIN_SECTIONS_FOR_CONTENTS ? sections : [];
}

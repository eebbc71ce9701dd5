import type { FigureUse } from "../markdown/mdx-elements";
import type { EntryKind } from "../shared/kinds";

/**
 * What every page needs to know about an entry, whatever its kind: a flat,
 * plain object so the checks and helpers can be tested without a build.
 */
export interface GlossaryEntry {
  kind: EntryKind;
  slug: string;
  title: string;
  summary: string;
  aliases: string[];
  /** Slugs from the `related` field, in the editor's order. */
  related: string[];
  /** Slugs of the parent entries (`broader`), in the editor's order; empty for the four concepts. */
  broader: string[];
  /** Ids from the `sources` field, in the editor's order. */
  listedSourceIds: string[];
  /** Ids named by `<Cite id>` in the body. */
  citedIds: string[];
  /** Slugs named by `<Term id>` in the body. */
  termIds: string[];
  /** The `<Figure>`s in the body, as written, for the content check. */
  figures: FigureUse[];
  /** Slugs of every entry the page links to: `<Term id>` plus automatically linked mentions. */
  linksTo: string[];
  reviewed: Date;
  /** What changed and when, newest first. */
  updates: Array<{ date: Date; note: string }>;
  /** Path of the editor's file, for error messages. */
  filePath: string;
  /** Site-relative URL, without the base path. */
  path: string;
  pronunciation?: string;
  order?: number;
  compares?: [string, string];
}

/** Every source an entry relies on: the listed ones first, then any cited only in the body. */
export function entrySourceIds(entry: Pick<GlossaryEntry, "listedSourceIds" | "citedIds">): string[] {
  return [...new Set([...entry.listedSourceIds, ...entry.citedIds])];
}

/** Sources the entry lists in its frontmatter but never cites in its body, in the editor's order. */
export function uncitedSourceIds(entry: Pick<GlossaryEntry, "listedSourceIds" | "citedIds">): string[] {
  return entry.listedSourceIds.filter((id) => !entry.citedIds.includes(id));
}

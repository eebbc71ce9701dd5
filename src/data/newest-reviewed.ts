import { getCollection } from "astro:content";
import { ENTRY_KINDS, KINDS } from "../shared/kinds";
import { newestReviewed } from "./recent-updates";

let cached: Promise<Date> | undefined;

/**
 * The newest reviewed date of any entry, for the footer of pages that have no
 * date of their own. Computed once per build from the reviewed dates alone:
 * the footer of every page (the 404 included) should not wait on loading and
 * checking the whole glossary, which the pages that list entries do anyway.
 */
export function getNewestReviewed(): Promise<Date> {
  cached ??= Promise.all(ENTRY_KINDS.map((kind) => getCollection(KINDS[kind].collection))).then(
    (collections) => newestReviewed(collections.flat().map((entry) => entry.data)),
  );
  return cached;
}

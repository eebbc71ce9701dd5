import type { GlossaryEntry } from "./entry";

/** One dated change to an entry, as recorded in its `updates` field. */
export type EntryUpdate = GlossaryEntry["updates"][number];

/** An entry on the "Recently updated" list, with what made it fresh. */
export interface RecentChange {
  entry: GlossaryEntry;
  /** The later of the entry's newest update and its reviewed date. */
  date: Date;
  /** "updated" when the newest update is the latest event (or falls on the reviewed day), else "reviewed". */
  kind: "updated" | "reviewed";
  /** The entry's newest update, if it has any, even when a later review is what dates the entry. */
  update?: EntryUpdate;
}

/** The newest of an entry's updates, whatever order the editor wrote them in; undefined when there are none. */
export function newestUpdate(updates: readonly EntryUpdate[]): EntryUpdate | undefined {
  return updates.reduce<EntryUpdate | undefined>(
    (newest, u) => (!newest || u.date.getTime() > newest.date.getTime() ? u : newest),
    undefined,
  );
}

/** When and why an entry was last touched: its newest update or its reviewed date, whichever is later. */
export function latestChange(entry: GlossaryEntry): RecentChange {
  const update = newestUpdate(entry.updates);
  const updated = update !== undefined && update.date.getTime() >= entry.reviewed.getTime();
  return {
    entry,
    date: updated ? update.date : entry.reviewed,
    kind: updated ? "updated" : "reviewed",
    ...(update ? { update } : {}),
  };
}

/**
 * The `limit` most recently changed entries, newest first. On the same day, entries with an update
 * note come before those that were only reviewed, then titles in A–Z order, so the list is stable.
 */
export function recentChanges(entries: readonly GlossaryEntry[], limit = 5): RecentChange[] {
  return entries
    .map(latestChange)
    .sort(
      (a, b) =>
        b.date.getTime() - a.date.getTime() ||
        Number(b.update !== undefined) - Number(a.update !== undefined) ||
        a.entry.title.localeCompare(b.entry.title, "en", { sensitivity: "base" }),
    )
    .slice(0, Math.max(0, limit));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * A day as "5 Feb 2026", read in UTC (dates in the content are calendar days). Fixed month
 * abbreviations, so the output does not depend on the ICU data of the Node that builds the site.
 */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The newest reviewed date of any entry: the site's own "reviewed" date (the epoch when there are none). */
export function newestReviewed(entries: Iterable<Pick<GlossaryEntry, "reviewed">>): Date {
  let newest = new Date(0);
  for (const { reviewed } of entries) if (reviewed > newest) newest = reviewed;
  return newest;
}

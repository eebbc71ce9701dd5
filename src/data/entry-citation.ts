import { isoDate } from "../shared/text";
import type { GlossaryEntry } from "./entry";

/** What a citation of the site names besides the entry. */
export interface CitingSite {
  name: string;
  publisher: string;
}

/** APA-style citation of one entry, with its reviewed date and address. */
export function entryCitation(
  entry: Pick<GlossaryEntry, "title" | "reviewed">,
  url: string,
  site: CitingSite,
): string {
  const reviewed = isoDate(entry.reviewed);
  return `${site.publisher}. (${entry.reviewed.getUTCFullYear()}). ${entry.title}. In ${site.name}. Reviewed ${reviewed}. ${url}`;
}

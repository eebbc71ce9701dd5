import { foldAccents } from "../shared/text";
import type { GlossaryEntry } from "./entry";

/** One letter of the A–Z index. */
export interface LetterGroup {
  /** "A"–"Z", or "#" for titles that start with a digit or symbol. */
  letter: string;
  entries: GlossaryEntry[];
}

/** The letter a title is filed under: its first letter without accents, or "#". */
export function indexLetter(title: string): string {
  const first = foldAccents(title).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

/** Groups entries by index letter, letters in order and entries by title within each. */
export function groupByLetter(entries: readonly GlossaryEntry[]): LetterGroup[] {
  const groups = Map.groupBy(entries, (entry) => indexLetter(entry.title));
  return [...groups.entries()]
    .map(([letter, grouped]) => ({
      letter,
      entries: [...grouped].sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" })),
    }))
    .sort((a, b) => (a.letter === "#" ? -1 : b.letter === "#" ? 1 : a.letter.localeCompare(b.letter)));
}

/** The id of a letter's section on the A–Z page, `#letter-a`; "#" (digits and symbols) is `#letter-other`. */
export const letterAnchor = (letter: string): string =>
  letter === "#" ? "letter-other" : `letter-${letter.toLowerCase()}`;

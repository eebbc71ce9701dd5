import type { Source } from "../schemas/source";

/** "Johnson" from "Johnson KB": the family name of a "Family AB" author. */
const familyName = (author: string) => author.replace(/\s+[A-Z]{1,3}$/, "");

/** Short label for an inline citation: "NHGRI 2022", "Johnson et al. 2021", "Collins & Varmus 2015". */
export function citeLabel(source: Source): string {
  const authors = source.authors ?? [];
  let who: string;
  if (source.short) who = source.short;
  else if (authors.length === 1) who = familyName(authors[0]!);
  else if (authors.length === 2) who = `${familyName(authors[0]!)} & ${familyName(authors[1]!)}`;
  else if (authors.length > 2) who = `${familyName(authors[0]!)} et al.`;
  else who = source.body ?? source.title;
  return `${who} ${source.year}`;
}

/** Who is responsible for a source: its authors, or its corporate body. */
export function sourceCreators(source: Source): string {
  const authors = source.authors ?? [];
  if (authors.length === 0) return source.body ?? "";
  if (authors.length <= 20) return authors.join(", ");
  return `${authors.slice(0, 19).join(", ")}, … ${authors.at(-1)}`;
}

/** Journal details: "Clin Transl Sci 14(1):86–93". */
export function sourceContainer(source: Source): string {
  const where = source.journal ?? source.publisher ?? "";
  const volume = source.volume ? ` ${source.volume}${source.issue ? `(${source.issue})` : ""}` : "";
  const pages = source.pages ? `${volume ? ":" : " "}${source.pages.replace("-", "–")}` : "";
  return `${where}${volume}${pages}`;
}

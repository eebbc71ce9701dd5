import type { Source } from "../schemas/source";

/** "Johnson" from "Johnson KB": the family name of a "Family AB" author. */
const familyName = (author: string) => author.replace(/\s+[A-Z]{1,3}$/, "");

/** Short label for an inline citation: "NHGRI 2022", "Johnson et al. 2021", "Collins & Varmus 2015". */
export function citeLabel(source: Source): string {
  const authors = source.authors ?? [];
  const [first, second] = authors.map(familyName);
  let who: string;
  if (source.short) who = source.short;
  else if (!first) who = source.body ?? source.title;
  else if (source.etAl || authors.length > 2) who = `${first} et al.`;
  else who = second ? `${first} & ${second}` : first;
  return `${who} ${sourceYear(source)}`;
}

/** The year as cited: "n.d." (no date) for an undated web page. */
export const sourceYear = (source: Source): string => (source.year ? String(source.year) : "n.d.");

/** Who is responsible for a source: its authors, or its corporate body. */
export function sourceCreators(source: Source): string {
  const authors = source.authors ?? [];
  if (authors.length === 0) return source.body ?? "";
  if (source.etAl) return `${authors.join(", ")}, et al.`;
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

/**
 * The numbers of one page's citation markers, [1], [2] …: one per source, in
 * order of first citation in the body, so a source cited again keeps its number.
 * Derived from the entry's `citedIds` (read from its body) rather than counted
 * while rendering, so no state is shared between the pages of a build.
 */
export type CitationNumbers = ReadonlyMap<string, number>;

/** Numbers from the cited source ids in body order (repeats allowed). */
export function numberCitations(citedIds: readonly string[]): CitationNumbers {
  const numbers = new Map<string, number>();
  for (const id of citedIds) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** The anchor of a source in an entry's reference list. */
export const referenceAnchor = (id: string): string => `ref-${id}`;

/**
 * Instant term matching for the search box: finds entries by title, alias or
 * abbreviation as the reader types, tolerating spacing ("CYP 2D6"), spelling
 * variants and small typos ("pharmacogenomcs"). Pure, so it is unit-tested and
 * shipped to the browser as is.
 */

import { foldAccents } from "../shared/text";

/** One entry as listed in `/search-terms.json`. */
export interface SearchTerm {
  /** Title. */
  t: string;
  /** URL path including the base. */
  u: string;
  /** Kind label: "Concept", "Term" or "Comparison". */
  k: string;
  /** Plain-language summary. */
  s: string;
  /** Other names. */
  a: string[];
  /** Lay phrases from `content/synonyms.yaml` that lead here (not shown as names). */
  y?: string[];
  /** For a comparison: the URLs of the two entries it compares. */
  c?: [string, string];
}

export interface TermMatch {
  term: SearchTerm;
  /** The name that matched (title, alias or lay phrase). */
  name: string;
  score: number;
  /** The name is a lay phrase from the synonyms list, not one of the entry's own names. */
  synonym?: boolean;
}

/** Lowercase letters and digits only: "HLA-B*57:01" → "hlab5701", "CYP 2D6" → "cyp2d6". */
export function squash(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Edit distance allowing adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Typos allowed for a query of this length: none under 4 characters, one up to 7, two beyond. */
const allowedTypos = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/** How well one name answers the query (0 = not at all). */
export function scoreName(query: string, name: string): number {
  const q = squash(query);
  const n = squash(name);
  if (q === "" || n === "") return 0;
  if (n === q) return 100;
  if (n.startsWith(q)) return 80 - Math.min(20, n.length - q.length);
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map(squash);
  if (words.some((w) => w.startsWith(q))) return 60;
  if (q.length >= 3 && n.includes(q)) return 45;
  const typos = allowedTypos(q.length);
  if (typos > 0) {
    // Compare with the name's start at about the query's length, so a typo in a prefix still matches.
    let best = Infinity;
    for (let len = q.length - 1; len <= q.length + 1; len++)
      best = Math.min(best, editDistance(q, n.slice(0, len)));
    if (best <= typos) return 35 - best * 10;
  }
  return 0;
}

/** On a tie, the four long explainers are the likelier answer than a term that merely shares a word. */
const KIND_BONUS: Record<string, number> = { Concept: 3 };

/** Every name an entry answers to: title and aliases, then lay phrases (flagged `true`). */
export const termNames = (term: SearchTerm): Array<[string, boolean]> => [
  [term.t, false],
  ...term.a.map((a): [string, boolean] => [a, false]),
  ...(term.y ?? []).map((y): [string, boolean] => [y, true]),
];

/** The best-matching entries for a query, best first, at most `limit`. */
export function matchTerms(query: string, terms: readonly SearchTerm[], limit = 6, kind = ""): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const term of terms) {
    if (kind && term.k !== kind) continue;
    let best: TermMatch | undefined;
    for (const [name, synonym] of termNames(term)) {
      const match = scoreName(query, name);
      const score = match > 0 ? match + (KIND_BONUS[term.k] ?? 0) : 0;
      if (score > 0 && (!best || score > best.score))
        best = { term, name, score, ...(synonym && { synonym }) };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score || a.term.t.length - b.term.t.length).slice(0, limit);
}

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

/**
 * The last row of the optimal-string-alignment table: entry j is the edit
 * distance from `a` to the first j characters of `b`. Three rolling rows, so a
 * keystroke's thousands of comparisons allocate little.
 */
function lastDistanceRow(a: string, b: string, max = Infinity): Int32Array {
  let before = new Int32Array(b.length + 1);
  let previous = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    [before, previous, row] = [previous, row, before];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
    }
    // Every later row is at least this row's smallest entry (minus one for a transposition's row skip).
    if (max !== Infinity && Math.min(...row) > max + 1) return row.fill(max + 1);
  }
  return row;
}

/** Edit distance allowing adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  return lastDistanceRow(a, b)[b.length]!;
}

/** The edit distance when it is at most `max`, otherwise some number above `max` (stops early). */
export function editDistanceWithin(a: string, b: string, max: number): number {
  return Math.min(lastDistanceRow(a, b, max)[b.length]!, max + 1);
}

/** Typos allowed for a query of this length: none under 4 characters, one up to 7, two beyond. */
const allowedTypos = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/** A name with the squashed forms scoring compares, worked out once per term list, not per keystroke. */
interface PreparedName {
  name: string;
  synonym: boolean;
  squashed: string;
  words: string[];
}

const prepareName = (name: string, synonym: boolean): PreparedName => ({
  name,
  synonym,
  squashed: squash(name),
  words: name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map(squash),
});

/** How well one prepared name answers the squashed query (0 = not at all). */
function scorePrepared(q: string, { squashed: n, words }: PreparedName): number {
  if (q === "" || n === "") return 0;
  if (n === q) return 100;
  if (n.startsWith(q)) return 80 - Math.min(20, n.length - q.length);
  if (words.some((w) => w.startsWith(q))) return 60;
  if (q.length >= 3 && n.includes(q)) return 45;
  const typos = allowedTypos(q.length);
  if (typos > 0) {
    // Compare with the name's start at about the query's length, so a typo in a prefix still matches:
    // one table against a prefix one longer than the query holds the distances to all three lengths.
    const row = lastDistanceRow(q, n.slice(0, q.length + 1));
    let best = Infinity;
    for (let len = q.length - 1; len <= q.length + 1; len++)
      best = Math.min(best, row[Math.min(len, n.length)]!);
    if (best <= typos) return 35 - best * 10;
  }
  return 0;
}

/** How well one name answers the query (0 = not at all). */
export function scoreName(query: string, name: string): number {
  return scorePrepared(squash(query), prepareName(name, false));
}

/** On a tie, the four long explainers are the likelier answer than a term that merely shares a word. */
const KIND_BONUS: Record<string, number> = { Concept: 3 };

/** Every name an entry answers to: title and aliases, then lay phrases (flagged `true`). */
export const termNames = (term: SearchTerm): Array<[string, boolean]> => [
  [term.t, false],
  ...term.a.map((a): [string, boolean] => [a, false]),
  ...(term.y ?? []).map((y): [string, boolean] => [y, true]),
];

const preparedCache = new WeakMap<SearchTerm, PreparedName[]>();
/** An entry's names, prepared on first use. */
const preparedNames = (term: SearchTerm): PreparedName[] => {
  let names = preparedCache.get(term);
  if (!names) {
    names = termNames(term).map(([name, synonym]) => prepareName(name, synonym));
    preparedCache.set(term, names);
  }
  return names;
};

/** The best-matching entries for a query, best first, at most `limit`. */
export function matchTerms(query: string, terms: readonly SearchTerm[], limit = 6, kind = ""): TermMatch[] {
  const matches: TermMatch[] = [];
  const q = squash(query);
  for (const term of terms) {
    if (kind && term.k !== kind) continue;
    let best: TermMatch | undefined;
    for (const prepared of preparedNames(term)) {
      const { name, synonym } = prepared;
      const match = scorePrepared(q, prepared);
      const score = match > 0 ? match + (KIND_BONUS[term.k] ?? 0) : 0;
      if (score > 0 && (!best || score > best.score))
        best = { term, name, score, ...(synonym && { synonym }) };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score || a.term.t.length - b.term.t.length).slice(0, limit);
}

/**
 * Entries for a whole query, not just a name: "what is pharmacogenomics",
 * "gene test before chemo", "difference between precision and personalized
 * medicine". Builds on the name matcher: the query as typed, then without its
 * stopwords, then every entry named somewhere inside it (title, alias or lay
 * phrase, typo-tolerant), with a comparison card first when the query names
 * both sides or asks for a difference. When nothing matches, single words do.
 * Pure, so it is unit-tested and shipped to the browser as is.
 */
import { asksForComparison, queryWords, STOPWORDS } from "./query";
import {
  editDistance,
  editDistanceWithin,
  matchTerms,
  squash,
  termNames,
  type SearchTerm,
  type TermMatch,
} from "./term-match";

/** A name found whole inside the query beats a prefix of the whole query; longer names beat shorter. */
const NAMED_SCORE = 100;
const PER_NAMED_WORD = 10;
/** A comparison whose two sides the query names, or whose title words it uses with "vs"/"difference"… */
const COMPARISON_FIRST = 1000;
/** scoreName's score for a name equal to the query (kind bonus aside). */
const EXACT_NAME = 100;
/** Names spanning more query words than this are not looked for inside a query. */
const MAX_SPAN_WORDS = 5;

/** One entry name as its words and squashed form, built once per term list. */
interface IndexedName {
  term: SearchTerm;
  name: string;
  squashed: string;
  synonym: boolean;
}

const indexCache = new WeakMap<readonly SearchTerm[], Map<number, IndexedName[]>>();

/** Names by squashed length, so a span is compared only with names of about its length. */
function namesByLength(terms: readonly SearchTerm[]): Map<number, IndexedName[]> {
  let index = indexCache.get(terms);
  if (index) return index;
  index = new Map();
  for (const term of terms) {
    for (const [name, synonym] of termNames(term)) {
      const squashed = squash(name);
      if (squashed === "") continue;
      const list = index.get(squashed.length) ?? [];
      list.push({ term, name, squashed, synonym });
      index.set(squashed.length, list);
    }
  }
  indexCache.set(terms, index);
  return index;
}

/** Typos allowed when a span of the query is compared with a whole name. */
const spanTypos = (length: number) => (length < 5 ? 0 : length < 9 ? 1 : 2);

/** Entries whose whole name (typo-tolerant) appears as consecutive words in the query. */
function namedInQuery(words: string[], terms: readonly SearchTerm[]): Map<SearchTerm, TermMatch> {
  const index = namesByLength(terms);
  const found = new Map<SearchTerm, TermMatch & { start: number; end: number }>();
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + MAX_SPAN_WORDS); end++) {
      const span = words.slice(start, end);
      const significant = span.filter((w) => !STOPWORDS.has(w)).length;
      if (significant === 0 || STOPWORDS.has(span[0]!) || STOPWORDS.has(span[span.length - 1]!)) continue;
      const squashed = span.join("");
      // Only the closest names count: a span that is one entry's exact name is not a typo of another's.
      const typos = spanTypos(squashed.length);
      let closest: IndexedName[] = [];
      let closestDistance = typos + 1;
      for (let length = squashed.length - typos; length <= squashed.length + typos; length++) {
        for (const candidate of index.get(length) ?? []) {
          // Distances up to closestDistance's start count (as they always have); farther ones never do.
          const within = typos > 0 ? editDistanceWithin(squashed, candidate.squashed, typos + 1) : Infinity;
          const distance = candidate.squashed === squashed ? 0 : within <= typos + 1 ? within : Infinity;
          if (distance < closestDistance) [closest, closestDistance] = [[candidate], distance];
          else if (distance === closestDistance) closest.push(candidate);
        }
      }
      for (const candidate of closest) {
        const score = NAMED_SCORE + PER_NAMED_WORD * significant - 10 * closestDistance;
        const previous = found.get(candidate.term);
        if (!previous || score > previous.score) {
          found.set(candidate.term, {
            term: candidate.term,
            name: candidate.name,
            score,
            start,
            end,
            ...(candidate.synonym && { synonym: true }),
          });
        }
      }
    }
  }
  // "gene" inside "gene test" names Genetic testing, not Gene: a name inside a longer one found around it drops out.
  const spans = [...found.values()];
  const named = new Map<SearchTerm, TermMatch>();
  for (const { start, end, ...match } of spans) {
    const inside = spans.some((o) => o.start <= start && o.end >= end && o.end - o.start > end - start);
    if (!inside) named.set(match.term, match);
  }
  return named;
}

/** Whether every word of a comparison's title (but "vs") is in the query, allowing a typo in long words. */
function usesTitleWords(term: SearchTerm, words: readonly string[]): boolean {
  const titleWords = queryWords(term.t).filter((w) => !STOPWORDS.has(w));
  return (
    titleWords.length > 0 &&
    titleWords.every((t) => words.some((w) => w === t || (t.length >= 6 && editDistance(w, t) <= 1)))
  );
}

/** The best entries for a whole query, best first, at most `limit`; `kind` narrows them to one kind label. */
export function matchQuery(query: string, terms: readonly SearchTerm[], limit = 6, kind = ""): TermMatch[] {
  const words = queryWords(query);
  const significant = words.filter((w) => !STOPWORDS.has(w));
  const best = new Map<SearchTerm, TermMatch>();
  const add = (match: TermMatch) => {
    const previous = best.get(match.term);
    if (!previous || match.score > previous.score) best.set(match.term, match);
  };

  for (const match of matchTerms(query, terms, Infinity)) add(match);
  if (words.length > 1) {
    const cleaned = significant.join(" ");
    if (cleaned !== "" && cleaned !== words.join(" "))
      for (const match of matchTerms(cleaned, terms, Infinity)) add(match);
    const named = namedInQuery(words, terms);
    for (const match of named.values()) add(match);

    // Comparison intent: both sides named, or the comparison's own words with "vs", "difference"…
    const intent = asksForComparison(query);
    const namedUrls = new Set([...named.keys()].filter((t) => !t.c).map((t) => t.u));
    for (const term of terms) {
      if (!term.c) continue;
      const sidesNamed = term.c.filter((url) => namedUrls.has(url)).length;
      if (sidesNamed === 2 || (intent && usesTitleWords(term, significant))) {
        add({ term, name: term.t, score: COMPARISON_FIRST });
      } else if (intent && sidesNamed === 1) {
        // "precision medicine vs …": the comparisons of the one named entry come right after it.
        const side = [...named.values()].find((m) => term.c!.includes(m.term.u));
        if (side) add({ term, name: term.t, score: side.score - 1 });
      }
    }
  }

  // No dead ends: when the query as a whole names nothing, a word that is an entry's exact name still does.
  if (best.size === 0 && significant.length > 1) {
    for (const word of significant)
      for (const match of matchTerms(word, terms, Infinity))
        if (match.score >= EXACT_NAME) add({ ...match, score: match.score / 2 });
  }

  return [...best.values()]
    .filter((match) => !kind || match.term.k === kind)
    .sort((a, b) => b.score - a.score || a.term.t.length - b.term.t.length)
    .slice(0, limit);
}

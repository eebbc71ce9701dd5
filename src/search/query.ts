/**
 * What a typed query means before it is matched: its words, which of them
 * carry meaning (not "what", "is", "the"…), whether it asks for a comparison,
 * and the query sent to Pagefind with lay phrases replaced by entry titles.
 * Pure, so it is unit-tested and shipped to the browser as is.
 */

import { foldAccents } from "../shared/text";

/** Words that say how a question is asked, not what it is about: never searched for or highlighted alone. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about an and are as at be between by can compare compared comparison could define definition " +
    "difference differences differ do does explain for from how i in is it its me mean meaning means my " +
    "of on or same s should than that the their them these this to vs versus what whats when where which " +
    "who why will with"
  ).split(" "),
);

/** Said when a query asks to tell two things apart. */
const COMPARISON_INTENT =
  /\b(vs|versus|difference|differences|differ|compare|compared|comparison|same as)\b/i;

/** Lowercase words without accents; "HLA-B*57:01" → ["hla", "b", "57", "01"]. */
export function queryWords(text: string): string[] {
  return foldAccents(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/** The words that carry the query's meaning, in order. */
export function significantWords(text: string): string[] {
  return queryWords(text).filter((word) => !STOPWORDS.has(word));
}

/** Whether the query asks how two things differ ("vs", "difference between", "same as"…). */
export function asksForComparison(text: string): boolean {
  return COMPARISON_INTENT.test(text);
}

/** A lay phrase and the title of the entry it leads to, as shipped in `/search-terms.json`. */
export interface Synonym {
  phrase: string;
  title: string;
}

/**
 * The query for Pagefind: only the significant words (Pagefind wants every
 * word on a page, and highlights each), with each lay phrase from
 * `content/synonyms.yaml` replaced by its entry's title ("blood thinning
 * medicine genes" → "anticoagulant genes"). A query of stopwords only is sent as typed.
 */
export function fullTextQuery(text: string, synonyms: readonly Synonym[] = []): string {
  let words = significantWords(text);
  if (words.length === 0) return text.trim();
  // Longest phrases first, so "blood thinning medicine" wins over a shorter phrase inside it.
  const phrases = synonyms
    .map(({ phrase, title }) => ({ phrase: significantWords(phrase), title: significantWords(title) }))
    .filter(({ phrase }) => phrase.length > 0)
    .sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { phrase, title } of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((word, j) => words[i + j] === word)) {
        words = [...words.slice(0, i), ...title, ...words.slice(i + phrase.length)];
        i += title.length - 1;
      }
    }
  }
  return [...new Set(words)].join(" ");
}

/** What the term linker needs to know of an entry. */
export interface NamedEntry {
  slug: string;
  title: string;
  aliases: readonly string[];
}

/** One name a term can be mentioned by. */
export interface TermName {
  name: string;
  slug: string;
  /** Acronyms and gene symbols ("AI", "PGx", "CYP2D6") match only as written, so "ai" in prose is not linked. */
  caseSensitive: boolean;
}

/** A found mention: where it is in the text and which entry it names. */
export interface Mention {
  start: number;
  end: number;
  name: TermName;
}

/** "CPIC (Clinical Pharmacogenetics …)" is also mentioned as "CPIC". */
const withoutParenthetical = (title: string) => title.replace(/\s*\([^)]*\)\s*$/, "").trim();

/**
 * Straight and typographic quotes compare equal: the text reaches the linker
 * after smart punctuation has curled its quotes, while editors type names with
 * straight ones ("Crohn's"). Each quote stays one character, so offsets hold.
 */
const foldQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Whether a name at `start`–`end` is only part of a dotted name such as
 * "Hubble.2D6" (a model, not the gene's "2D6") or "CYP2D6.1": a word joined to
 * it by a full stop on either side.
 */
const inDottedName = (text: string, start: number, end: number) =>
  (text[start - 1] === "." && isWordChar(text[start - 2])) ||
  (text[end] === "." && isWordChar(text[end + 1]));

/** A name's words, lowercased: "HLA-B*57:01" → ["hla", "b", "57", "01"]. */
const wordsOf = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase());

/**
 * Finds mentions of known names in text. Names are filed by their first two
 * words (one-word names by their word), so each word of text is compared with
 * the few names that start with it and the word after it: the cost per word of
 * text does not grow with the size of the glossary.
 */
export class TermMatcher {
  readonly #byLead = new Map<string, TermName[]>();
  /** First words that begin a name of two or more words: only after these is the next word read. */
  readonly #leadsLonger = new Set<string>();

  constructor(entries: readonly NamedEntry[]) {
    const seen = new Set<string>();
    for (const entry of entries) {
      const names = [entry.title, withoutParenthetical(entry.title), ...entry.aliases].map(foldQuotes);
      for (const name of new Set(names)) {
        const caseSensitive = (name.match(/[A-Z]/g) ?? []).length >= 2 || /\d/.test(name);
        const key = caseSensitive ? name : name.toLowerCase();
        const words = wordsOf(name);
        if (name.length < 2 || words.length === 0 || seen.has(key)) continue;
        seen.add(key);
        if (words.length > 1) this.#leadsLonger.add(words[0]!);
        const lead = words.slice(0, 2).join(" ");
        const bucket = this.#byLead.get(lead) ?? [];
        bucket.push({ name, slug: entry.slug, caseSensitive });
        // Longest first, so "precision oncology treatment" wins over "precision oncology".
        bucket.sort((a, b) => b.name.length - a.name.length);
        this.#byLead.set(lead, bucket);
      }
    }
  }

  /** The names that can start at a word: those starting with it and the next word (longer), then the word alone. */
  #candidates(text: string, word: string, end: number): TermName[] {
    const alone = this.#byLead.get(word) ?? [];
    if (!this.#leadsLonger.has(word)) return alone;
    const next = /[\p{L}\p{N}]+/gu;
    next.lastIndex = end;
    const following = next.exec(text)?.[0].toLowerCase();
    const longer = following ? (this.#byLead.get(`${word} ${following}`) ?? []) : [];
    return longer.length === 0 ? alone : [...longer, ...alone];
  }

  /** Every mention in `text` as whole words, left to right, never overlapping. */
  *mentions(text: string): Generator<Mention> {
    const words = /[\p{L}\p{N}]+/gu;
    for (let match = words.exec(text); match; match = words.exec(text)) {
      const start = match.index;
      if (isWordChar(text[start - 1])) continue;
      for (const name of this.#candidates(text, match[0].toLowerCase(), start + match[0].length)) {
        const candidate = foldQuotes(text.slice(start, start + name.name.length));
        const same = name.caseSensitive
          ? candidate === name.name
          : candidate.toLowerCase() === name.name.toLowerCase();
        const end = start + name.name.length;
        if (!same || isWordChar(text[end]) || inDottedName(text, start, end)) continue;
        yield { start, end, name };
        words.lastIndex = end;
        break;
      }
    }
  }
}

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

/** The first run of letters and digits, lowercased: the key names are filed under. */
const firstWord = (text: string) => /^[\p{L}\p{N}]+/u.exec(text)?.[0].toLowerCase() ?? "";

/**
 * Finds mentions of known names in text. Names are filed by their first word,
 * so the cost per word of text does not grow with the size of the glossary.
 */
export class TermMatcher {
  readonly #byFirstWord = new Map<string, TermName[]>();

  constructor(entries: readonly NamedEntry[]) {
    const seen = new Set<string>();
    for (const entry of entries) {
      const names = [entry.title, withoutParenthetical(entry.title), ...entry.aliases].map(foldQuotes);
      for (const name of new Set(names)) {
        const caseSensitive = (name.match(/[A-Z]/g) ?? []).length >= 2 || /\d/.test(name);
        const key = caseSensitive ? name : name.toLowerCase();
        const word = firstWord(name);
        if (name.length < 2 || word === "" || seen.has(key)) continue;
        seen.add(key);
        const bucket = this.#byFirstWord.get(word) ?? [];
        bucket.push({ name, slug: entry.slug, caseSensitive });
        // Longest first, so "precision oncology" wins over "precision".
        bucket.sort((a, b) => b.name.length - a.name.length);
        this.#byFirstWord.set(word, bucket);
      }
    }
  }

  /** Every mention in `text` as whole words, left to right, never overlapping. */
  *mentions(text: string): Generator<Mention> {
    const words = /[\p{L}\p{N}]+/gu;
    for (let match = words.exec(text); match; match = words.exec(text)) {
      const start = match.index;
      if (isWordChar(text[start - 1])) continue;
      for (const name of this.#byFirstWord.get(match[0].toLowerCase()) ?? []) {
        const candidate = foldQuotes(text.slice(start, start + name.name.length));
        const same = name.caseSensitive
          ? candidate === name.name
          : candidate.toLowerCase() === name.name.toLowerCase();
        if (!same || isWordChar(text[start + name.name.length])) continue;
        yield { start, end: start + name.name.length, name };
        words.lastIndex = start + name.name.length;
        break;
      }
    }
  }
}

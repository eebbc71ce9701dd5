import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

/** Words as readers see them: "CYP2D6" and "HLA-B*57:01" count as one word each. */
const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’*:-]*/gu) ?? [];

/** Sentences end with . ! or ? followed by a space or the end (so "e.g." inside a word does not split). */
const sentences = (text: string) =>
  Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim() !== "").length);

/** Flesch–Kincaid grade of a short text, with syllables counted by the `syllable` library. */
export function gradeLevel(text: string): number {
  const list = words(text);
  return fleschKincaid({
    sentence: sentences(text),
    word: list.length,
    syllable: list.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0),
  });
}

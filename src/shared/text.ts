/**
 * Small text helpers shared by the build and the browser scripts: pure, with
 * no imports, so either side can use them.
 */

/** Drops accents: "Pharmacogénomique" → "Pharmacogenomique". Case is kept. */
export function foldAccents(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** A day as YYYY-MM-DD (UTC: dates in the content are calendar days), for `<time datetime>`, JSON and sitemaps. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * What Pagefind reads of a page, with the word breaks a browser shows. Pagefind
 * separates text only at the end of the elements it knows as blocks (p, td, li,
 * div, headings…), and the built HTML has no whitespace between tags, so header
 * cells and other blocks ran together in snippets ("…sources describeWhere it
 * is…"). A space after each such element's end tag (and after <br>) restores
 * the break; only the copy Pagefind reads changes, never the served page.
 */

/** Elements a reader sees as separate that Pagefind (1.x) does not end with a break. */
const UNBROKEN_BLOCKS = [
  "address",
  "aside",
  "caption",
  "dd",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "header",
  "main",
  "ol",
  "pre",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "th",
  "thead",
  "tr",
];

const END_TAGS = new RegExp(`</(?:${UNBROKEN_BLOCKS.join("|")})\\s*>|<br\\s*/?>`, "gi");

/** The page's HTML with a space after every end of a block Pagefind would otherwise run into the next. */
export function withTextBreaks(html: string): string {
  return html.replace(END_TAGS, "$& ");
}

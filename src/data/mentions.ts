import type { TermMatcher } from "../markdown/term-names";

/**
 * Removes what the term-link plugin never links in: code, headings, links,
 * MDX components with their content, and self-closing tags such as `<Cite />`.
 */
function linkableText(body: string): string {
  return body
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/^#{1,6}\s.*$/gm, " ")
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/<([A-Z][A-Za-z]*)\b[^>]*?\/>/g, " ")
    .replace(/<([A-Z][A-Za-z]*)\b[^>]*>[\s\S]*?<\/\1>/g, " ");
}

/**
 * The entries a page links to: those named by `<Term id>`, then (unless the
 * page opts out) those whose names the term-link plugin finds in its text.
 * Backlinks ("Mentioned in") are the reverse of this.
 */
export function linkedSlugs(options: {
  body: string;
  ownSlug: string;
  explicit: readonly string[];
  autolink: boolean;
  matcher: TermMatcher;
}): string[] {
  const slugs = new Set(options.explicit);
  if (options.autolink) {
    for (const { name } of options.matcher.mentions(linkableText(options.body))) slugs.add(name.slug);
  }
  slugs.delete(options.ownSlug);
  return [...slugs];
}

import type { RemarkPlugins } from "@astrojs/markdown-remark";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import rehypeHeadingAnchors from "./rehype-heading-anchors";
import rehypeTableScroll from "./rehype-table-scroll";
import remarkSmartPunctuation from "./remark-smart-punctuation";
import remarkTermLinks from "./remark-term-links";
import type { TermMatcher } from "./term-mentions";

/**
 * The remark plugins, in order: GFM (tables, footnotes), typographic quotes
 * and dashes, then links for term mentions. Astro's built-in GFM and
 * smartypants are off (astro.config.mjs), so this list is every remark step
 * that changes the text (Astro only adds one that collects image paths). The
 * MDX compiler and the data layer's body reader both run it, so "Mentioned in"
 * agrees with the links on the pages.
 */
export const remarkPlugins = (matcher: TermMatcher): RemarkPlugins => [
  remarkGfm,
  remarkSmartPunctuation,
  [remarkTermLinks, matcher],
];

/** The rehype plugins, in order: heading ids, "#" links after headings, then a scroll region around each table. */
export const rehypePlugins = [rehypeSlug, rehypeHeadingAnchors, rehypeTableScroll];

import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import rehypeHeadingAnchors from "./rehype-heading-anchors";
import remarkTermLinks, { type RemarkTermLinksOptions } from "./remark-term-links";

/**
 * The remark plugins, in order: GFM (tables, footnotes), then links for term
 * mentions. The build and the backlink finder both use this list, so
 * "Mentioned in" always agrees with the links on the pages.
 */
export const remarkPlugins = (termLinks: RemarkTermLinksOptions) => [
  remarkGfm,
  [remarkTermLinks, termLinks] as [typeof remarkTermLinks, RemarkTermLinksOptions],
];

/** The rehype plugins, in order: heading ids, then "#" links after headings. */
export const rehypePlugins = [rehypeSlug, rehypeHeadingAnchors];

import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import rehypeHeadingAnchors from "./rehype-heading-anchors";
import remarkTermLinks, { type RemarkTermLinksOptions } from "./remark-term-links";

/** The remark plugins, in order: GFM (tables, footnotes), then links for term mentions. */
export const remarkPlugins = (contentDir: string) => [
  remarkGfm,
  [remarkTermLinks, { contentDir }] as [typeof remarkTermLinks, RemarkTermLinksOptions],
];

/** The rehype plugins, in order: heading ids, then "#" links after headings. */
export const rehypePlugins = [rehypeSlug, rehypeHeadingAnchors];

import { siteConfig, type FeaturedSlugs } from "../site.config";
import type { GlossaryEntry } from "./entry";
import { entryPath } from "./urls";
import { closest, type ContentProblem } from "./validate";

/** Where the featured slugs are set, for error messages. */
const FEATURED_FILE = "src/site.config.ts";

/**
 * The path of the headline comparison, known from the configuration alone: the
 * menu on every page links to it without loading the glossary (the home page's
 * check below makes sure it exists).
 */
export function headlineComparisonPath(featured: FeaturedSlugs = siteConfig.featured): string {
  return entryPath("comparison", featured.headlineComparison);
}

/** Every featured slug that names no entry, or an entry of the wrong kind, said so the editor can fix it. */
export function findFeaturedProblems(
  featured: FeaturedSlugs,
  bySlug: ReadonlyMap<string, Pick<GlossaryEntry, "kind" | "slug">>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slug = featured.headlineComparison;
  const field = "featured.headlineComparison";
  const entry = bySlug.get(slug);
  const comparisons = [...bySlug.values()].filter((e) => e.kind === "comparison").map((e) => e.slug);
  const near = closest(slug, comparisons);
  const fix = `set it to the file name (without .mdx) of a comparison in content/comparisons${near ? `, e.g. "${near}"` : ""}, or create content/comparisons/${slug}.mdx`;
  if (!entry) {
    problems.push({
      file: FEATURED_FILE,
      field,
      message: `no entry has the slug "${slug}"${near ? ` (did you mean "${near}"?)` : ""}`,
      fix,
    });
  } else if (entry.kind !== "comparison") {
    problems.push({
      file: FEATURED_FILE,
      field,
      message: `"${slug}" is a ${entry.kind}, not a comparison`,
      fix,
    });
  }
  return problems;
}

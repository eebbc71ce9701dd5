import { siteConfig } from "../site.config";
import type { GlossaryEntry } from "./entry";
import { findFeaturedProblems } from "./featured";
import { getEntriesOfKind, getGlossary } from "./glossary";
import { ContentCheckError } from "./validate";

/** The featured entries, checked: a missing or wrong-kind slug stops the build with the file, the field and the fix. */
async function getFeaturedEntries(): Promise<{ headlineComparison: GlossaryEntry }> {
  const { bySlug } = await getGlossary();
  const problems = findFeaturedProblems(siteConfig.featured, bySlug);
  if (problems.length > 0) throw new ContentCheckError(problems);
  return { headlineComparison: bySlug.get(siteConfig.featured.headlineComparison)! };
}

/** What the home page lists: the headline comparison, the concepts in order, and the other comparisons. */
export async function getHomeEntries() {
  const { headlineComparison: headline } = await getFeaturedEntries();
  const concepts = await getEntriesOfKind("concept");
  const comparisons = (await getEntriesOfKind("comparison")).filter((c) => c.slug !== headline.slug);
  return { headline, concepts, comparisons };
}

/** The entry About cites as its example: the configured one, or the first entry when the content has no such entry. */
export async function getCitationExample(): Promise<GlossaryEntry> {
  const { bySlug, entries } = await getGlossary();
  return bySlug.get(siteConfig.citationExample) ?? entries[0]!;
}

import { bodyParts } from "../markdown/body-html";
import { numberCitations } from "./citation-numbers";
import { uncitedSourceIds } from "./entry";
import { getBacklinks, getEntriesBySlugs, getEntryBySlug, getHierarchy, getEntryBody } from "./glossary";
import { mentionedIn } from "./mentioned-in";
import type { Crumb } from "./structured-data";

/**
 * Everything an entry page shows besides its rendered body: the entry, its
 * place in the map of the field, the entries around it, and its citations.
 */
export async function getEntryPage(slug: string) {
  const entry = await getEntryBySlug(slug);
  const [body, related, backlinks, hierarchy] = await Promise.all([
    getEntryBody(slug),
    getEntriesBySlugs(entry.related),
    getBacklinks(slug),
    getHierarchy(),
  ]);
  return {
    entry,
    /** The body in its parts (HTML, and the figures between), and its headings. */
    body: { parts: bodyParts(body.html, body.figures), headings: body.headings },
    /** Numbers of the sources cited in the body, in order of first citation: the [1], [2] of `<Cite>`. */
    citationNumbers: numberCitations(entry.citedIds),
    /** Sources listed in the frontmatter but never cited in the body. */
    uncitedSourceIds: uncitedSourceIds(entry),
    related,
    /** Entries whose pages link to this one ("Mentioned in"), at most a fixed number of them. */
    mentionedIn: mentionedIn(entry, backlinks),
    /** The breadcrumb trail from the entry's concept down to the entry. */
    trail: hierarchy.trail(slug).map((e): Crumb => ({ name: e.title, path: e.path })),
    /** The entry's parents in the map of the field, for its JSON-LD. */
    parents: hierarchy.parents(slug),
    /** The entries directly under it ("Narrower terms"). */
    narrower: hierarchy.children(slug),
  };
}

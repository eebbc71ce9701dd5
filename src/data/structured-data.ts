import { isoDate } from "../shared/text";
import type { GlossaryEntry } from "./entry";
import { publicUrl } from "./urls";

/** The glossary as a schema.org DefinedTermSet reference, shared by every term. */
function termSet(name: string) {
  return { "@type": "DefinedTermSet", "@id": publicUrl("/glossary/"), name };
}

/**
 * How an entry names its parents, on every entry page: SKOS's `broader` (the
 * property the content's `broader` field is named after), written as its full
 * IRI so that the schema.org context stays as it is. schema.org has no
 * "broader" for a DefinedTerm, and `isPartOf` is meant for creative works, so
 * it is not used. Each parent is a DefinedTerm whose `@id` is its page's URL,
 * as every entry's own `@id` is; concepts, the roots, have no parent.
 */
export const SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader";

/** schema.org JSON-LD for one entry page; `parents` are the entry's `broader` entries. */
export function definedTermJsonLd(
  entry: GlossaryEntry,
  setName: string,
  parents: readonly GlossaryEntry[] = [],
) {
  const url = (e: GlossaryEntry) => publicUrl(e.path);
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    "@id": url(entry),
    name: entry.title,
    description: entry.summary,
    termCode: entry.slug,
    url: publicUrl(entry.path),
    ...(entry.aliases.length > 0 ? { alternateName: entry.aliases } : {}),
    dateModified: isoDate(entry.reviewed),
    inDefinedTermSet: termSet(setName),
    ...(parents.length > 0
      ? { [SKOS_BROADER]: parents.map((p) => ({ "@type": "DefinedTerm", "@id": url(p), name: p.title })) }
      : {}),
  };
}

/** A step of a breadcrumb trail: what it is called and its site-relative path. */
export interface Crumb {
  name: string;
  path: string;
}

/** schema.org BreadcrumbList for a trail of pages, the first (Home) to the current one. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: publicUrl(crumb.path),
    })),
  };
}

/** schema.org JSON-LD for the A–Z page: the whole set with every term. */
export function definedTermSetJsonLd(entries: readonly GlossaryEntry[], setName: string) {
  return {
    "@context": "https://schema.org",
    ...termSet(setName),
    url: publicUrl("/glossary/"),
    hasDefinedTerm: entries.map((entry) => ({
      "@type": "DefinedTerm",
      name: entry.title,
      termCode: entry.slug,
      url: publicUrl(entry.path),
    })),
  };
}

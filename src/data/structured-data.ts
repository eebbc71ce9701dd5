import type { GlossaryEntry } from "./entry";
import { withBase } from "./urls";

/** The glossary as a schema.org DefinedTermSet reference, shared by every term. */
function termSet(site: URL, name: string) {
  return { "@type": "DefinedTermSet", "@id": new URL(withBase("/glossary/"), site).href, name };
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
  site: URL,
  setName: string,
  parents: readonly GlossaryEntry[] = [],
) {
  const url = (e: GlossaryEntry) => new URL(withBase(e.path), site).href;
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    "@id": url(entry),
    name: entry.title,
    description: entry.summary,
    termCode: entry.slug,
    url: new URL(withBase(entry.path), site).href,
    ...(entry.aliases.length > 0 ? { alternateName: entry.aliases } : {}),
    dateModified: entry.reviewed.toISOString().slice(0, 10),
    inDefinedTermSet: termSet(site, setName),
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
export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: URL) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: new URL(withBase(crumb.path), site).href,
    })),
  };
}

/** schema.org JSON-LD for the A–Z page: the whole set with every term. */
export function definedTermSetJsonLd(entries: readonly GlossaryEntry[], site: URL, setName: string) {
  return {
    "@context": "https://schema.org",
    ...termSet(site, setName),
    url: new URL(withBase("/glossary/"), site).href,
    hasDefinedTerm: entries.map((entry) => ({
      "@type": "DefinedTerm",
      name: entry.title,
      termCode: entry.slug,
      url: new URL(withBase(entry.path), site).href,
    })),
  };
}

import type { GlossaryEntry } from "./entry";
import { withBase } from "./urls";

/** The glossary as a schema.org DefinedTermSet reference, shared by every term. */
function termSet(site: URL, name: string) {
  return { "@type": "DefinedTermSet", "@id": new URL(withBase("/glossary/"), site).href, name };
}

/** schema.org JSON-LD for one entry page. */
export function definedTermJsonLd(entry: GlossaryEntry, site: URL, setName: string) {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: entry.title,
    description: entry.summary,
    termCode: entry.slug,
    url: new URL(withBase(entry.path), site).href,
    ...(entry.aliases.length > 0 ? { alternateName: entry.aliases } : {}),
    dateModified: entry.reviewed.toISOString().slice(0, 10),
    inDefinedTermSet: termSet(site, setName),
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

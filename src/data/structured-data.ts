import type { GlossaryEntry } from "./entry";
import { publicUrl } from "./urls";

/** The glossary as a schema.org DefinedTermSet reference, shared by every term. */
function termSet(name: string) {
  return { "@type": "DefinedTermSet", "@id": publicUrl("/glossary/"), name };
}

/** schema.org JSON-LD for one entry page. */
export function definedTermJsonLd(entry: GlossaryEntry, setName: string) {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    name: entry.title,
    description: entry.summary,
    termCode: entry.slug,
    url: publicUrl(entry.path),
    ...(entry.aliases.length > 0 ? { alternateName: entry.aliases } : {}),
    dateModified: entry.reviewed.toISOString().slice(0, 10),
    inDefinedTermSet: termSet(setName),
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

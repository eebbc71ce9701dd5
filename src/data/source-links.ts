import type { Source } from "../schemas/source";

/** The resolver address of a DOI: the publisher's own copy. */
const doiUrl = (doi: string): string => `https://doi.org/${doi}`;

/** A PubMed record's page. */
export const pubmedUrl = (pmid: string): string => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;

/** A PubMed Central article's page. */
export const pmcUrl = (pmcid: string): string => `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`;

/** Where a link to a source goes: its DOI when it has one (the publisher's version), else its URL. */
export function sourceHref(source: Pick<Source, "doi" | "url">): string | undefined {
  return source.doi ? doiUrl(source.doi) : source.url;
}

/** A web address shown as its site's name: "fda.gov" for https://www.fda.gov/…. */
export const hostLabel = (url: string): string => new URL(url).hostname.replace(/^www\./, "");

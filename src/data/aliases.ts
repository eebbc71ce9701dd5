import type { GlossaryEntry } from "./entry";
import { aliasSlug } from "./urls";

/** A `/glossary/<slug>/` page that sends the reader to the entry it names. */
export interface AliasRedirect {
  /** URL slug under /glossary/, e.g. "pgx". */
  slug: string;
  /** The name as written, e.g. "PGx". */
  alias: string;
  target: GlossaryEntry;
}

/**
 * Every `/glossary/<slug>/` redirect the site needs: one per alias, and one per
 * concept or comparison (their pages live elsewhere, but readers guess the
 * glossary URL). Collisions are rejected earlier by the content check.
 */
export function aliasRedirects(entries: readonly GlossaryEntry[]): AliasRedirect[] {
  const taken = new Set(entries.filter((e) => e.kind === "term").map((e) => e.slug));
  const redirects: AliasRedirect[] = [];
  const add = (slug: string, alias: string, target: GlossaryEntry) => {
    if (slug === "" || taken.has(slug)) return;
    taken.add(slug);
    redirects.push({ slug, alias, target });
  };
  for (const target of entries) {
    if (target.kind !== "term") add(target.slug, target.title, target);
  }
  for (const target of entries) {
    for (const alias of target.aliases) add(aliasSlug(alias), alias, target);
  }
  return redirects;
}

/** One page at `/glossary/<slug>/`: a term's own page, or (with `redirect`) a redirect to the entry an alias names. */
export type GlossarySlugPage = {
  slug: string;
  redirect: AliasRedirect | undefined;
};

/** Every page under `/glossary/`: each term in the order given, then every redirect. */
export function glossarySlugPages(entries: readonly GlossaryEntry[]): GlossarySlugPage[] {
  return [
    ...entries.filter((e) => e.kind === "term").map(({ slug }) => ({ slug, redirect: undefined })),
    ...aliasRedirects(entries).map((redirect) => ({ slug: redirect.slug, redirect })),
  ];
}

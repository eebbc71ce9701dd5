import { foldAccents } from "../shared/text";
import { siteConfig } from "../site.config";
import { KINDS, type EntryKind } from "../shared/kinds";

/** Site-relative path of an entry, without the base path: `/glossary/cyp2d6/`. */
export function entryPath(kind: EntryKind, slug: string): string {
  return `/${KINDS[kind].urlPrefix}/${slug}/`;
}

/** Site-relative path of the map page: the whole field, or one concept's tree. */
export function mapPath(conceptSlug?: string): string {
  return conceptSlug ? `/map/${conceptSlug}/` : "/map/";
}

/** Prefixes a site-relative path with the configured base, so the site also works under a sub-path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith("/") ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith("/") ? path : `/${path}`}`;
}

/**
 * The address readers copy and other sites store: absolute at the public
 * origin (`SITE_URL`), or root-relative in a local preview, which has none.
 */
export function publicUrl(path: string, origin: string | undefined = siteConfig.url): string {
  const local = withBase(path);
  return origin ? new URL(local, origin).href : local;
}

/** Turns an alias such as "Personalised medicine" or "CYP 2D6" into its URL slug. */
export function aliasSlug(alias: string): string {
  return foldAccents(alias)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Site-relative path of a source in the bibliography: `/sources/#<id>`. */
export function sourcePath(sourceId: string): string {
  return `/sources/#${sourceId}`;
}

/** Site-relative path of a milestone on the timeline: `/timeline/#<id>`. */
export function timelinePath(milestoneId: string): string {
  return `/timeline/#${milestoneId}`;
}

/** Site-relative path of a row of the gene–drug table: `/gene-drug-table/#<id>`. */
export function geneDrugRowPath(pairId: string): string {
  return `/gene-drug-table/#${pairId}`;
}

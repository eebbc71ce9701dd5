import { ENTRY_KINDS } from "../shared/kinds";
import { z } from "astro/zod";
import { slugSchema } from "./slug";

/** One entry of `/glossary.json`. */
const glossaryJsonEntrySchema = z.strictObject({
  /** The entry's slug: the last part of its URL. */
  slug: slugSchema,
  /** The entry's title. */
  title: z.string().min(1),
  /** What kind of entry it is; each kind has its own URL folder. */
  kind: z.enum(ENTRY_KINDS),
  /** Other names for the entry, as editors wrote them. */
  aliases: z.array(z.string().min(1)),
  /** Slugs of the entry's parents in the map of the field; empty for the concepts. */
  broader: z.array(slugSchema),
  /** The plain-language summary, 20 to 200 characters. */
  summary: z.string().min(20).max(200),
  /** The entry's public address: absolute once the site has a public origin, root-relative in a local preview. */
  url: z.union([z.url(), z.string().regex(/^\/\S*$/, "a root-relative path")]),
  /** The day an editor last checked the entry against its sources, YYYY-MM-DD. */
  reviewed: z.iso.date(),
  /** Ids of the sources the entry relies on, in `/sources/#<id>`; at least one. */
  sources: z.array(z.string().min(1)).min(1),
});

/** The published shape of `/glossary.json`: a contract for anyone who consumes it. */
export const glossaryJsonSchema = z.strictObject({
  /** Every entry, in title order. */
  entries: z.array(glossaryJsonEntrySchema).min(1),
});

export type GlossaryJson = z.infer<typeof glossaryJsonSchema>;

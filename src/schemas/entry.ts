import { reference } from "astro:content";
import { z } from "astro/zod";
import { slugSchema } from "./slug";

/** Longest plain-language summary, in characters: one or two short sentences. */
const SUMMARY_MAX = 200;

/**
 * Fields every entry has, whatever its kind. Each kind `.extend()`s this with a
 * literal `kind` and its own fields.
 */
const baseEntrySchema = z.object({
  /** The name readers know the entry by, as it appears in headings and the A–Z. */
  title: z.string().trim().min(1, "add a title"),
  /** Plain-language answer a 13-year-old can follow; at most 200 characters, no unexplained jargon. */
  summary: z
    .string()
    .trim()
    .min(20, "write a one- or two-sentence plain summary (at least 20 characters)")
    .max(SUMMARY_MAX, {
      error: (issue) =>
        `keep the summary to at most ${SUMMARY_MAX} characters: one or two short sentences (it has ${typeof issue.input === "string" ? issue.input.length : "more"})`,
    }),
  /** Other names, spellings and abbreviations ("PGx", "personalised medicine"). Each also gets a redirect URL. */
  aliases: z.array(z.string().trim().min(1, "remove the empty alias")).default([]),
  /** Slugs of other entries (any kind) a reader should see next; checked at build time. */
  related: z.array(slugSchema).default([]),
  /**
   * Slugs of the entries this one sits under in the map of the field (SKOS's `broader`): a term's
   * parents, e.g. `[pharmacogenomics]` for CYP2D6. Every term and comparison names at least one; the
   * four concepts are the roots and name none. Checked at build time: each must exist, with no cycle.
   */
  broader: z.array(slugSchema).default([]),
  /** Ids of records in `content/sources.yaml` that back this entry's claims; at least one. */
  sources: z.array(reference("sources")).min(1, "cite at least one source id from content/sources.yaml"),
  /** Set to false to stop automatic links from mentions of other terms on this page. */
  autolink: z.boolean().default(true),
  /** How to say a hard word, as a respelling ("FAR-muh-koh-juh-NOH-miks"); omit for easy words. */
  pronunciation: z.string().trim().min(1).optional(),
  /** The day an editor last checked the entry against its sources, as YYYY-MM-DD. */
  reviewed: z.coerce.date({ error: "give the reviewed date as YYYY-MM-DD" }),
  /**
   * What changed in the entry and when, newest first: each a date (YYYY-MM-DD) and one plain sentence,
   * e.g. `{ date: 2026-02-05, note: "FDA labeling now carries a boxed warning about DPD deficiency." }`.
   * Shown near the title; the newest feeds "Recently updated".
   */
  updates: z
    .array(
      z.object({
        /** The day the change was made, as YYYY-MM-DD. */
        date: z.coerce.date({ error: "give the update's date as YYYY-MM-DD" }),
        /** One sentence saying what changed, in plain words. */
        note: z
          .string()
          .trim()
          .min(10, "say in one sentence what changed")
          .max(240, "keep the note to at most 240 characters"),
      }),
    )
    .default([]),
});

/** A long-form explainer, served at `/concepts/<slug>/`. */
export const conceptSchema = baseEntrySchema.extend({
  /** Always "concept"; set by the collection, not by editors. */
  kind: z.literal("concept").default("concept"),
  /** Position on the home page and in navigation, lowest first. */
  order: z.number().int().min(1, "order starts at 1"),
});

/** A glossary term, served at `/glossary/<slug>/`. */
export const termSchema = baseEntrySchema.extend({
  /** Always "term"; set by the collection, not by editors. */
  kind: z.literal("term").default("term"),
});

/** An "A vs B" card, served at `/compare/<slug>/`. */
export const comparisonSchema = baseEntrySchema.extend({
  /** Always "comparison"; set by the collection, not by editors. */
  kind: z.literal("comparison").default("comparison"),
  /** The two entries compared, by slug, in the order the title names them. */
  compares: z.tuple([slugSchema, slugSchema], {
    error: "list exactly two entry slugs, e.g. [precision-medicine, personalized-medicine]",
  }),
});

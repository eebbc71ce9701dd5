import { reference } from "astro:content";
import { z } from "astro/zod";
import { slugSchema } from "./slug";

/** One dated event on the timeline, from `content/milestones.yaml`. */
export const milestoneSchema = z.object({
  /** Stable id, also the anchor on `/timeline/`. */
  id: slugSchema,
  /** When it happened, as precisely as the source says: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "write the date as YYYY, YYYY-MM or YYYY-MM-DD"),
  /** A short name for the event on the timeline picture, at most 29 characters. */
  label: z
    .string()
    .trim()
    .min(3, "give the event a short name for the timeline picture")
    .max(29, "keep the label to at most 29 characters: it names the event on the timeline picture"),
  /** What happened, in one or two sentences of your own. */
  event: z.string().trim().min(10, "describe the event in a sentence"),
  /** Ids of sources in `content/sources.yaml` that document the event. */
  sources: z.array(reference("sources")).min(1, "cite at least one source id"),
  /** Slugs of entries the event relates to. */
  related: z.array(slugSchema).default([]),
});

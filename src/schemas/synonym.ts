import { z } from "astro/zod";
import { slugSchema } from "./slug";

/** One record of `content/synonyms.yaml`: lay phrases readers type, and the entry they lead to in search. */
export const synonymSchema = z.object({
  /** The slug (file name) of the entry these phrases lead to, e.g. `anticoagulant`. */
  id: slugSchema,
  /** Everyday phrases for it that are not already its title or an alias, e.g. "blood thinning medicine". */
  phrases: z
    .array(z.string().trim().min(2, "write a phrase of at least two letters"))
    .min(1, "list at least one phrase"),
});

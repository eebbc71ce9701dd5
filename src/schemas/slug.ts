import { z } from "astro/zod";

/** Lowercase ASCII words joined by single hyphens: the shape of every URL slug and id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id or slug that is safe in a URL. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, "must be lowercase ASCII words joined by hyphens (for example `star-allele`)");

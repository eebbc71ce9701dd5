import { reference } from "astro:content";
import { z } from "astro/zod";
import { slugSchema } from "./slug";

/** One row of the gene–drug table, from `content/gene-drug-pairs.yaml`. Descriptive only: never dosing advice. */
export const geneDrugPairSchema = z.object({
  /** Stable id, also the row's anchor on `/gene-drug-table/`, e.g. "cyp2c19-clopidogrel". */
  id: slugSchema,
  /** Gene symbol(s) as written in guidelines, e.g. "CYP2C19" or "TPMT and NUDT15". */
  gene: z.string().trim().min(1, "name the gene"),
  /** Drug or drug class, lower case unless a brand, e.g. "clopidogrel". */
  drug: z.string().trim().min(1, "name the drug"),
  /** What guidelines and labels say the variant does, in plain words; no dosing instructions. */
  effect: z.string().trim().min(20, "describe the effect in a plain sentence"),
  /** Source id of the CPIC guideline for this pair; omit when CPIC has none. */
  guideline: reference("sources").optional(),
  /** Where the FDA labeling table puts the information, e.g. "Boxed Warning; Clinical Pharmacology". */
  labelSections: z.string().trim().min(1).optional(),
  /** Source ids backing the row: the FDA table(s) and anything else cited. */
  sources: z.array(reference("sources")).min(1, "cite at least one source id"),
  /** Slugs of glossary entries for the gene, drug class or idea. */
  related: z.array(slugSchema).default([]),
});

import { reference } from "astro:content";
import { z } from "astro/zod";
import { slugSchema } from "./slug";

/** CPIC's levels for a gene–drug pair, strongest first, as defined on https://cpicpgx.org/genes-drugs/. */
const CPIC_LEVELS = ["A", "A/B", "B", "B/C", "C", "C/D", "D"] as const;

/** One row of the gene–drug table, from `content/gene-drug-pairs.yaml`. Descriptive only: never dosing advice. */
export const geneDrugPairSchema = z
  .object({
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
    /** CPIC's level for the pair (https://cpicpgx.org/genes-drugs/); A and B mean enough evidence for at least one prescribing action. */
    cpicLevel: z.enum(CPIC_LEVELS, {
      error:
        "give CPIC's level for the pair: A, A/B, B, B/C, C, C/D or D (see https://cpicpgx.org/genes-drugs/)",
    }),
    /** "final" when a CPIC guideline reviewed the pair; "provisional" when CPIC assigned the level without a guideline. */
    cpicLevelStatus: z
      .enum(["final", "provisional"], {
        error:
          'write "final" (a CPIC guideline covers the pair) or "provisional" (CPIC has no guideline for it yet)',
      })
      .default("final"),
    /** Whether FDA's Table of Pharmacogenomic Biomarkers in Drug Labeling lists this gene for this drug, in the version checked. */
    fdaLabel: z.boolean({
      error:
        "write fdaLabel: true if FDA's biomarker table lists the gene for this drug, or false if it does not",
    }),
    /** Where the FDA labeling table puts the information, e.g. "Boxed Warning; Clinical Pharmacology"; required when fdaLabel is true. */
    labelSections: z.string().trim().min(1, "name the label sections, or delete the field").optional(),
    /** When the label information was checked, YYYY-MM-DD: today only if verified today, otherwise the version date of the FDA table or page seen. */
    labelChecked: z
      .string({ error: "give labelChecked, the date of the label information, as YYYY-MM-DD" })
      .regex(
        /^\d{4}-\d{2}-\d{2}$/,
        "write labelChecked as YYYY-MM-DD: the day you checked, or the version date of the FDA table you saw",
      ),
    /** Source ids backing the row: the FDA table(s) and anything else cited. */
    sources: z.array(reference("sources")).min(1, "cite at least one source id"),
    /** Slugs of glossary entries for the gene, drug class or idea. */
    related: z.array(slugSchema).default([]),
  })
  .superRefine((pair, ctx) => {
    if (pair.fdaLabel && !pair.labelSections) {
      ctx.addIssue({
        code: "custom",
        path: ["labelSections"],
        message: 'fdaLabel is true: name the label sections, e.g. "Boxed Warning; Clinical Pharmacology"',
      });
    }
    if (!pair.fdaLabel && pair.labelSections) {
      ctx.addIssue({
        code: "custom",
        path: ["labelSections"],
        message:
          "fdaLabel is false: delete labelSections, or set fdaLabel: true if FDA's table lists the gene",
      });
    }
    if (pair.cpicLevelStatus === "final" && !pair.guideline) {
      ctx.addIssue({
        code: "custom",
        path: ["guideline"],
        message:
          'a final CPIC level comes from a guideline: add its source id, or write cpicLevelStatus: "provisional"',
      });
    }
  });

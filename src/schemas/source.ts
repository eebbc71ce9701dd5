import { z } from "astro/zod";
import { slugSchema } from "./slug";

/** An https address of the original publisher (never a mirror or repost). */
const httpsUrl = z
  .url({ error: "give a full https URL of the original publisher" })
  .refine((value) => value.startsWith("https://"), "use an https URL");

/** One record of the bibliography in `content/sources.yaml`; cited by id. */
export const sourceSchema = z
  .object({
    /** Stable id used in `sources:` frontmatter and in `/sources/#<id>`. */
    id: slugSchema,
    /** Personal authors as "Family AB", in the order published; omit for a corporate body. */
    authors: z.array(z.string().trim().min(1)).optional(),
    /** True when `authors` lists only the first authors (the rest could not be confirmed); shown as "et al.". */
    etAl: z.boolean().optional(),
    /** The organisation responsible when there are no personal authors (e.g. "National Human Genome Research Institute"). */
    body: z.string().trim().min(1).optional(),
    /** Short label used in inline citations ("NHGRI", "ESMO"); defaults to the first author's family name. */
    short: z.string().trim().min(1).optional(),
    /** Title as published. */
    title: z.string().trim().min(1, "add the title as published"),
    /** Year of publication (or of the version cited); omit for an undated web page (shown as "n.d."). */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Journal name, for articles. */
    journal: z.string().trim().min(1).optional(),
    /** Publisher or website owner, for reports, books and web pages. */
    publisher: z.string().trim().min(1).optional(),
    /** Journal volume. */
    volume: z.string().trim().min(1).optional(),
    /** Journal issue. */
    issue: z.string().trim().min(1).optional(),
    /** Page range or article number. */
    pages: z.string().trim().min(1).optional(),
    /** Digital Object Identifier without the resolver, e.g. "10.1111/cts.12884". */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, "give the DOI without https://doi.org/, e.g. 10.1111/cts.12884")
      .optional(),
    /** PubMed id (digits only). */
    pmid: z.string().regex(/^\d+$/, "give the PubMed id as digits only").optional(),
    /** PubMed Central id, e.g. "PMC7877825". */
    pmcid: z
      .string()
      .regex(/^PMC\d+$/, "give the PMC id as PMC followed by digits")
      .optional(),
    /**
     * Address of the original publisher's page. Omit it only for a printed report of which no official
     * copy is online (then `publisher` and `year` are required, and readers get the citation alone).
     */
    url: httpsUrl.optional(),
    /** For pages that change: the "last updated" date the page showed, as YYYY-MM-DD. */
    updated: z.coerce.date().optional(),
  })
  .refine((source) => source.authors?.length || source.body, {
    message: "give either authors (people) or body (an organisation)",
    path: ["authors"],
  })
  .refine((source) => source.url || (source.publisher && source.year && !source.doi), {
    message:
      "give the url of the original publisher (https); only a printed report with no official copy online may omit it, and it then needs publisher and year",
    path: ["url"],
  })
  .refine((source) => source.journal || source.publisher, {
    message: "give either journal (articles) or publisher (reports, books, web pages)",
    path: ["publisher"],
  });

export type Source = z.infer<typeof sourceSchema>;

import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { contentDir } from "./content/content-dir";
import { yamlRecords } from "./content/yaml-records";
import { comparisonSchema, conceptSchema, termSchema } from "./schemas/entry";
import { geneDrugPairSchema } from "./schemas/gene-drug-pair";
import { milestoneSchema } from "./schemas/milestone";
import { sourceSchema } from "./schemas/source";
import { synonymSchema } from "./schemas/synonym";

/** An entry's id is its file name, unchanged, so the build can reject a bad slug instead of silently rewriting it. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, "");

const mdxIn = (folder: string) =>
  glob({ pattern: "*.mdx", base: `${contentDir}/${folder}`, generateId: idFromFileName });

const sourcesFile = `${contentDir}/sources.yaml`;
const milestonesFile = `${contentDir}/milestones.yaml`;
const geneDrugPairsFile = `${contentDir}/gene-drug-pairs.yaml`;
const synonymsFile = `${contentDir}/synonyms.yaml`;

export const collections = {
  concepts: defineCollection({ loader: mdxIn("concepts"), schema: conceptSchema }),
  terms: defineCollection({ loader: mdxIn("terms"), schema: termSchema }),
  comparisons: defineCollection({ loader: mdxIn("comparisons"), schema: comparisonSchema }),
  sources: defineCollection({
    loader: yamlRecords(sourcesFile),
    schema: sourceSchema,
  }),
  milestones: defineCollection({
    loader: yamlRecords(milestonesFile),
    schema: milestoneSchema,
  }),
  geneDrugPairs: defineCollection({
    loader: yamlRecords(geneDrugPairsFile),
    schema: geneDrugPairSchema,
  }),
  synonyms: defineCollection({
    loader: yamlRecords(synonymsFile),
    schema: synonymSchema,
  }),
};

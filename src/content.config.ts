import { defineCollection } from "astro:content";
import { join } from "node:path";
import { contentDir } from "./collections/content-dir";
import { entryLoader } from "./collections/entry-loader";
import { yamlRecords } from "./collections/yaml-records";
import { KINDS } from "./shared/kinds";
import { comparisonSchema, conceptSchema, termSchema } from "./schemas/entry";
import { geneDrugPairSchema } from "./schemas/gene-drug-pair";
import { milestoneSchema } from "./schemas/milestone";
import { sourceSchema } from "./schemas/source";
import { synonymSchema } from "./schemas/synonym";

const sourcesFile = join(contentDir, "sources.yaml");
const milestonesFile = join(contentDir, "milestones.yaml");
const geneDrugPairsFile = join(contentDir, "gene-drug-pairs.yaml");
const synonymsFile = join(contentDir, "synonyms.yaml");

export const collections = {
  [KINDS.concept.collection]: defineCollection({ loader: entryLoader("concept"), schema: conceptSchema }),
  [KINDS.term.collection]: defineCollection({ loader: entryLoader("term"), schema: termSchema }),
  [KINDS.comparison.collection]: defineCollection({
    loader: entryLoader("comparison"),
    schema: comparisonSchema,
  }),
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

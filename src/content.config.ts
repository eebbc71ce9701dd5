import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { join } from "node:path";
import { contentDir } from "./collections/content-dir";
import { yamlRecords } from "./collections/yaml-records";
import { KINDS, type EntryKind } from "./shared/kinds";
import { comparisonSchema, conceptSchema, termSchema } from "./schemas/entry";
import { geneDrugPairSchema } from "./schemas/gene-drug-pair";
import { milestoneSchema } from "./schemas/milestone";
import { sourceSchema } from "./schemas/source";
import { synonymSchema } from "./schemas/synonym";

/** An entry's id is its file name, unchanged, so the build can reject a bad slug instead of silently rewriting it. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, "");

const mdxOf = (kind: EntryKind) =>
  glob({ pattern: "*.mdx", base: join(contentDir, KINDS[kind].folder), generateId: idFromFileName });

const sourcesFile = join(contentDir, "sources.yaml");
const milestonesFile = join(contentDir, "milestones.yaml");
const geneDrugPairsFile = join(contentDir, "gene-drug-pairs.yaml");
const synonymsFile = join(contentDir, "synonyms.yaml");

export const collections = {
  [KINDS.concept.collection]: defineCollection({ loader: mdxOf("concept"), schema: conceptSchema }),
  [KINDS.term.collection]: defineCollection({ loader: mdxOf("term"), schema: termSchema }),
  [KINDS.comparison.collection]: defineCollection({ loader: mdxOf("comparison"), schema: comparisonSchema }),
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

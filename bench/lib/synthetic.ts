/**
 * Deterministic synthetic content: N glossary entries shaped like real ones
 * (frontmatter per src/schemas/entry.ts, a few ## sections, <Cite>, <Term>,
 * related links, aliases), laid over tests/fixtures/content-base so every page
 * the site needs (the headline comparison, the concepts) exists.
 */
import { KINDS } from "../../src/shared/kinds.ts";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./project.ts";

/** mulberry32: small, seedable, good enough to vary text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADJECTIVES = (
  "hepatic renal somatic germline allelic genomic clinical adaptive targeted polygenic metabolic " +
  "molecular cellular hereditary pediatric oncologic predictive prognostic diagnostic therapeutic " +
  "immune pharmacokinetic pharmacodynamic structural functional regulatory epigenetic mitochondrial " +
  "cardiac neural vascular tumoral plasma urinary bayesian federated supervised probabilistic"
).split(" ");
const NOUNS = (
  "variant marker biomarker genotype phenotype haplotype enzyme receptor transporter pathway " +
  "assay panel signature score threshold cohort registry trial endpoint guideline label " +
  "metabolizer clearance exposure response toxicity dose model classifier algorithm dataset " +
  "sequencing imputation annotation screening"
).split(" ");
const FILLER = (
  "the a patients clinicians often may can which when how this that results testing evidence " +
  "risk benefit drug gene treatment outcome population studies data report laboratory sample " +
  "accuracy sensitivity specificity approval regulators insurers cost access equity ancestry " +
  "diversity consent privacy interpretation counselling follow-up monitoring"
).split(" ");
const SECTIONS = [
  "What it is",
  "Why it matters",
  "How it is measured",
  "Where it is used",
  "Limits and open questions",
];

/** The concepts the home page and the benchmark pages expect, beyond the fixture's precision-medicine. */
const EXTRA_CONCEPTS = [
  { slug: "personalized-medicine", title: "Personalized medicine", order: 2 },
  { slug: "pharmacogenomics", title: "Pharmacogenomics", order: 3 },
  { slug: "ai-in-medicine", title: "AI in medicine", order: 4 },
];
const SOURCE_COUNT = 60;

/** Each content folder of entries and the URL folder its pages are served under (the site's URL contract). */
export const URL_FOLDER_OF = {
  [KINDS.concept.folder]: KINDS.concept.urlPrefix,
  [KINDS.term.folder]: KINDS.term.urlPrefix,
  [KINDS.comparison.folder]: KINDS.comparison.urlPrefix,
} as const;

export interface SyntheticSummary {
  dir: string;
  entries: number;
  sources: number;
}

/** Writes `count` entries (about 1 % comparisons, the rest terms) plus the base fixture into `dir`. */
export function generateContent(dir: string, count: number, seed = 20261125): SyntheticSummary {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };

  cpSync(join(REPO, "tests/fixtures/content-base"), dir, { recursive: true });
  const baseSlugs = [
    ...Object.keys(URL_FOLDER_OF).flatMap((kind) =>
      readdirSync(join(dir, kind))
        .sort()
        .map((file) => file.replace(/\.mdx$/, "")),
    ),
    ...EXTRA_CONCEPTS.map((c) => c.slug),
  ];
  const taken = new Set(baseSlugs);

  // Titles: every adjective–noun pair, shuffled; a number is added once pairs run out.
  const pairs = shuffle(ADJECTIVES.flatMap((a) => NOUNS.map((n) => `${a} ${n}`)));
  const titles: string[] = [];
  for (let i = 0; titles.length < count; i++) {
    const base = pairs[i % pairs.length]!;
    const title = i < pairs.length ? base : `${base} ${Math.floor(i / pairs.length) + 1}`;
    const slug = title.replaceAll(" ", "-");
    if (taken.has(slug)) continue;
    taken.add(slug);
    titles.push(title[0]!.toUpperCase() + title.slice(1));
  }
  const slugOf = (title: string) => title.toLowerCase().replaceAll(" ", "-");
  const slugs = titles.map(slugOf);
  const sourceIds = Array.from(
    { length: SOURCE_COUNT },
    (_, i) => `synthetic-source-${String(i + 1).padStart(3, "0")}`,
  );

  const sentence = (): string => {
    const words = Array.from({ length: between(8, 18) }, () =>
      random() < 0.25 ? `${pick(ADJECTIVES)} ${pick(NOUNS)}` : pick(FILLER),
    ).join(" ");
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  };
  const paragraph = (selfSlug: string): string =>
    Array.from({ length: between(3, 5) }, () => {
      let text = sentence();
      // Mostly links to other generated entries, sometimes to the fixed concepts and fixture entries.
      const target = random() < 0.2 ? pick(baseSlugs) : pick(slugs);
      if (random() < 0.3 && target !== selfSlug)
        text = text.replace(/\.$/, ` (see <Term id="${target}" />).`);
      if (random() < 0.4) text += `<Cite id="${pick(sourceIds)}" />`;
      return text;
    }).join(" ");
  const table = (): string =>
    ["| Marker | Finding | Share |", "| --- | --- | --- |"]
      .concat(
        Array.from(
          { length: 3 },
          () => `| ${pick(NOUNS)} | ${pick(ADJECTIVES)} ${pick(NOUNS)} | ${between(1, 60)} % |`,
        ),
      )
      .join("\n");
  const body = (slug: string, sections: number): string =>
    shuffle([...SECTIONS])
      .slice(0, sections)
      .map((name) => {
        const paragraphs = Array.from({ length: between(1, 3) }, () => paragraph(slug));
        if (random() < 0.15) paragraphs.push(table());
        return `## ${name}\n\n${paragraphs.join("\n\n")}`;
      })
      .join("\n\n");
  const frontmatter = (fields: Record<string, string | number | string[] | undefined>): string =>
    [
      "---",
      ...Object.entries(fields)
        .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
        .map(
          ([k, v]) =>
            `${k}: ${Array.isArray(v) ? `[${v.map((s) => JSON.stringify(s)).join(", ")}]` : typeof v === "string" ? JSON.stringify(v) : v}`,
        ),
      "---",
    ].join("\n");
  const summary = (title: string) =>
    `${title}: ${sentence()
      .slice(0, 150)
      .replace(/\s+\S*$/, "")}.`;
  const reviewed = () =>
    `2026-${String(between(1, 11)).padStart(2, "0")}-${String(between(1, 28)).padStart(2, "0")}`;
  const related = (self: string) =>
    [...new Set(Array.from({ length: between(1, 4) }, () => pick(slugs)))].filter((s) => s !== self);

  for (const concept of EXTRA_CONCEPTS) {
    const file = join(dir, "concepts", `${concept.slug}.mdx`);
    if (existsSync(file)) continue;
    const fields = {
      title: concept.title,
      summary: summary(concept.title),
      related: related(concept.slug),
      sources: [pick(sourceIds)],
      reviewed: reviewed(),
      order: concept.order,
    };
    writeFileSync(file, `${frontmatter(fields)}\n\n${body(concept.slug, 5)}\n${body(concept.slug, 5)}\n`);
  }

  // The map of the field: each entry sits under a concept or under an earlier entry, so the
  // hierarchy is several levels deep and has no cycle, as real content would.
  const roots = ["precision-medicine", ...EXTRA_CONCEPTS.map((c) => c.slug)];
  const parentOf = (i: number) => (i < 20 || random() < 0.15 ? pick(roots) : slugs[between(0, i - 1)]!);

  slugs.forEach((slug, i) => {
    const title = titles[i]!;
    // Aliases like "HV 12": initials plus the index, so no two entries share one.
    const aliases =
      random() < 0.3
        ? [
            `${title
              .split(" ")
              .map((w) => w[0]!.toUpperCase())
              .join("")} ${i + 1}`,
          ]
        : [];
    const common = {
      title,
      summary: summary(title),
      aliases,
      related: related(slug),
      broader: [parentOf(i)],
      sources: [pick(sourceIds)],
      reviewed: reviewed(),
    };
    const text = body(slug, between(2, 4));
    if (i % 100 === 99) {
      const other = slugs[(i + 1) % slugs.length]!;
      const fields = {
        ...common,
        title: `${title} vs ${titles[(i + 1) % titles.length]}`,
        compares: [slugs[i - 1]!, other],
      };
      writeFileSync(join(dir, "comparisons", `${slug}.mdx`), `${frontmatter(fields)}\n\n${text}\n`);
    } else {
      const fields = { ...common, pronunciation: random() < 0.2 ? title.toUpperCase() : undefined };
      writeFileSync(join(dir, "terms", `${slug}.mdx`), `${frontmatter(fields)}\n\n${text}\n`);
    }
  });

  const sources = sourceIds.map((id, i) =>
    [
      `- id: ${id}`,
      `  authors: ["Author${i} AB", "Writer${i} CD"]`,
      `  title: ${JSON.stringify(`A study of ${pick(ADJECTIVES)} ${pick(NOUNS)}s in ${pick(FILLER)} care`)}`,
      `  year: ${between(2000, 2026)}`,
      `  journal: Journal of Synthetic Medicine`,
      `  volume: "${between(1, 40)}"`,
      `  pages: "${between(1, 900)}-${between(901, 999)}"`,
      `  doi: "10.5555/synthetic.${i + 1}"`,
      `  url: https://example.org/synthetic/${id}`,
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "sources.yaml"),
    `${readFileSync(join(dir, "sources.yaml"), "utf8")}\n${sources.join("\n")}\n`,
  );
  return { dir, entries: count, sources: SOURCE_COUNT };
}

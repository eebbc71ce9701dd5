import { getCollection, type CollectionEntry } from "astro:content";
import { readFileSync } from "node:fs";
import { storedBody, type RenderedBody, type StoredBody } from "./entry-body";
import type { GlossaryEntry } from "./entry";
import { KINDS, type EntryKind } from "../shared/kinds";
import { pairSourceIds } from "./gene-drug-pairs";
import { buildHierarchy, type Hierarchy } from "./hierarchy";
import { recentChanges, type RecentChange } from "./recent-updates";
import { entryPath } from "./urls";
import { ContentCheckError, findContentProblems, type RecordReferences } from "./validate";

type EntryCollection = (typeof KINDS)[EntryKind]["collection"];
type AnyEntry = CollectionEntry<EntryCollection>;

/** The loaded, checked content: entries plus the Astro records needed to render them. */
export interface Glossary {
  entries: GlossaryEntry[];
  bySlug: Map<string, GlossaryEntry>;
  /** Each entry's body, rendered by the content loader. */
  bodies: Map<string, StoredBody>;
  /** The entries whose pages link to each slug, in title order: built once, not searched per page. */
  linkedFrom: Map<string, GlossaryEntry[]>;
}

function toGlossaryEntry(entry: AnyEntry, body: StoredBody): GlossaryEntry {
  const { data } = entry;
  const filePath = entry.filePath ?? `${entry.collection}/${entry.id}`;
  return {
    kind: data.kind,
    slug: entry.id,
    title: data.title,
    summary: data.summary,
    aliases: data.aliases,
    related: data.related,
    broader: data.broader,
    listedSourceIds: data.sources.map((source) => source.id),
    ...body.facts,
    reviewed: data.reviewed,
    updates: [...data.updates].sort((a, b) => b.date.getTime() - a.date.getTime()),
    filePath,
    path: entryPath(data.kind, entry.id),
    ...(data.pronunciation ? { pronunciation: data.pronunciation } : {}),
    ...("order" in data ? { order: data.order } : {}),
    ...("compares" in data ? { compares: data.compares } : {}),
  };
}

const recordFile = (entry: { filePath?: string | undefined }, fallback: string) => entry.filePath ?? fallback;

async function loadGlossary(): Promise<Glossary> {
  const [concepts, terms, comparisons, sources, milestones, pairs, synonyms] = await Promise.all([
    getCollection(KINDS.concept.collection),
    getCollection(KINDS.term.collection),
    getCollection(KINDS.comparison.collection),
    getCollection("sources"),
    getCollection("milestones"),
    getCollection("geneDrugPairs"),
    getCollection("synonyms"),
  ]);
  const all: AnyEntry[] = [...concepts, ...terms, ...comparisons];
  const bodies = new Map(all.map((e) => [e.id, storedBody(e)]));
  const entries = all.map((e) => toGlossaryEntry(e, bodies.get(e.id)!));
  const records: RecordReferences[] = [
    ...milestones.map((m) => ({
      file: recordFile(m, "milestones.yaml"),
      id: m.id,
      sources: m.data.sources.map((s) => s.id),
      related: m.data.related,
    })),
    ...pairs.map((p) => ({
      file: recordFile(p, "gene-drug-pairs.yaml"),
      id: p.id,
      sources: pairSourceIds(p.data),
      related: p.data.related,
    })),
  ];
  const problems = findContentProblems({
    entries,
    sourceIds: sources.map((s) => s.id),
    records,
    synonyms: synonyms.map((s) => ({
      file: recordFile(s, "synonyms.yaml"),
      id: s.id,
      phrases: s.data.phrases,
    })),
  });
  if (problems.length > 0) throw new ContentCheckError(problems);

  entries.sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));
  const linkedFrom = new Map<string, GlossaryEntry[]>();
  for (const entry of entries)
    for (const slug of entry.linksTo) {
      const from = linkedFrom.get(slug);
      if (from) from.push(entry);
      else linkedFrom.set(slug, [entry]);
    }
  return {
    entries,
    bySlug: new Map(entries.map((e) => [e.slug, e])),
    bodies,
    linkedFrom,
  };
}

let cached: Promise<Glossary> | undefined;

/** All entries, checked once per build; throws with every content problem if any. */
export function getGlossary(): Promise<Glossary> {
  cached ??= loadGlossary();
  return cached;
}

let hierarchy: Promise<Hierarchy<GlossaryEntry>> | undefined;

/** The map of the field from every entry's `broader` parents: children, trails, siblings, trees. */
export function getHierarchy(): Promise<Hierarchy<GlossaryEntry>> {
  hierarchy ??= getGlossary().then(({ entries }) => buildHierarchy(entries));
  return hierarchy;
}

/** Entries of one kind, in title order (concepts in their editorial `order`). */
export async function getEntriesOfKind(kind: EntryKind): Promise<GlossaryEntry[]> {
  const { entries } = await getGlossary();
  const ofKind = entries.filter((e) => e.kind === kind);
  return kind === "concept" ? ofKind.sort((a, b) => (a.order ?? 0) - (b.order ?? 0)) : ofKind;
}

/** One entry by slug; throws (naming the slug) when a page asks for one that does not exist. */
export async function getEntryBySlug(slug: string): Promise<GlossaryEntry> {
  const entry = (await getGlossary()).bySlug.get(slug);
  if (!entry) throw new Error(`No glossary entry has the slug "${slug}".`);
  return entry;
}

/** An entry's rendered body: its HTML (read from the loader's file when its page is rendered), headings and figures. */
export async function getEntryBody(slug: string): Promise<RenderedBody> {
  const body = (await getGlossary()).bodies.get(slug);
  if (!body) throw new Error(`No glossary entry has the slug "${slug}".`);
  const { htmlFile, ...rest } = body;
  return { ...rest, html: readFileSync(htmlFile, "utf8") };
}

/** Entries by slug, in the order given: for `related` lists. */
export async function getEntriesBySlugs(slugs: readonly string[]): Promise<GlossaryEntry[]> {
  const { bySlug } = await getGlossary();
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

/** Entries whose pages link to this one ("Mentioned in"), in title order. */
export async function getBacklinks(slug: string): Promise<GlossaryEntry[]> {
  return (await getGlossary()).linkedFrom.get(slug) ?? [];
}

/** The `limit` most recently updated or reviewed entries, newest first, for "Recently updated". */
export async function getRecentlyUpdated(limit = 5): Promise<RecentChange[]> {
  const { entries } = await getGlossary();
  return recentChanges(entries, limit);
}

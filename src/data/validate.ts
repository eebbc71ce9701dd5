import { EditorError } from "../collections/editor-error";
import { SLUG_PATTERN } from "../schemas/slug";
import { editDistance, squash } from "../search/term-match";
import type { GlossaryEntry } from "./entry";
import { DIAGRAMS, isDiagramName } from "./figures";
import { aliasSlug } from "./urls";

/** One thing wrong in the content, said so an editor can fix it. */
export interface ContentProblem {
  /** The editor's file. */
  file: string;
  /** The field (or body component) at fault. */
  field: string;
  /** What is wrong, naming the bad value. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** A record from a YAML file that refers to entries and sources (timeline, gene–drug table). */
export interface RecordReferences {
  file: string;
  id: string;
  sources: string[];
  related: string[];
}

/** A record of `content/synonyms.yaml`: lay phrases that lead search to the entry named by `id`. */
interface SynonymRecord {
  file: string;
  id: string;
  phrases: string[];
}

export interface GlossaryInput {
  entries: GlossaryEntry[];
  sourceIds: string[];
  records: RecordReferences[];
  synonyms?: SynonymRecord[];
}

/** "did you mean …?" when a known id is close to the bad one. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(value.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

const suggestion = (value: string, known: Iterable<string>) => {
  const near = closest(value, known);
  return near ? ` (did you mean "${near}"?)` : "";
};

/**
 * Checks what Astro's schemas cannot: that slugs and aliases are unique across
 * every collection and that every id an entry or record names exists. Returns
 * every problem at once, so an editor can fix them in one pass.
 */
export function findContentProblems({
  entries,
  sourceIds,
  records,
  synonyms = [],
}: GlossaryInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sources = new Set(sourceIds);
  const slugOwners = new Map<string, GlossaryEntry>();

  for (const entry of entries) {
    if (!SLUG_PATTERN.test(entry.slug)) {
      problems.push({
        file: entry.filePath,
        field: "file name",
        message: `"${entry.slug}" is not a valid slug`,
        fix: `rename the file to "${aliasSlug(entry.slug) || "a-slug"}.mdx": lowercase ASCII words joined by hyphens`,
      });
    }
    const owner = slugOwners.get(entry.slug);
    if (owner) {
      problems.push({
        file: entry.filePath,
        field: "file name",
        message: `slug "${entry.slug}" is already used by ${owner.filePath}`,
        fix: "rename one of the two files: a slug names one entry across concepts, terms and comparisons",
      });
    } else {
      slugOwners.set(entry.slug, entry);
    }
  }
  const slugs = new Set(slugOwners.keys());

  // Aliases become /glossary/<alias-slug>/ redirects, so they must not collide with a slug or with each other.
  const aliasOwners = new Map<string, { entry: GlossaryEntry; alias: string }>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const key = aliasSlug(alias);
      const where = { file: entry.filePath, field: "aliases" };
      if (key === "") {
        problems.push({
          ...where,
          message: `alias "${alias}" has no letters or digits`,
          fix: "remove it or spell it out",
        });
        continue;
      }
      if (key === entry.slug) continue; // same as its own slug: harmless, no redirect needed
      const slugOwner = slugOwners.get(key);
      if (slugOwner) {
        problems.push({
          ...where,
          message: `alias "${alias}" is the slug of ${slugOwner.filePath}`,
          fix: "remove the alias, or link to that entry in `related` instead",
        });
        continue;
      }
      const aliasOwner = aliasOwners.get(key);
      if (aliasOwner && aliasOwner.entry !== entry) {
        problems.push({
          ...where,
          message: `alias "${alias}" is also an alias of ${aliasOwner.entry.filePath} ("${aliasOwner.alias}")`,
          fix: "keep the alias on one entry only: /glossary/<alias>/ can lead to one place",
        });
        continue;
      }
      aliasOwners.set(key, { entry, alias });
    }
  }

  const checkSlugs = (file: string, field: string, values: string[], self?: string) => {
    for (const value of values) {
      if (value === self) {
        problems.push({ file, field, message: `"${value}" is the entry itself`, fix: "remove it" });
      } else if (!slugs.has(value)) {
        problems.push({
          file,
          field,
          message: `no entry has the slug "${value}"${suggestion(value, slugs)}`,
          fix: `use the file name of an existing entry in content/concepts, content/terms or content/comparisons, or create content/terms/${value}.mdx`,
        });
      }
    }
  };
  const checkSources = (file: string, field: string, values: string[]) => {
    for (const value of values) {
      if (!sources.has(value)) {
        problems.push({
          file,
          field,
          message: `no source has the id "${value}"${suggestion(value, sources)}`,
          fix: "use an id from content/sources.yaml, or add a record with that id there",
        });
      }
    }
  };

  for (const entry of entries) {
    checkSlugs(entry.filePath, "related", entry.related, entry.slug);
    checkSlugs(entry.filePath, "broader", entry.broader, entry.slug);
    if (entry.kind === "concept" && entry.broader.length > 0) {
      problems.push({
        file: entry.filePath,
        field: "broader",
        message: "a concept is a root of the map of the field and has no parent",
        fix: "remove `broader` from this concept",
      });
    } else if (entry.kind !== "concept" && entry.broader.length === 0) {
      problems.push({
        file: entry.filePath,
        field: "broader",
        message: "the entry has no parent in the map of the field",
        fix: "add `broader: [<slug>]` naming the entry it sits under, e.g. a concept such as precision-medicine or pharmacogenomics",
      });
    }
    checkSlugs(entry.filePath, "<Term id> in the body", entry.termIds);
    if (entry.compares) checkSlugs(entry.filePath, "compares", entry.compares, entry.slug);
    checkSources(entry.filePath, "sources", entry.listedSourceIds);
    checkSources(entry.filePath, "<Cite id> in the body", entry.citedIds);
    problems.push(...findFigureProblems(entry));
  }
  problems.push(...findBroaderCycles(entries, slugs));
  for (const record of records) {
    checkSources(`${record.file} (record "${record.id}")`, "sources", record.sources);
    checkSlugs(`${record.file} (record "${record.id}")`, "related", record.related);
  }
  problems.push(...findSynonymProblems(synonyms, entries, slugs));
  return problems;
}

/**
 * Lay phrases must lead somewhere and add something: the entry must exist, a
 * phrase must not already be a title or alias (search finds those anyway), and
 * one phrase leads to one entry.
 */
function findSynonymProblems(
  synonyms: readonly SynonymRecord[],
  entries: readonly GlossaryEntry[],
  slugs: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const names = new Map<string, GlossaryEntry>();
  for (const entry of entries)
    for (const name of [entry.title, ...entry.aliases]) names.set(squash(name), entry);
  const phraseOwners = new Map<string, string>();
  for (const { file, id, phrases } of synonyms) {
    const where = `${file} (record "${id}")`;
    if (!slugs.has(id)) {
      problems.push({
        file: where,
        field: "id",
        message: `no entry has the slug "${id}"${suggestion(id, slugs)}`,
        fix: "set id to the file name (without .mdx) of the entry the phrases lead to, in content/concepts, content/terms or content/comparisons",
      });
    }
    for (const phrase of phrases) {
      const key = squash(phrase);
      const named = names.get(key);
      if (named) {
        problems.push({
          file: where,
          field: "phrases",
          message: `"${phrase}" is already the title or an alias of ${named.filePath}`,
          fix: "remove the phrase: search finds titles and aliases without it",
        });
        continue;
      }
      const owner = phraseOwners.get(key);
      if (owner && owner !== id) {
        problems.push({
          file: where,
          field: "phrases",
          message: `"${phrase}" also leads to "${owner}"`,
          fix: "keep the phrase in one record: a phrase leads to one entry",
        });
      }
      phraseOwners.set(key, id);
    }
  }
  return problems;
}

const DIAGRAM_LIST = Object.keys(DIAGRAMS).join(", ");

/**
 * Figures an editor placed with `<Figure diagram="…" alt="…">caption</Figure>`:
 * each needs a known diagram, a short text alternative for readers who cannot
 * see it, and a caption that says what it shows and cites its sources.
 */
function findFigureProblems(entry: Pick<GlossaryEntry, "filePath" | "figures">): ContentProblem[] {
  const problems: ContentProblem[] = [];
  entry.figures.forEach((figure, index) => {
    const field = figure.diagram
      ? `<Figure diagram="${figure.diagram}">`
      : `<Figure> number ${index + 1} in the body`;
    const add = (message: string, fix: string) =>
      problems.push({ file: entry.filePath, field, message, fix });
    if (figure.diagram === undefined) {
      add("the figure names no diagram", `add diagram="…" with one of: ${DIAGRAM_LIST}`);
    } else if (!isDiagramName(figure.diagram)) {
      add(
        `no diagram is called "${figure.diagram}"${suggestion(figure.diagram, Object.keys(DIAGRAMS))}`,
        `use one of: ${DIAGRAM_LIST}; a new drawing goes in src/components/diagrams/ and src/data/figures.ts`,
      );
    }
    if (!figure.alt) {
      add(
        "the figure has no text alternative",
        'add alt="…": one or two sentences saying what the diagram shows, for readers who cannot see it',
      );
    }
    if (!figure.captionText) {
      add(
        "the figure has no caption",
        'write the caption between <Figure …> and </Figure>: what the diagram shows, with a <Cite id="…" /> for its claims',
      );
    } else if (figure.captionCites.length === 0) {
      add(
        "the caption cites no source",
        'end the caption\'s claims with <Cite id="…" />, citing what the entry cites for the same facts',
      );
    }
  });
  return problems;
}

/**
 * Cycles in `broader` (A under B under A): the map of the field must be a
 * hierarchy. Reports each cycle once, on the file of its first entry in
 * alphabetical order, naming the whole loop.
 */
function findBroaderCycles(entries: readonly GlossaryEntry[], slugs: ReadonlySet<string>): ContentProblem[] {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const state = new Map<string, "visiting" | "done">();
  const problems: ContentProblem[] = [];
  const seenCycles = new Set<string>();
  const visit = (slug: string, path: string[]) => {
    if (state.get(slug) === "done") return;
    if (state.get(slug) === "visiting") {
      const loop = path.slice(path.indexOf(slug));
      const first = [...loop].sort()[0]!;
      const key = [...loop].sort().join(" ");
      if (seenCycles.has(key)) return;
      seenCycles.add(key);
      const start = loop.indexOf(first);
      const ordered = [...loop.slice(start), ...loop.slice(0, start), first];
      problems.push({
        file: bySlug.get(first)!.filePath,
        field: "broader",
        message: `the parents run in a circle: ${ordered.join(" → ")}`,
        fix: "remove one of these `broader` links, so that every chain of parents ends at a concept",
      });
      return;
    }
    state.set(slug, "visiting");
    for (const parent of bySlug.get(slug)?.broader ?? []) {
      if (slugs.has(parent) && parent !== slug) visit(parent, [...path, slug]);
    }
    state.set(slug, "done");
  };
  for (const entry of [...entries].sort((a, b) => a.slug.localeCompare(b.slug))) visit(entry.slug, []);
  return problems;
}

/** The build's error text: every problem grouped under its file, each with its fix. */
export function formatContentProblems(problems: ContentProblem[]): string {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const lines = [
    `Content check failed: ${problems.length} problem${problems.length === 1 ? "" : "s"}. The build stopped; fix these and build again.`,
  ];
  for (const [file, fileProblems] of byFile) {
    lines.push("", file);
    for (const { field, message, fix } of fileProblems)
      lines.push(`  field "${field}": ${message}. Fix: ${fix}.`);
  }
  return lines.join("\n");
}

/** The error a failed content check stops the build with: every problem, and no stack trace. */
export class ContentCheckError extends EditorError {
  constructor(problems: ContentProblem[]) {
    super(formatContentProblems(problems));
    this.name = "ContentCheckError";
  }
}

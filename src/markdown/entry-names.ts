import { parseFrontmatter } from "@astrojs/markdown-remark";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EditorError } from "../collections/editor-error";
import { ENTRY_KINDS, KINDS, type EntryKind } from "../shared/kinds";
import { TermMatcher, type NamedEntry } from "./term-mentions";

/** What the build reads of an entry before collections exist: its names for the term linker, its summary for its share card. */
export interface EntryHead extends NamedEntry {
  kind: EntryKind;
  summary: string;
}

/**
 * Kind, title, aliases and summary of every entry, read from the files'
 * frontmatter: the one place entry names come from, for the term linker in the
 * MDX compiler and for the data layer alike, and the text of the share cards,
 * which are drawn while the pages build. Both run before collections can be
 * queried, so they read the same files the collections load. A missing folder is an
 * error (no names would mean no term links, silently); bad frontmatter is left
 * for the schemas to report.
 */
export function readEntryNames(contentDir: string): EntryHead[] {
  return ENTRY_KINDS.flatMap((kind) => {
    const folder = join(contentDir, KINDS[kind].folder);
    if (!existsSync(folder))
      throw new EditorError(
        `${folder}: the folder for ${KINDS[kind].plural.toLowerCase()} is missing, so no entry of that kind can be linked.\nFix: create it (it may be empty), or point GLOSSARY_CONTENT_DIR at a content folder that has concepts/, terms/ and comparisons/.`,
      );
    return readdirSync(folder)
      .filter((name) => name.endsWith(".mdx"))
      .sort()
      .flatMap((file) => {
        const text = readFileSync(join(folder, file), "utf8");
        try {
          // The YAML reader the entry loader uses too (js-yaml): the same values, at a fifth of the `yaml` package's time.
          const data = parseFrontmatter(text).frontmatter as {
            title?: unknown;
            aliases?: unknown;
            summary?: unknown;
          };
          if (typeof data.title !== "string") return [];
          const aliases = Array.isArray(data.aliases)
            ? data.aliases.filter((a) => typeof a === "string")
            : [];
          const summary = typeof data.summary === "string" ? data.summary.trim() : "";
          return [{ kind, slug: file.replace(/\.mdx$/, ""), title: data.title.trim(), aliases, summary }];
        } catch {
          return [];
        }
      });
  });
}

const heads = new Map<string, EntryHead[]>();

/** `readEntryNames`, read once per folder and process: the MDX compiler and the share cards both need it. */
export function entryHeads(contentDir: string): EntryHead[] {
  let read = heads.get(contentDir);
  if (!read) {
    read = readEntryNames(contentDir);
    heads.set(contentDir, read);
  }
  return read;
}

const matchers = new Map<string, TermMatcher>();

/** The term matcher for a content folder, built once per folder and process. */
export function termMatcherFor(contentDir: string): TermMatcher {
  let matcher = matchers.get(contentDir);
  if (!matcher) {
    matcher = new TermMatcher(entryHeads(contentDir));
    matchers.set(contentDir, matcher);
  }
  return matcher;
}

/** Drops what was read of a content folder, so the next call reads its files again (after an edit in `astro dev`). */
export function forgetEntryNames(contentDir: string): void {
  heads.delete(contentDir);
  matchers.delete(contentDir);
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { NamedEntry } from "./term-names";

const FOLDERS = ["concepts", "terms", "comparisons"];

/**
 * Titles and aliases of every entry, read from the files' frontmatter. The
 * Markdown plugins run while MDX compiles, before collections can be queried,
 * so they read the same files the collections load. Bad frontmatter is left
 * for the schemas to report.
 */
export function readEntryNames(contentDir: string): NamedEntry[] {
  return FOLDERS.flatMap((folder) => {
    let files: string[];
    try {
      files = readdirSync(join(contentDir, folder)).filter((name) => name.endsWith(".mdx"));
    } catch {
      return [];
    }
    return files.flatMap((file) => {
      const text = readFileSync(join(contentDir, folder, file), "utf8");
      const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      try {
        const data = (block ? parse(block) : {}) as { title?: unknown; aliases?: unknown };
        if (typeof data.title !== "string") return [];
        const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a) => typeof a === "string") : [];
        return [{ slug: file.replace(/\.mdx$/, ""), title: data.title, aliases }];
      } catch {
        return [];
      }
    });
  });
}

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { KINDS } from "@/shared/kinds";

/** An entry file of a content folder and the page the URL contract gives it. */
export interface ContentEntry {
  /** Path within the content folder: "terms/cyp2d6.mdx". */
  file: string;
  slug: string;
  /** Site path of its page: "/glossary/cyp2d6/". */
  path: string;
}

/** Every entry file in a content folder, read from the files themselves (not from the build). */
export function contentEntries(contentDir: string): ContentEntry[] {
  return Object.values(KINDS).flatMap(({ folder, urlPrefix }) =>
    readdirSync(join(contentDir, folder))
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => {
        const slug = name.replace(/\.mdx$/, "");
        return { file: `${folder}/${name}`, slug, path: `/${urlPrefix}/${slug}/` };
      }),
  );
}

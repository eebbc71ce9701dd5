import { readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { filesIn } from "@/integrations/dist-files";

/** Every HTML file under a built site, as site paths ("/glossary/cyp2d6/index.html"). */
export function htmlFiles(dist: string): string[] {
  return filesIn(dist, (name) => name.endsWith(".html"))
    .map((path) => `/${relative(dist, path).split("\\").join("/")}`)
    .sort();
}

export const read = (dist: string, sitePath: string) => readFileSync(join(dist, sitePath), "utf8");

/** The file a site URL path is served from, or undefined when none is. */
export function fileFor(dist: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  for (const candidate of [clean, join(clean, "index.html")]) {
    try {
      if (statSync(join(dist, candidate)).isFile())
        return candidate.startsWith("/") ? candidate : `/${candidate}`;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Values of one attribute on every element that has it. */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, "g");
  return [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every HTML file under a built site, as site paths ("/glossary/cyp2d6/index.html"). */
export function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) out.push(`/${relative(dist, path).split("\\").join("/")}`);
    }
  };
  walk(dist);
  return out.sort();
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

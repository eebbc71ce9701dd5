import { htmlFiles, read } from "./dist-files";

/**
 * Resources a page would fetch from another origin: scripts, stylesheets,
 * fonts, images, frames. Links a reader may click (a source's DOI) are fine.
 */
export function findThirdPartyResources(dist: string): string[] {
  const problems: string[] = [];
  const resource =
    /<(script|img|iframe|audio|video|source)\b[^>]*\ssrc="(https?:)?\/\/[^"]*"|<link\b[^>]*\srel="(?:stylesheet|preload|modulepreload|icon|preconnect|dns-prefetch)"[^>]*\shref="(https?:)?\/\/[^"]*"|url\((["']?)(https?:)?\/\//g;
  for (const page of htmlFiles(dist)) {
    for (const match of read(dist, page).matchAll(resource))
      problems.push(`${page}: ${match[0].slice(0, 120)}`);
  }
  return problems;
}

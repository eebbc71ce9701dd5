import { attributeValues, fileFor, htmlFiles, read } from "./dist-files";

/** The share card a page names for other sites to fetch (`og:image`), which no href or src mentions. */
function shareImageUrls(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*\sproperty="og:image"[^>]*\scontent="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, "&"),
  );
}

/**
 * Every internal href and src in the built site, and every `og:image`, resolves
 * to a file, and every #anchor to an element id on its target page. External
 * links must be well-formed https URLs (they are not fetched: tests run offline).
 */
export function findBrokenLinks(dist: string, origin = "http://127.0.0.1", base = "/"): string[] {
  const problems: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set(attributeValues(read(dist, file), "id"));
      idsCache.set(file, ids);
    }
    return ids;
  };
  for (const page of htmlFiles(dist)) {
    const html = read(dist, page);
    const pageUrl = new URL(`${base}${page.slice(1)}`.replace(/index\.html$/, ""), origin);
    for (const value of [
      ...attributeValues(html, "href"),
      ...attributeValues(html, "src"),
      ...shareImageUrls(html),
    ]) {
      if (/^(mailto|tel|data):/.test(value)) continue;
      const url = new URL(value, pageUrl);
      if (url.origin !== origin) {
        if (url.protocol !== "https:") problems.push(`${page}: external link is not https: ${value}`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page}: ${value} is outside the site's base path ${base}`);
        continue;
      }
      const target = fileFor(dist, `/${url.pathname.slice(base.length)}`);
      if (!target) {
        problems.push(`${page}: ${value} leads nowhere`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith(".html") && !idsOf(target).has(anchor)) {
        problems.push(`${page}: ${value} has no element with id "${anchor}" on ${target}`);
      }
    }
  }
  return problems;
}

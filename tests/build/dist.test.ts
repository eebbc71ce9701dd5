/**
 * Reads the built site in dist/ (run `npm run build` first) and checks it
 * against the content folder: every entry became a page with its anchors,
 * sources and search index record.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { MENTIONED_IN_LIMIT } from "@/data/mentioned-in";
import { contentEntries } from "../gates/content-entries";
import { htmlFiles, read } from "../gates/dist-files";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(root, "dist");
const content = join(root, "content");

/** Every entry file in content/, with the URL path it must be served at. */
const entries = contentEntries(content);

const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

/** The search index's records: Pagefind stores each page as gzipped JSON behind a short signature. */
function searchRecords(): Array<{
  url: string;
  content: string;
  filters: Record<string, string[]>;
  anchors: Array<{ id: string }>;
}> {
  const folder = join(dist, "pagefind/fragment");
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString("utf8");
    return JSON.parse(text.slice(text.indexOf("{")));
  });
}

describe("dist/", () => {
  it("exists: run `npm run build` before these tests", () => {
    expect(existsSync(join(dist, "index.html"))).toBe(true);
  });

  it("has a page for every content file, at its URL-contract address", () => {
    expect(entries.length).toBeGreaterThanOrEqual(11);
    for (const { path } of entries) expect(existsSync(join(dist, path, "index.html")), path).toBe(true);
  });

  it("has the fixed pages of the URL contract", () => {
    for (const path of ["", "glossary", "map", "sources", "about", "search", "timeline", "gene-drug-table"]) {
      expect(existsSync(join(dist, path, "index.html")), `/${path}/`).toBe(true);
    }
    expect(existsSync(join(dist, "404.html"))).toBe(true);
    expect(existsSync(join(dist, "glossary.json"))).toBe(true);
  });

  it("gives every entry page a #definition summary, an indexed article, a source list and a reviewed date", () => {
    for (const { path } of entries) {
      const page = html(path);
      expect(page, path).toMatch(/<p id="definition"[^>]*data-pagefind-meta="summary"/);
      expect(page, path).toContain("data-pagefind-body");
      expect(page, path).toMatch(/<li id="ref-[a-z0-9-]+">/);
      expect(page, path).toMatch(/Reviewed <time datetime="\d{4}-\d{2}-\d{2}">/);
    }
  });

  it("gives every heading in an entry's text an id and an anchor link", () => {
    for (const { path } of entries) {
      const prose = html(path).split('<div class="prose">')[1]!.split("</article>")[0]!;
      const headings = [...prose.matchAll(/<h([2-6])([^>]*)>/g)];
      expect(headings.length, path).toBeGreaterThan(0);
      for (const [tag, , attributes] of headings)
        expect(attributes, `${path} ${tag}`).toMatch(/\bid="[^"]+"/);
      expect(html(path), path).toContain('class="heading-anchor"');
    }
  });

  it("renders GFM tables and footnotes in the content", () => {
    const pages = entries.map(({ path }) => html(path));
    expect(pages.some((page) => /<table>[\s\S]*<th/.test(page))).toBe(true);
    expect(pages.some((page) => page.includes("data-footnote-ref") && page.includes("data-footnotes"))).toBe(
      true,
    );
  });

  it("shows other names as 'Also called' so search indexes them", () => {
    const concept = html("/concepts/pharmacogenomics/");
    expect(concept).toMatch(/Also called: <span>[^<]*PGx/);
  });

  it("indexes every entry page for search, with its kind as a filter and its sections as anchors", () => {
    const records = searchRecords();
    const byUrl = new Map(records.map((r) => [r.url, r]));
    for (const { path } of entries) {
      const record = byUrl.get(path);
      expect(record, path).toBeDefined();
      expect(record!.filters["kind"]?.length, path).toBe(1);
      expect(
        record!.anchors.some((a) => a.id === "definition"),
        path,
      ).toBe(true);
    }
    // Entry pages and the three pages that answer questions are indexed: the home, A–Z and about pages are not.
    expect(records.length).toBe(entries.length + 3);
  });

  it("indexes the gene–drug table, the timeline and the sources, each as its own kind", () => {
    const byUrl = new Map(searchRecords().map((r) => [r.url, r]));
    expect(byUrl.get("/gene-drug-table/")?.filters["kind"]).toEqual(["Gene–drug table"]);
    expect(byUrl.get("/timeline/")?.filters["kind"]).toEqual(["Timeline"]);
    expect(byUrl.get("/sources/")?.filters["kind"]).toEqual(["Sources"]);
    expect(byUrl.get("/gene-drug-table/")?.content).toMatch(/codeine/i);
  });

  it("ships the lay phrases of content/synonyms.yaml, the compared pairs and the gene–drug rows in search-terms.json", () => {
    const terms: Array<{ t: string; u: string; k: string; y?: string[]; c?: string[] }> = JSON.parse(
      readFileSync(join(dist, "search-terms.json"), "utf8"),
    );
    const byUrl = new Map(terms.map((t) => [t.u, t]));
    expect(byUrl.get("/glossary/anticoagulant/")?.y).toContain("blood thinning medicine");
    expect(byUrl.get("/compare/precision-vs-personalized-medicine/")?.c).toEqual([
      "/concepts/precision-medicine/",
      "/concepts/personalized-medicine/",
    ]);
    expect(terms.filter((t) => t.k === "Gene–drug table").map((t) => t.u)).toContain(
      "/gene-drug-table/#cyp2d6-codeine",
    );
  });

  it("ships the search files the site loads and none of Pagefind's unused ready-made UIs", () => {
    const files = readdirSync(join(dist, "pagefind"));
    expect(files).toEqual(
      expect.arrayContaining([
        "pagefind.js",
        "pagefind-worker.js",
        "pagefind-highlight.js",
        "pagefind-entry.json",
      ]),
    );
    expect(files.filter((name) => /-ui\.(js|css)$/.test(name))).toEqual([]);
  });

  it("keeps the heading '#' marks and citation labels out of the search index", () => {
    for (const record of searchRecords()) {
      expect(record.content, record.url).not.toMatch(/ #( |$)/);
      expect(record.content, record.url).not.toMatch(/\[[A-Z][^\]]* (\d{4}|n\.d\.)\]/);
    }
  });

  it("publishes every entry in glossary.json", () => {
    const { entries: listed } = JSON.parse(readFileSync(join(dist, "glossary.json"), "utf8")) as {
      entries: Array<{ url: string; sources: string[]; summary: string }>;
    };
    expect(listed.map((e) => new URL(e.url).pathname).sort()).toEqual(entries.map((e) => e.path).sort());
    for (const entry of listed) {
      expect(entry.sources.length, entry.url).toBeGreaterThan(0);
      expect(entry.summary.length, entry.url).toBeLessThanOrEqual(200);
    }
  });

  it("makes every alias page a redirect to a real entry page", () => {
    const aliasPages = readdirSync(join(dist, "glossary"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/glossary/${d.name}/`)
      .filter((path) => html(path).includes('http-equiv="refresh"'));
    expect(aliasPages).toContain("/glossary/pgx/");
    for (const path of aliasPages) {
      const target = html(path).match(/http-equiv="refresh" content="0; url=([^"]+)"/)?.[1];
      expect(target, path).toBeDefined();
      expect(existsSync(join(dist, target!, "index.html")), `${path} → ${target}`).toBe(true);
    }
  });

  it("lists under 'Mentioned in' the entries whose text links to the entry, at most the limit, and counts the rest", () => {
    const hrefs = (fragment: string, pattern: RegExp) =>
      new Set([...fragment.matchAll(pattern)].map((match) => match[1]!));
    const mentionedIn = new Map<string, Set<string>>(entries.map(({ path }) => [path, new Set()]));
    // Only the entry's text: the neighbourhood and map sections use term links (with previews) too.
    const text = (path: string) => html(path).split('<div class="prose">')[1]!.split("</article>")[0]!;
    for (const { path } of entries) {
      for (const target of hrefs(text(path), /<a class="term-link" href="([^"]+)"/g))
        mentionedIn.get(target)?.add(path);
    }
    let capped = 0;
    for (const { path } of entries) {
      const section = /<h2 id="backlinks-heading">[\s\S]*?<\/section>/.exec(html(path))?.[0] ?? "";
      const list = /<ul[\s\S]*?<\/ul>/.exec(section)?.[0] ?? "";
      const shown = [...hrefs(list, /href="([^"]+)"/g)];
      const linking = mentionedIn.get(path)!;
      expect(shown.length, path).toBe(Math.min(linking.size, MENTIONED_IN_LIMIT));
      for (const href of shown) expect(linking.has(href), `${path} lists ${href}`).toBe(true);
      const more = /…and (\d+) more/.exec(section)?.[1];
      expect(Number(more ?? 0), path).toBe(linking.size - shown.length);
      if (more) capped++;
    }
    // The real glossary has hubs beyond the limit, so the cap is exercised here too.
    expect(capped).toBeGreaterThan(0);
  });

  it("shows the DPYD entry's newest update near its title, and lists it under Recently updated", () => {
    const page = html("/glossary/dpyd/");
    const header = /<header class="entry-header">[\s\S]*?<\/header>/.exec(page)?.[0] ?? "";
    expect(header).toMatch(
      /<p class="entry-update"[^>]*>\s*<strong[^>]*>Updated<\/strong>\s*<time[^>]*datetime="2026-02-05"[^>]*>5 Feb 2026<\/time>:\s*FDA labeling/,
    );
    const recent = /<section class="recently-updated"[\s\S]*?<\/section>/.exec(html("/glossary/"))?.[0] ?? "";
    expect(recent.match(/<li/g)).toHaveLength(5);
    expect(recent).toContain('href="/glossary/dpyd/"');
  });

  it("never runs a word into a link: every page keeps the space around its inline links", () => {
    for (const file of htmlFiles(dist)) {
      const page = read(dist, file);
      expect(page.match(/\p{L}<a\s[^>]*>[^<]{0,30}/gu) ?? [], file).toEqual([]);
      expect(page.match(/<\/a>\p{L}{2,}/gu) ?? [], file).toEqual([]);
    }
  });

  it("has no placeholder text", () => {
    for (const { path } of entries)
      expect(html(path), path).not.toMatch(/lorem ipsum|TODO|TBD|placeholder text/i);
  });
});

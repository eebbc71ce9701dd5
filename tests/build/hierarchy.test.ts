/**
 * The map of the field in the built site (run `npm run build` first): each entry
 * page's breadcrumb, narrower terms and JSON-LD parents agree with
 * glossary.json's `broader`, and the map pages link every entry.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { htmlFiles, read } from "../gates/dist-files";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const SKOS_BROADER = "http://www.w3.org/2004/02/skos/core#broader";

interface Listed {
  slug: string;
  kind: "concept" | "term" | "comparison";
  url: string;
  broader: string[];
}
const listed: Listed[] = JSON.parse(readFileSync(join(dist, "glossary.json"), "utf8")).entries;
const bySlug = new Map(listed.map((e) => [e.slug, e]));
const pathOf = (e: Listed) => new URL(e.url).pathname;
const page = (e: Listed) => read(dist, `${pathOf(e)}index.html`);
const concepts = listed.filter((e) => e.kind === "concept");

const between = (html: string, start: string, end: string) => {
  const from = html.indexOf(start);
  return from < 0 ? "" : html.slice(from, html.indexOf(end, from) + end.length);
};
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*?href="([^"]+)"/g)].map((m) => m[1]!);
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]!),
  );

/** The first-parent chain from an entry up to its root, root first: what the breadcrumb must show. */
const trail = (entry: Listed): Listed[] => {
  const chain = [entry];
  while (chain[0]!.broader.length > 0) chain.unshift(bySlug.get(chain[0]!.broader[0]!)!);
  return chain;
};

describe("entry pages in the hierarchy", () => {
  it("has at least the four concepts as roots, and a parent for every other entry", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(1);
    for (const entry of listed) expect(entry.broader.length === 0, entry.slug).toBe(entry.kind === "concept");
  });

  it("gives every entry page a breadcrumb from Home through a concept to itself, with BreadcrumbList JSON-LD", () => {
    for (const entry of listed) {
      const html = page(entry);
      const nav = between(html, '<nav aria-label="Breadcrumb"', "</nav>");
      expect(nav, entry.slug).toContain("<ol>");
      const links = hrefs(nav);
      const expected = ["/", ...trail(entry).map(pathOf)];
      expect(links, entry.slug).toEqual(expected);
      expect(links[1], entry.slug).toMatch(/^\/concepts\/[a-z0-9-]+\/$/);
      expect(nav, entry.slug).toMatch(
        new RegExp(`<a href="${pathOf(entry)}" aria-current="page">[^<]+</a></li></ol>`),
      );
      const crumbs = jsonLd(html).find((d) => d["@type"] === "BreadcrumbList");
      expect(
        crumbs?.itemListElement.map((i: { item: string }) => new URL(i.item).pathname),
        entry.slug,
      ).toEqual(expected);
    }
  });

  it("names the same parents in the DefinedTerm JSON-LD as glossary.json does", () => {
    for (const entry of listed) {
      const term = jsonLd(page(entry)).find((d) => d["@type"] === "DefinedTerm");
      const parents = (term[SKOS_BROADER] ?? []).map((p: { "@id": string }) => new URL(p["@id"]).pathname);
      expect(parents, entry.slug).toEqual(entry.broader.map((slug) => pathOf(bySlug.get(slug)!)));
      expect(new URL(term["@id"]).pathname, entry.slug).toBe(pathOf(entry));
    }
  });

  it("lists as narrower terms exactly the entries that name the page among their parents", () => {
    for (const entry of listed) {
      const section = between(page(entry), '<section class="narrower"', "</section>");
      const expected = listed.filter((e) => e.broader.includes(entry.slug)).map(pathOf);
      expect(hrefs(section).sort(), entry.slug).toEqual(expected.sort());
    }
  });

  it("shows each entry's neighbourhood with its parents and a link to its place on the map", () => {
    for (const entry of listed) {
      const section = between(page(entry), '<section class="neighbourhood"', "</section>");
      const links = hrefs(section);
      for (const parent of entry.broader) expect(links, entry.slug).toContain(pathOf(bySlug.get(parent)!));
      const root = trail(entry)[0]!;
      expect(links, entry.slug).toContain(`/map/${root.slug}/#map-${entry.slug}`);
      expect(section, entry.slug).toContain("data-pagefind-ignore");
    }
  });
});

describe("the map pages", () => {
  const mapPage = (path: string) => read(dist, `${path}index.html`);
  const svg = (html: string) => between(html, '<svg class="map-svg"', "</svg>");
  const list = (html: string) => between(html, '<h2 id="map-list-heading"', "</section>");
  /** Entry links in a part of a page, without the second appearances of entries drawn in full elsewhere. */
  const entryLinks = (part: string, tag: RegExp) =>
    [...part.matchAll(tag)].map((m) => m[1]!).filter((href) => !href.startsWith("/map/"));

  it("draws /map/ with every concept and a link to each concept's map, in the SVG and in the list", () => {
    const html = mapPage("/map/");
    for (const concept of concepts) {
      expect(hrefs(svg(html)), concept.slug).toContain(pathOf(concept));
      expect(hrefs(svg(html)), concept.slug).toContain(`/map/${concept.slug}/`);
      expect(hrefs(list(html)), concept.slug).toContain(`/map/${concept.slug}/`);
    }
  });

  it("links every entry exactly once across the concept maps, in the drawing and in the list", () => {
    const inSvg: string[] = [];
    const inList: string[] = [];
    for (const concept of concepts) {
      const html = mapPage(`/map/${concept.slug}/`);
      inSvg.push(...entryLinks(svg(html), /<a class="map-node map-node-\w+ term-link" href="([^"]+)"/g));
      inList.push(
        ...entryLinks(list(html), /<li id="map-(?!also-)[^"]+"><a class="term-link" href="([^"]+)"/g),
      );
    }
    const every = listed.map(pathOf).sort();
    expect(inSvg.sort()).toEqual(every);
    expect(inList.sort()).toEqual(every);
  });

  it("draws each entry in the map of the concept its breadcrumb starts at", () => {
    for (const entry of listed) {
      const root = trail(entry)[0]!;
      expect(mapPage(`/map/${root.slug}/`), entry.slug).toContain(`<li id="map-${entry.slug}">`);
    }
  });

  it("keeps the drawing out of screen readers and the tab order, and uses no style attribute", () => {
    for (const path of htmlFiles(dist).filter((p) => p.startsWith("/map/"))) {
      const html = read(dist, path);
      expect(svg(html), path).toMatch(/^<svg class="map-svg"[^>]* aria-hidden="true"/);
      for (const link of svg(html).match(/<a [^>]*>/g) ?? []) expect(link, path).toContain('tabindex="-1"');
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });

  it("is linked from the header, the A–Z page and the sitemap", () => {
    expect(read(dist, "/index.html")).toMatch(/<nav aria-label="Main">[\s\S]*?href="\/map\/"/);
    expect(hrefs(read(dist, "/glossary/index.html"))).toContain("/map/");
    const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain("/map/");
    for (const concept of concepts) expect(locs).toContain(`/map/${concept.slug}/`);
  });
});

/**
 * What other sites and tools read: /glossary.json against its schema, the
 * schema.org JSON-LD of every page, the sitemap and robots.txt.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { glossaryJsonSchema } from "@/schemas/glossary-json";
import { htmlFiles, read } from "../gates/dist-files";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));

const entryPages = () =>
  htmlFiles(dist).filter(
    (p) =>
      /^\/(concepts|compare|glossary)\/[^/]+\/index\.html$/.test(p) &&
      read(dist, p).includes("data-pagefind-body"),
  );

describe("glossary.json", () => {
  const json = JSON.parse(readFileSync(join(dist, "glossary.json"), "utf8"));

  it("matches its schema", () => {
    const result = glossaryJsonSchema.safeParse(json);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it("gives every term and comparison a parent that is listed, and no concept one", () => {
    const entries = json.entries as Array<{ slug: string; kind: string; broader: string[] }>;
    const slugs = new Set(entries.map((e) => e.slug));
    for (const entry of entries) {
      expect(entry.broader.length > 0, entry.slug).toBe(entry.kind !== "concept");
      for (const parent of entry.broader) expect(slugs.has(parent), `${entry.slug} → ${parent}`).toBe(true);
    }
  });

  it("lists every entry page exactly once", () => {
    const listed = (json.entries as Array<{ url: string }>)
      .map((e) => `${new URL(e.url).pathname}index.html`)
      .sort();
    expect(listed).toEqual(entryPages().sort());
  });
});

describe("JSON-LD", () => {
  const blocks = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
      JSON.parse(m[1]!),
    );

  it("parses on every page that has it, and every entry page is a DefinedTerm in the glossary's set", () => {
    for (const page of htmlFiles(dist)) expect(() => blocks(read(dist, page)), page).not.toThrow();
    for (const page of entryPages()) {
      const [data] = blocks(read(dist, page));
      expect(data, page).toMatchObject({
        "@context": "https://schema.org",
        "@type": "DefinedTerm",
        name: expect.any(String),
        description: expect.any(String),
        termCode: expect.stringMatching(/^[a-z0-9-]+$/),
        url: expect.stringMatching(/^https?:\/\//),
        inDefinedTermSet: { "@type": "DefinedTermSet", "@id": expect.stringMatching(/\/glossary\/$/) },
      });
      expect(new URL(data.url).pathname, page).toBe(page.replace(/index\.html$/, ""));
    }
  });

  it("describes the A–Z page as a DefinedTermSet of every entry", () => {
    const [set] = blocks(read(dist, "/glossary/index.html"));
    expect(set["@type"]).toBe("DefinedTermSet");
    expect(set.hasDefinedTerm).toHaveLength(entryPages().length);
  });
});

describe("sitemap and robots", () => {
  it("lists every entry page in the sitemap and no redirect", () => {
    const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const page of entryPages()) expect(locs, page).toContain(page.replace(/index\.html$/, ""));
    expect(locs).not.toContain("/glossary/pgx/");
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  });

  it("gives every entry page Open Graph and Twitter card tags", () => {
    for (const page of entryPages()) {
      const html = read(dist, page);
      for (const tag of [
        'property="og:title"',
        'property="og:description"',
        'property="og:url"',
        'name="twitter:card"',
      ]) {
        expect(html, `${page} ${tag}`).toContain(tag);
      }
    }
  });
});

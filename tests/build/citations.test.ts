/**
 * Citations in the built entry pages (run `npm run build:test` first): compact
 * numbered markers in the text, numbered per page in order of first citation,
 * each linking to its item in the page's numbered reference list.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const { entries } = JSON.parse(readFileSync(join(dist, "glossary.json"), "utf8")) as {
  entries: Array<{ slug: string; kind: string; url: string }>;
};
const concepts = entries.filter((e) => e.kind === "concept").map((e) => new URL(e.url, "https://x").pathname);
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

/** The markers in the article, in document order: the number shown and the anchor linked. */
function markers(page: string): Array<{ number: number; href: string }> {
  const article = page.split('<div class="prose">')[1]!.split("</article>")[0]!;
  return [
    ...article.matchAll(
      /<a class="cite-marker" href="#([^"]+)"[^>]*>\[<span[^>]*>Source <\/span>(\d+)\]<\/a>/g,
    ),
  ].map((m) => ({ href: m[1]!, number: Number(m[2]) }));
}

/** The ids of the numbered reference list's items, in order. */
function referenceIds(page: string): string[] {
  const list = /<ol class="reference-list">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? "";
  return [...list.matchAll(/<li id="([^"]+)">/g)].map((m) => m[1]!);
}

describe("citation markers", () => {
  it("finds the four concept pages, each with markers", () => {
    expect(concepts).toHaveLength(4);
    for (const path of concepts) expect(markers(html(path)).length, path).toBeGreaterThan(3);
  });

  it("numbers markers [1]…[n] in order of first citation, a repeated source keeping its number", () => {
    for (const path of concepts) {
      const seen = new Map<string, number>();
      for (const { href, number } of markers(html(path))) {
        if (!seen.has(href)) expect(number, `${path} ${href}`).toBe(seen.size + 1);
        else expect(number, `${path} ${href} cited again`).toBe(seen.get(href));
        seen.set(href, number);
      }
    }
  });

  it("links every marker to its own item of the page's reference list: item n for marker [n]", () => {
    for (const path of concepts) {
      const ids = referenceIds(html(path));
      for (const { href, number } of markers(html(path))) {
        expect(href, path).toMatch(/^ref-[a-z0-9-]+$/);
        expect(ids[number - 1], `${path} [${number}]`).toBe(href);
      }
    }
  });

  it("lists exactly one item per distinct cited source, on every entry page", () => {
    for (const { url } of entries) {
      const path = new URL(url, "https://x").pathname;
      const page = html(path);
      const cited = [...new Set(markers(page).map((m) => m.href))];
      expect(referenceIds(page), path).toEqual(cited);
      expect(page, path).toContain('<h2 id="references-heading">References</h2>');
    }
  });

  it("numbers each page on its own: every concept page starts again at [1]", () => {
    const firsts = concepts.map((path) => markers(html(path))[0]?.number);
    expect(firsts).toEqual([1, 1, 1, 1]);
    // The same source, cited on two pages, may carry different numbers on each.
    const numberOn = (path: string) => new Map(markers(html(path)).map((m) => [m.href, m.number]));
    const [a, b] = [numberOn(concepts[0]!), numberOn(concepts[1]!)];
    const shared = [...a.keys()].filter((href) => b.has(href));
    expect(shared.some((href) => a.get(href) !== b.get(href))).toBe(true);
  });

  it("keeps the markers and the reference list out of the search index", () => {
    const page = html(concepts[0]!);
    expect(page).toMatch(/<sup class="cite" data-pagefind-ignore>/);
    expect(page).toMatch(/<section class="entry-sources"[^>]*data-pagefind-ignore/);
    const folder = join(dist, "pagefind/fragment");
    const record = readdirSync(folder)
      .map((name) => gunzipSync(readFileSync(join(folder, name))).toString("utf8"))
      .map((text) => JSON.parse(text.slice(text.indexOf("{"))) as { url: string; content: string })
      .find((r) => r.url === concepts[0]);
    expect(record?.content).toBeDefined();
    expect(record!.content).not.toMatch(/\[\d+\]|Source \d|In the bibliography/);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "vitest";
import { createBodyReader } from "@/data/entry-body";
import { readEntryNames } from "@/markdown/entry-names";
import { TermMatcher } from "@/markdown/term-mentions";
import { unified, type PluggableList } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkSmartypants from "remark-smartypants";
import remarkTermLinks from "@/markdown/remark-term-links";

it("times", () => {
  const dir = "/tmp/prof/c3000/terms";
  const files = readdirSync(dir)
    .slice(0, 1000)
    .map((f) => ({ f, text: readFileSync(join(dir, f), "utf8") }));
  const bodies = files.map(({ f, text }) => ({
    slug: f.replace(".mdx", ""),
    body: text.replace(/^---[\s\S]*?\n---\n/, ""),
    filePath: join(dir, f),
    autolink: true,
  }));
  let t = performance.now();
  const matcher = new TermMatcher(readEntryNames("/tmp/prof/c3000"));
  console.log("names", performance.now() - t);
  t = performance.now();
  let n = 0;
  for (const b of bodies) for (const m of matcher.mentions(b.body)) n++;
  console.log("mentions only ms/entry", (performance.now() - t) / bodies.length, n);
  const read = createBodyReader(matcher);
  t = performance.now();
  for (const b of bodies) read(b);
  console.log("full reader ms/entry", (performance.now() - t) / bodies.length);
  const variants: Record<string, PluggableList> = {
    parseOnly: [],
    gfm: [remarkGfm],
    gfmSmarty: [remarkGfm, remarkSmartypants as never],
    gfmTerms: [remarkGfm, [remarkTermLinks, matcher]],
  };
  for (const [name, plugins] of Object.entries(variants)) {
    const p = unified().use(remarkParse).use(remarkMdx).use(plugins).freeze();
    t = performance.now();
    for (const b of bodies)
      p.runSync(p.parse(b.body), { path: b.filePath, data: { astro: { frontmatter: {} } } } as never);
    console.log(name, (performance.now() - t) / bodies.length);
  }
});

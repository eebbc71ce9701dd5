/**
 * Times the share-card renderer (src/og/render-card.ts) on one thread, as a
 * card worker runs it: every entry of content/ once to warm up (fonts, the
 * frame of each kind), then `--runs` rounds (default 3) over all of them.
 * Prints CPU and wall time per card (CPU counts every thread of the process,
 * the garbage collector's too) and the size of the PNGs.
 *
 *   node bench/share-cards.ts [--runs <n>]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { renderCard, type CardText } from "../src/og/render-card.ts";
import { ENTRY_KINDS, KINDS } from "../src/shared/kinds.ts";
import { parseArgs } from "./lib/args.ts";
import { heading, kb, printTable } from "./lib/format.ts";
import { REPO } from "./lib/project.ts";

const SITE_NAME = "Precision Medicine Glossary";

/** Kind, title and summary of every entry in content/, from its frontmatter. */
function contentTexts(): CardText[] {
  return ENTRY_KINDS.flatMap((kind) => {
    const folder = join(REPO, "content", KINDS[kind].folder);
    return readdirSync(folder)
      .filter((name) => name.endsWith(".mdx"))
      .map((name) => {
        const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, name), "utf8"))?.[1] ?? "";
        const { title, summary } = parse(block) as { title: string; summary: string };
        return { kind, title, summary, siteName: SITE_NAME };
      });
  });
}

const runs = parseArgs().runs ?? 3;
const texts = contentTexts();
const sizes: number[] = [];
for (const text of texts) sizes.push((await renderCard(text)).length);

const rows: string[][] = [];
for (let run = 1; run <= runs; run++) {
  const [cpuStart, wallStart] = [process.cpuUsage(), performance.now()];
  for (const text of texts) await renderCard(text);
  const cpu = process.cpuUsage(cpuStart);
  rows.push([
    String(run),
    ((cpu.user + cpu.system) / 1000 / texts.length).toFixed(2),
    ((performance.now() - wallStart) / texts.length).toFixed(2),
  ]);
}
heading(`share cards: ${texts.length} entries, ${runs} rounds after a warm-up`);
printTable(["round", "CPU ms/card", "wall ms/card"], rows);
console.log(
  `\nPNG size: ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} KB, mean ${kb(sizes.reduce((a, b) => a + b, 0) / sizes.length)} KB`,
);

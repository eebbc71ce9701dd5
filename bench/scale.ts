/**
 * How the build grows with content: builds N synthetic entries (default 1000
 * and 3000) in a throwaway copy of the project and prints time, memory and
 * output size, per entry and against a linear expectation.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, type BenchOptions } from "./lib/args.ts";
import { folderSize, gzipSize, heading, kb, mb, median, printTable } from "./lib/format.ts";
import { buildSite, makeTempProject, tail, type BuildResult } from "./lib/project.ts";
import { generateContent } from "./lib/synthetic.ts";

interface Row {
  entries: number;
  contentBytes: number;
  build: BuildResult;
  htmlPages: number;
  medianPage: number;
  largest: { name: string; bytes: number };
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  maps: MapSizes;
}

interface MapSizes {
  /** /map/ (the overview), gzip -9. */
  overviewGzip: number;
  /** The largest concept map, /map/<concept>/, gzip -9. */
  largest: { name: string; gzip: number; raw: number };
}

/** The map pages: the overview stays small as the content grows; a concept's full map grows with its entries. */
function mapSizes(dist: string): MapSizes {
  const page = (path: string) => readFileSync(join(dist, path));
  const concepts = readdirSync(join(dist, "map"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const body = page(`map/${d.name}/index.html`);
      return { name: `/map/${d.name}/`, gzip: gzipSize(body), raw: body.length };
    });
  return {
    overviewGzip: gzipSize(page("map/index.html")),
    largest: concepts.reduce((a, b) => (b.gzip > a.gzip ? b : a)),
  };
}

/** HTML page count, median page size, and the largest file: a page that grows with N shows up there. */
function pageSizes(dist: string) {
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" })
    .map((name) => ({
      name,
      bytes: statSync(join(dist, name)).size,
      dir: statSync(join(dist, name)).isDirectory(),
    }))
    .filter((f) => !f.dir);
  const html = files.filter((f) => f.name.endsWith(".html"));
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { htmlPages: html.length, medianPage: median(html.map((f) => f.bytes)), largest };
}

async function measure(entries: number): Promise<Row | undefined> {
  const contentDir = mkdtempSync(join(tmpdir(), `glossary-bench-content-${entries}-`));
  const project = makeTempProject(`scale-${entries}`);
  try {
    generateContent(contentDir, entries);
    const contentBytes = folderSize(contentDir).bytes;
    process.stdout.write(`building ${entries} entries… `);
    const build = await buildSite(project, contentDir);
    console.log(`${(build.wallMs / 1000).toFixed(1)} s`);
    if (!build.ok || !existsSync(project.dist)) {
      console.log(`build of ${entries} entries failed:\n${tail(build.output)}`);
      return undefined;
    }
    const pagefind = folderSize(join(project.dist, "pagefind"));
    return {
      entries,
      contentBytes,
      build,
      ...pageSizes(project.dist),
      distBytes: folderSize(project.dist).bytes,
      pagefindBytes: pagefind.bytes,
      pagefindFiles: pagefind.files,
      maps: mapSizes(project.dist),
    };
  } finally {
    project.remove();
    rmSync(contentDir, { recursive: true, force: true });
  }
}

export async function runScale(options: BenchOptions): Promise<void> {
  heading(`scale: build time, memory and output size for ${options.sizes.join(" and ")} synthetic entries`);
  const rows: Row[] = [];
  for (const entries of options.sizes) {
    const row = await measure(entries);
    if (row) rows.push(row);
  }
  if (rows.length === 0) return;
  console.log();
  printTable(
    [
      "entries",
      "content MB",
      "build s",
      "CPU s",
      "ms/entry",
      "CPU ms/entry",
      "peak RSS tree MB",
      "max RSS 1 proc MB",
    ],
    rows.map((r) => [
      r.entries,
      mb(r.contentBytes),
      (r.build.wallMs / 1000).toFixed(1),
      r.build.cpuMs === undefined ? "–" : (r.build.cpuMs / 1000).toFixed(1),
      (r.build.wallMs / r.entries).toFixed(1),
      r.build.cpuMs === undefined ? "–" : (r.build.cpuMs / r.entries).toFixed(1),
      mb(r.build.peakTreeRssBytes),
      r.build.maxRssBytes === undefined ? "–" : mb(r.build.maxRssBytes),
    ]),
  );
  console.log();
  printTable(
    [
      "entries",
      "HTML pages",
      "dist MB",
      "dist KB/entry",
      "pagefind MB",
      "pagefind files",
      "pagefind KB/entry",
      "median page KB",
      "largest file",
      "its KB",
    ],
    rows.map((r) => [
      r.entries,
      r.htmlPages,
      mb(r.distBytes),
      kb(r.distBytes / r.entries),
      mb(r.pagefindBytes),
      r.pagefindFiles,
      kb(r.pagefindBytes / r.entries),
      kb(r.medianPage),
      r.largest.name,
      kb(r.largest.bytes),
    ]),
  );
  console.log();
  printTable(
    ["entries", "/map/ KB gz", "largest concept map", "its KB gz", "its KB raw"],
    rows.map((r) => [
      r.entries,
      kb(r.maps.overviewGzip),
      r.maps.largest.name,
      kb(r.maps.largest.gzip),
      kb(r.maps.largest.raw),
    ]),
  );
  // Growth against the smallest size: a ratio above the size ratio means the build grows faster than linearly.
  const first = rows[0]!;
  const growth = rows.slice(1).map((r) => {
    const sizeRatio = r.entries / first.entries;
    const timeRatio = r.build.wallMs / first.build.wallMs;
    const cpuRatio = r.build.cpuMs && first.build.cpuMs ? r.build.cpuMs / first.build.cpuMs : undefined;
    const marginalMs = (r.build.wallMs - first.build.wallMs) / (r.entries - first.entries);
    return [
      `${first.entries}→${r.entries}`,
      `${sizeRatio.toFixed(2)}x`,
      `${timeRatio.toFixed(2)}x`,
      `${((timeRatio / sizeRatio) * 100).toFixed(0)}%`,
      cpuRatio === undefined ? "–" : `${cpuRatio.toFixed(2)}x`,
      cpuRatio === undefined ? "–" : `${((cpuRatio / sizeRatio) * 100).toFixed(0)}%`,
      `${(r.build.peakTreeRssBytes / first.build.peakTreeRssBytes).toFixed(2)}x`,
      `${(r.distBytes / first.distBytes).toFixed(2)}x`,
      marginalMs.toFixed(1),
    ];
  });
  if (growth.length > 0) {
    console.log();
    printTable(
      [
        "growth",
        "entries",
        "wall time",
        "wall vs linear",
        "CPU time",
        "CPU vs linear",
        "peak RSS",
        "dist size",
        "marginal ms/entry",
      ],
      growth,
    );
    console.log(
      "\n(vs linear: 100% = grew exactly as much as the entries; below = fixed costs dominate; above = superlinear.\n" +
        " Wall time suffers when other work shares the machine; CPU time much less.)",
    );
  }
}

if (import.meta.main) await runScale(parseArgs());

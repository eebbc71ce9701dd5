/**
 * How the build grows with content: builds N synthetic entries (default 1000
 * and 3000) in a throwaway copy of the project and prints time, memory and
 * output size, per entry and against a linear expectation; with `--peer
 * starlight`, beside Starlight building the same entries (lib/starlight.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseArgs, type BenchOptions } from "./lib/args.ts";
import { filesIn } from "../src/integrations/dist-files.ts";
import { folderSize, gzipSize, median } from "../tests/gates/measure.ts";
import { heading, kb, mb, printTable } from "./lib/format.ts";
import { buildSite, makeTempProject, tail, type BuildResult } from "./lib/project.ts";
import { removeStarlight, starlight, type PeerProject } from "./lib/starlight.ts";
import { generateContent } from "./lib/synthetic.ts";

interface Row {
  entries: number;
  contentBytes: number;
  /** Our builds' median figures (one build unless `--runs` with a peer). */
  build: BuildResult;
  builds: BuildResult[];
  htmlPages: number;
  medianPage: number;
  largest: { name: string; bytes: number };
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  maps: MapSizes;
  /** The same entries built by the peer (`--peer`), when it built. */
  peer: PeerRow | undefined;
}

interface PeerRow {
  build: BuildResult;
  builds: BuildResult[];
  htmlPages: number;
  distBytes: number;
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
  const files = filesIn(dist).map((path) => ({ name: relative(dist, path), bytes: statSync(path).size }));
  const html = files.filter((f) => f.name.endsWith(".html"));
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { htmlPages: html.length, medianPage: median(html.map((f) => f.bytes)), largest };
}

/** The median of each figure over repeated builds of the same content. */
function medianBuild(builds: BuildResult[]): BuildResult {
  const of = (figure: (b: BuildResult) => number | undefined) => {
    const values = builds.map(figure);
    return values.every((v) => v !== undefined) ? median(values) : undefined;
  };
  return {
    ok: builds.every((b) => b.ok),
    wallMs: of((b) => b.wallMs)!,
    cpuMs: of((b) => b.cpuMs),
    maxRssBytes: of((b) => b.maxRssBytes),
    peakTreeRssBytes: of((b) => b.peakTreeRssBytes)!,
    output: builds.at(-1)?.output ?? "",
  };
}

const seconds = (build: BuildResult) => `${(build.wallMs / 1000).toFixed(1)} s`;
const countHtml = (dist: string) => filesIn(dist, (name) => name.endsWith(".html")).length;

/**
 * Builds `entries` synthetic entries `runs` times, alternating with the peer when one is
 * given (ours, peer, ours, peer…) so that a change in the machine's load hits both alike.
 */
async function measure(
  entries: number,
  runs: number,
  peer: PeerProject | undefined,
): Promise<Row | undefined> {
  const contentDir = mkdtempSync(join(tmpdir(), `glossary-bench-content-${entries}-`));
  try {
    generateContent(contentDir, entries);
    const contentBytes = folderSize(contentDir).bytes;
    peer?.writePages(contentDir);
    const builds: BuildResult[] = [];
    const peerBuilds: BuildResult[] = [];
    let output: Omit<Row, "entries" | "contentBytes" | "build" | "builds" | "peer"> | undefined;
    let peerOutput: { htmlPages: number; distBytes: number } | undefined;
    let peerFailed = false;
    for (let run = 1; run <= runs; run++) {
      const of = runs > 1 ? `, run ${run} of ${runs}` : "";
      const project = makeTempProject(`scale-${entries}`);
      try {
        process.stdout.write(`building ${entries} entries (ours${of})… `);
        const build = await buildSite(project, contentDir);
        console.log(seconds(build));
        if (!build.ok || !existsSync(project.dist)) {
          console.log(`build of ${entries} entries failed:\n${tail(build.output)}`);
          return undefined;
        }
        builds.push(build);
        output ??= {
          ...pageSizes(project.dist),
          distBytes: folderSize(project.dist).bytes,
          pagefindBytes: folderSize(join(project.dist, "pagefind")).bytes,
          pagefindFiles: folderSize(join(project.dist, "pagefind")).files,
          maps: mapSizes(project.dist),
        };
      } finally {
        project.remove();
      }
      if (peer && !peerFailed) {
        process.stdout.write(`building ${entries} entries (${peer.name}${of})… `);
        const build = await peer.build();
        console.log(seconds(build));
        if (!build.ok || !existsSync(peer.dist)) {
          console.log(`${peer.name} build of ${entries} entries failed:\n${tail(build.output)}`);
          peerFailed = true;
        } else {
          peerBuilds.push(build);
          peerOutput ??= { htmlPages: countHtml(peer.dist), distBytes: folderSize(peer.dist).bytes };
        }
      }
    }
    return {
      entries,
      contentBytes,
      build: medianBuild(builds),
      builds,
      ...output!,
      peer:
        peerOutput && !peerFailed
          ? { build: medianBuild(peerBuilds), builds: peerBuilds, ...peerOutput }
          : undefined,
    };
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}

/** Builds per size and site beside a peer, unless `--runs` says otherwise: the figures are their medians. */
const PEER_RUNS = 3;

export async function runScale(options: BenchOptions): Promise<void> {
  heading(`scale: build time, memory and output size for ${options.sizes.join(" and ")} synthetic entries`);
  // Without a peer each size builds once. Beside a peer, three pairs of builds by default (--runs to
  // change it): on a shared 2-core machine one pair's ratio at 1,000 entries swung from 0.78x to 1.10x.
  const runs = options.peer ? (options.runs ?? PEER_RUNS) : 1;
  const rows: Row[] = [];
  let peerName: { name: string; label: string } | undefined;
  try {
    const peer =
      options.peer === "starlight"
        ? starlight("default")
        : options.peer === "starlight-short-sidebar"
          ? starlight("short")
          : undefined;
    peerName = peer && { name: peer.name, label: peer.label };
    for (const entries of options.sizes) {
      const row = await measure(entries, runs, peer);
      if (row) rows.push(row);
    }
  } finally {
    removeStarlight();
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
  if (peerName) printPeerComparison(rows, peerName, runs);
}

/** Ours beside the peer: the same entries, measured the same way (medians over the runs). */
function printPeerComparison(
  rows: Row[],
  { name, label }: { name: string; label: string },
  runs: number,
): void {
  const paired = rows.filter((r): r is Row & { peer: PeerRow } => r.peer !== undefined);
  if (paired.length === 0) return;
  const cpu = (b: BuildResult) => (b.cpuMs === undefined ? "–" : (b.cpuMs / 1000).toFixed(1));
  const maxRss = (b: BuildResult) => (b.maxRssBytes === undefined ? "–" : mb(b.maxRssBytes));
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? "–" : `${(a / b).toFixed(2)}x`;
  heading(
    `ours against ${label}: the same entries${runs > 1 ? `, median of ${runs} alternating builds each` : ""}`,
  );
  const figures = (site: string, b: BuildResult, htmlPages: number, distBytes: number) => [
    site,
    htmlPages,
    (b.wallMs / 1000).toFixed(1),
    cpu(b),
    mb(b.peakTreeRssBytes),
    maxRss(b),
    mb(distBytes),
  ];
  printTable(
    ["entries", "site", "HTML pages", "build s", "CPU s", "peak RSS tree MB", "max RSS 1 proc MB", "dist MB"],
    paired.flatMap((r) => [
      [r.entries, ...figures("ours", r.build, r.htmlPages, r.distBytes)],
      [r.entries, ...figures(name, r.peer.build, r.peer.htmlPages, r.peer.distBytes)],
    ]),
  );
  if (runs > 1) {
    console.log("\neach build, in the order run:\n");
    printTable(
      ["entries", "run", "ours s", "ours CPU s", `${name} s`, `${name} CPU s`],
      paired.flatMap((r) =>
        r.builds.map((b, i) => {
          const p = r.peer.builds[i];
          return [
            r.entries,
            i + 1,
            (b.wallMs / 1000).toFixed(1),
            cpu(b),
            p ? (p.wallMs / 1000).toFixed(1) : "–",
            p ? cpu(p) : "–",
          ];
        }),
      ),
    );
  }
  console.log();
  printTable(
    [
      "entries",
      `wall ours/${name}`,
      `CPU ours/${name}`,
      `peak RSS tree ours/${name}`,
      `max RSS 1 proc ours/${name}`,
    ],
    paired.map((r) => [
      r.entries,
      ratio(r.build.wallMs, r.peer.build.wallMs),
      ratio(r.build.cpuMs, r.peer.build.cpuMs),
      ratio(r.build.peakTreeRssBytes, r.peer.build.peakTreeRssBytes),
      ratio(r.build.maxRssBytes, r.peer.build.maxRssBytes),
    ]),
  );
  const first = paired[0]!;
  const growth = paired.slice(1).flatMap((r) => {
    const sizeRatio = r.entries / first.entries;
    const row = (site: string, from: BuildResult, to: BuildResult) => {
      const cpuRatio = from.cpuMs && to.cpuMs ? to.cpuMs / from.cpuMs : undefined;
      return [
        `${first.entries}→${r.entries}`,
        site,
        `${sizeRatio.toFixed(2)}x`,
        ratio(to.wallMs, from.wallMs),
        ratio(to.cpuMs, from.cpuMs),
        cpuRatio === undefined ? "–" : `${((cpuRatio / sizeRatio) * 100).toFixed(0)}%`,
        ratio(to.peakTreeRssBytes, from.peakTreeRssBytes),
        ratio(to.maxRssBytes, from.maxRssBytes),
      ];
    };
    return [row("ours", first.build, r.build), row(name, first.peer.build, r.peer.build)];
  });
  if (growth.length > 0) {
    console.log();
    printTable(
      [
        "growth",
        "site",
        "entries",
        "wall time",
        "CPU time",
        "CPU vs linear",
        "peak RSS tree",
        "max RSS 1 proc",
      ],
      growth,
    );
  }
  console.log(
    `\n(ours/${name} above 1.00x: ours costs more. Ours also makes what ${name} does not: a share-card PNG and alias\n` +
      " redirects per entry, the A–Z page, the map pages and the JSON files; see bench/README.md.)",
  );
}

if (import.meta.main) await runScale(parseArgs());

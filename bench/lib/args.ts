/** Command-line options shared by run.ts and each part run on its own. */

export interface BenchOptions {
  /** Which parts to run; empty means all. */
  only: string[];
  /** Entry counts for scale.ts. */
  sizes: number[];
  /** A built site for the browser parts; undefined means the repository's dist/. */
  dist: string | undefined;
  /** Build an isolated temporary site for the browser parts instead of reading a dist: "auto", "fixture", a content folder or a number of synthetic entries. */
  build: string | undefined;
  /** What search.ts types. */
  query: string;
  /** What counts as a search result on screen (the search page's markup has changed before). */
  resultSelector: string;
  /** A peer site generator scale.ts builds the same entries with, as a yardstick ("starlight"). */
  peer: string | undefined;
  /** Repetitions when given: fresh browser contexts for search.ts (default 5), builds per size and tool for scale.ts with a peer (default 1). */
  runs: number | undefined;
}

const value = (argv: string[], name: string): string | undefined => {
  const at = argv.indexOf(`--${name}`);
  if (at === -1) return undefined;
  const next = argv[at + 1];
  // `--build` may be given without a value.
  return next === undefined || next.startsWith("--") ? "" : next;
};

const KNOWN = ["only", "sizes", "dist", "build", "query", "result-selector", "runs", "peer"];
const PEERS = ["starlight", "starlight-short-sidebar"];

export function parseArgs(argv: string[] = process.argv.slice(2)): BenchOptions {
  const unknown = argv.filter((a) => a.startsWith("--") && !KNOWN.includes(a.slice(2)));
  if (unknown.length > 0)
    throw new Error(`unknown option(s) ${unknown.join(" ")}; known: --${KNOWN.join(", --")}`);
  const list = (raw: string | undefined) =>
    raw
      ? raw
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  const sizes = list(value(argv, "sizes")).map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error("--sizes takes whole numbers, e.g. 1000,3000");
  const build = value(argv, "build");
  const peer = value(argv, "peer") || undefined;
  if (peer !== undefined && !PEERS.includes(peer)) throw new Error(`--peer takes one of ${PEERS.join(", ")}`);
  const runs = value(argv, "runs") ? Number(value(argv, "runs")) : undefined;
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 1))
    throw new Error("--runs takes a whole number, e.g. 3");
  return {
    only: list(value(argv, "only")),
    sizes: sizes.length > 0 ? sizes : [1000, 3000],
    dist: value(argv, "dist") || undefined,
    build: build === undefined ? undefined : build || "auto",
    query: value(argv, "query") || "pharmacogenomics",
    resultSelector: value(argv, "result-selector") || ".search-option",
    peer,
    runs,
  };
}

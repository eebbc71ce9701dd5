/**
 * Builds the site in a throwaway copy of the project, never in the repository: other
 * builds run there at the same time and share its .astro/ and cache folders.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";

export const REPO = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const GNU_TIME = "/usr/bin/time";

export interface TempProject {
  dir: string;
  dist: string;
  remove(): void;
}

/**
 * Copies what the build reads and links each dependency one by one. Linking
 * the node_modules folder itself would let Vite write its deps cache
 * (node_modules/.vite) into the repository; a real folder of links keeps it here.
 */
export function makeTempProject(label: string): TempProject {
  const dir = mkdtempSync(join(tmpdir(), `glossary-bench-${label}-`));
  for (const name of ["src", "public", "astro.config.mjs", "tsconfig.json", "package.json"]) {
    if (existsSync(join(REPO, name))) cpSync(join(REPO, name), join(dir, name), { recursive: true });
  }
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  for (const name of readdirSync(join(REPO, "node_modules"))) {
    if (name === ".vite" || name === ".astro" || name === ".cache") continue;
    symlinkSync(join(REPO, "node_modules", name), join(modules, name));
  }
  return { dir, dist: join(dir, "dist"), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BuildResult {
  ok: boolean;
  wallMs: number;
  /** Largest single process (GNU time's "Maximum resident set size"), when /usr/bin/time exists. */
  maxRssBytes: number | undefined;
  /** User plus system CPU time of the whole build (GNU time); steadier than wall time on a busy machine. */
  cpuMs: number | undefined;
  /** Highest sum of RSS over the whole process tree (Node plus the Pagefind binary), polled from /proc. */
  peakTreeRssBytes: number;
  output: string;
}

/** RSS of `root` and all its descendants, from /proc (Linux only; 0 elsewhere). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name, which may itself contain spaces or parentheses.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(Number(pid), pages * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs the temp project's build command against a content folder, timing it and watching its memory. */
export function buildSite(project: TempProject, contentDir: string): Promise<BuildResult> {
  return timedBuild(project.dir, {
    GLOSSARY_CONTENT_DIR: contentDir,
    GLOSSARY_OUT_DIR: project.dist,
    GLOSSARY_CACHE_DIR: join(project.dir, ".cache"),
  });
}

/**
 * Runs a project's build command (ours or a peer's: the `build` script of its
 * package.json, as `npm run build` would, without npm's own start-up) under GNU
 * time, polling the memory of the whole process tree, so that every build is
 * measured the same way.
 */
export function timedBuild(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const timeFile = join(dir, "time.txt");
  const script = (
    JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { scripts: { build: string } }
  ).scripts.build;
  const shell = ["/bin/sh", "-c", script];
  const useTime = existsSync(GNU_TIME);
  const [command, args] = useTime
    ? [GNU_TIME, ["-v", "-o", timeFile, ...shell]]
    : [shell[0]!, shell.slice(1)];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: dir,
    env: {
      ...process.env,
      ...env,
      // As npm does: the project's own tools first, run by this Node.
      PATH: [join(dir, "node_modules/.bin"), dirname(process.execPath), process.env["PATH"]].join(delimiter),
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
      FORCE_COLOR: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let peakTreeRssBytes = 0;
  const poll = setInterval(() => {
    if (child.pid) peakTreeRssBytes = Math.max(peakTreeRssBytes, treeRss(child.pid));
  }, 100);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      let maxRssBytes: number | undefined;
      let cpuMs: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, "utf8");
        const field = (label: string) => new RegExp(`${label}: ([\\d.]+)`).exec(report)?.[1];
        const rss = field("Maximum resident set size \\(kbytes\\)");
        if (rss) maxRssBytes = Number(rss) * 1024;
        const user = field("User time \\(seconds\\)");
        const system = field("System time \\(seconds\\)");
        if (user && system) cpuMs = (Number(user) + Number(system)) * 1000;
      }
      resolve({ ok: code === 0, wallMs, cpuMs, maxRssBytes, peakTreeRssBytes, output });
    });
  });
}

/** The last lines of a failed build's output, to say why. */
export const tail = (output: string, lines = 25): string =>
  output.trimEnd().split("\n").slice(-lines).join("\n");

import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The Nu HTML Checker's jar, shipped in the `vnu-jar` npm package; it runs on the system's Java. */
const VNU_JAR = join(
  dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build/dist/vnu.jar",
);

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * The W3C Nu HTML Checker over every page of a built site, in one Java run;
 * returns one line per error ("/page/index.html:3 message"). Warnings are left
 * out: the ones it gives here are about the CSP in a page read from `file:`.
 */
export function findNuHtmlErrors(dist: string): string[] {
  const result = spawnSync(
    process.env["JAVA"] ?? "java",
    ["-Xss8m", "-jar", VNU_JAR, "--errors-only", "--skip-non-html", "--format", "json", dist],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.error) throw new Error(`Could not run Java for the Nu HTML Checker: ${result.error.message}`);
  const report = JSON.parse(result.stderr || result.stdout) as { messages: NuMessage[] };
  return report.messages
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => {
      const page = m.url ? decodeURIComponent(new URL(m.url).pathname).slice(dist.length) : "?";
      return `${page}:${m.lastLine ?? "?"} ${m.message}`;
    });
}

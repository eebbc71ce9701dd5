import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Every file under a folder whose name passes the test, sorted; symbolic links are
 * skipped, so nothing is walked or counted twice (Node's own `recursive` listing
 * follows links to folders). The one folder walk of the project: the build's
 * hooks, the quality gates and the benchmarks all use it.
 */
export function filesIn(dir: string, test: (name: string) => boolean = () => true): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && test(entry.name)) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

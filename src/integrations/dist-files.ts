import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every file under a folder whose name passes the test, depth first. */
export async function* filesIn(dir: string, test: (name: string) => boolean): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(path, test);
    else if (test(entry.name)) yield path;
  }
}

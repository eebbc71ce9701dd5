import type { Loader } from "astro/loaders";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { EditorError } from "./editor-error";

/**
 * Parser for a YAML file holding a list of records with ids (the bibliography,
 * the timeline). Astro's own `file()` loader skips a record without an id and
 * only warns about a repeated one; this fails instead, so no record is lost.
 */
export function parseYamlRecords(fileName: string) {
  return (text: string): Array<Record<string, unknown>> => {
    let data: unknown;
    try {
      data = parse(text);
    } catch (error) {
      // The yaml library names the line and column and shows the line; add the file and what to do.
      throw new EditorError(
        `${fileName}: the YAML could not be read. ${error instanceof Error ? error.message : String(error)}\nFix: correct the line shown (indent the fields of each record by two spaces under "- id: …", and quote a value that contains ": " or starts with a special character), then build again.`,
      );
    }
    if (!Array.isArray(data)) {
      throw new EditorError(
        `${fileName}: expected a YAML list of records ("- id: ..."), found ${typeof data}.`,
      );
    }
    const seen = new Map<string, number>();
    return data.map((record: unknown, index) => {
      const where = `${fileName}, record ${index + 1}`;
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        throw new EditorError(
          `${where}: each record must be a mapping of fields, starting with "- id: ...".`,
        );
      }
      const id = (record as Record<string, unknown>)["id"];
      if (typeof id !== "string" || id.length === 0) {
        throw new EditorError(
          `${where}: field "id" is missing; give the record a unique id such as "nhgri-precision-medicine".`,
        );
      }
      const first = seen.get(id);
      if (first !== undefined) {
        throw new EditorError(
          `${where}: field "id" repeats "${id}" from record ${first}; give one of them another id.`,
        );
      }
      seen.set(id, index + 1);
      return record as Record<string, unknown>;
    });
  };
}

/**
 * Content loader for such a file. Unlike Astro's `file()` loader, which logs a
 * parse error and carries on with an empty collection, a missing or malformed
 * file stops the build with a message that names it.
 */
export function yamlRecords(fileName: string): Loader {
  const parse = parseYamlRecords(fileName);
  return {
    name: "yaml-records",
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const url = new URL(fileName, config.root);
      const filePath = fileURLToPath(url);
      if (!existsSync(url))
        throw new EditorError(`${fileName}: file not found; create it (an empty list is "[]").`);
      const relativePath = path.relative(fileURLToPath(config.root), filePath).split(path.sep).join("/");
      const sync = async () => {
        const records = parse(await readFile(filePath, "utf8"));
        store.clear();
        for (const record of records) {
          const id = record["id"] as string;
          store.set({
            id,
            data: await context.parseData({ id, data: record, filePath }),
            filePath: relativePath,
          });
        }
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on("change", (changed) => {
        if (changed !== filePath) return;
        sync().catch((error: unknown) =>
          logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

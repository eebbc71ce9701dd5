import { parse } from "yaml";

/**
 * Parser for a YAML file holding a list of records with ids (the bibliography,
 * the timeline). Astro's own `file()` loader skips a record without an id and
 * only warns about a repeated one; this fails instead, so no record is lost.
 */
export function parseYamlRecords(fileName: string) {
  return (text: string): Array<Record<string, unknown>> => {
    const data: unknown = parse(text);
    if (!Array.isArray(data)) {
      throw new Error(`${fileName}: expected a YAML list of records ("- id: ..."), found ${typeof data}.`);
    }
    const seen = new Map<string, number>();
    return data.map((record: unknown, index) => {
      const where = `${fileName}, record ${index + 1}`;
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        throw new Error(`${where}: each record must be a mapping of fields, starting with "- id: ...".`);
      }
      const id = (record as Record<string, unknown>)["id"];
      if (typeof id !== "string" || id.length === 0) {
        throw new Error(
          `${where}: field "id" is missing; give the record a unique id such as "nhgri-precision-medicine".`,
        );
      }
      const first = seen.get(id);
      if (first !== undefined) {
        throw new Error(
          `${where}: field "id" repeats "${id}" from record ${first}; give one of them another id.`,
        );
      }
      seen.set(id, index + 1);
      return record as Record<string, unknown>;
    });
  };
}

import { describe, expect, it } from "vitest";
import { parseYamlRecords } from "@/collections/yaml-records";

const parse = parseYamlRecords("content/sources.yaml");

describe("parseYamlRecords", () => {
  it("returns the records of a YAML list", () => {
    expect(parse("- id: a\n  title: A\n- id: b\n  title: B\n")).toEqual([
      { id: "a", title: "A" },
      { id: "b", title: "B" },
    ]);
  });

  it("fails on a record without an id instead of dropping it", () => {
    expect(() => parse("- id: a\n- title: no id\n")).toThrow(
      'content/sources.yaml, record 2: field "id" is missing',
    );
  });

  it("fails on a repeated id, naming both records", () => {
    expect(() => parse("- id: a\n- id: b\n- id: a\n")).toThrow(
      'content/sources.yaml, record 3: field "id" repeats "a" from record 1; give one of them another id.',
    );
  });

  it("fails when the file is not a list", () => {
    expect(() => parse("id: a\n")).toThrow("expected a YAML list of records");
  });
});

import type { Element } from "hast";
import { describe, expect, it } from "vitest";
import { tableName } from "@/markdown/rehype-table-scroll";

const el = (tagName: string, children: Element["children"] = []): Element => ({
  type: "element",
  tagName,
  properties: {},
  children,
});
const text = (value: string) => ({ type: "text" as const, value });

describe("a table's region name", () => {
  it("is the caption when the table has one", () => {
    const table = el("table", [
      el("caption", [text(" Gene–drug pairs ")]),
      el("tr", [el("th", [text("Gene")])]),
    ]);
    expect(tableName(table)).toBe("Gene–drug pairs");
  });

  it("is the first row's header cells otherwise, skipping empty ones", () => {
    const table = el("table", [
      el("thead", [el("tr", [el("th", [text("Gene")]), el("th"), el("th", [text("Drug")])])]),
      el("tbody", [el("tr", [el("th", [text("Row header")])])]),
    ]);
    expect(tableName(table)).toBe("Gene, Drug");
  });

  it("is empty for a table without caption or headers", () => {
    expect(tableName(el("table", [el("tr", [el("td", [text("1")])])]))).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { ERAS, fractionalYear, layoutTimeline } from "@/data/timeline-layout";

const item = (date: string) => ({ id: `e-${date}`, date, label: `Event ${date}` });

describe("layoutTimeline", () => {
  const items = [
    item("2017-12-19"),
    item("1990"),
    item("2017-04-20"),
    item("2017-05-23"),
    item("2009"),
    item("2023-12-08"),
  ];
  const options = { top: 40, perYear: 12, row: 18 };
  const { rows, ticks, spans, height } = layoutTimeline(items, options);

  it("puts each dot at its date, to scale, and the events in date order", () => {
    const events = rows.filter((r) => r.kind === "event");
    expect(events.map((e) => e.id)).toEqual([
      "e-1990",
      "e-2009",
      "e-2017-04-20",
      "e-2017-05-23",
      "e-2017-12-19",
      "e-2023-12-08",
    ]);
    for (const e of events) expect(e.axisY).toBeCloseTo(40 + (fractionalYear(e.id.slice(2)) - 1990) * 12);
  });

  it("keeps labels at least a row apart and never above their dot", () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.y - rows[i - 1]!.y).toBeGreaterThanOrEqual(18);
    for (const r of rows) if (r.kind === "event") expect(r.y).toBeGreaterThanOrEqual(r.axisY);
    expect(height).toBeGreaterThan(rows.at(-1)!.y);
  });

  it("heads each era's events with its name, and draws each era's stretch of the axis", () => {
    expect(rows.filter((r) => r.kind === "era").map((r) => r.name)).toEqual(ERAS.map((e) => e.name));
    expect(rows[0]).toMatchObject({ kind: "era", name: ERAS[0]!.name });
    expect(spans.map((s) => s.era)).toEqual([0, 1, 2]);
    expect(ticks.map((t) => t.year)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
  });

  it("reads YYYY, YYYY-MM and YYYY-MM-DD dates", () => {
    expect(fractionalYear("2001")).toBe(2001);
    expect(fractionalYear("2001-07")).toBeCloseTo(2001.5);
    expect(fractionalYear("2001-01-02")).toBeCloseTo(2001 + 1 / 365);
  });
});

/**
 * The timeline picture's layout, worked out at build time: a vertical time axis
 * to scale, one dot per milestone at its date, and a label for each, pushed
 * down just enough that labels never overlap (a leader line joins a label to
 * its dot). Eras group the milestones under a heading row.
 */

/** A stretch of years that the picture groups under one heading (years inclusive). */
export interface Era {
  name: string;
  from: number;
  to: number;
}

/** The eras of the timeline; the last one is open-ended. */
export const ERAS: readonly Era[] = [
  { name: "Reading the genome", from: 1990, to: 2003 },
  { name: "Guidelines and labels", from: 2004, to: 2014 },
  { name: "Programs and new therapies", from: 2015, to: 9999 },
];

/** A date written YYYY, YYYY-MM or YYYY-MM-DD as a fractional year (a bare year is its start). */
export function fractionalYear(date: string): number {
  const [year, month = "1", day = "1"] = date.split("-");
  return Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365;
}

export interface TimelineItem {
  id: string;
  date: string;
  label: string;
}

type TimelineRow =
  | { kind: "era"; name: string; era: number; y: number }
  | { kind: "event"; id: string; year: string; label: string; era: number; axisY: number; y: number };

export interface TimelineLayout {
  rows: TimelineRow[];
  /** Labelled years on the axis, every five years. */
  ticks: Array<{ year: number; y: number }>;
  /** Each era's stretch of the axis. */
  spans: Array<{ era: number; y1: number; y2: number }>;
  height: number;
}

export interface LayoutOptions {
  /** y of the first year on the axis. */
  top: number;
  /** Axis units per year. */
  perYear: number;
  /** The least distance between two label baselines. */
  row: number;
}

/** Lays out milestones (any order) by era and date. */
export function layoutTimeline(
  items: readonly TimelineItem[],
  { top, perYear, row }: LayoutOptions = { top: 40, perYear: 12, row: 18 },
): TimelineLayout {
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date));
  if (sorted.length === 0) return { rows: [], ticks: [], spans: [], height: top };
  const first = Math.floor(fractionalYear(sorted[0]!.date) / 5) * 5;
  const last = Math.ceil((fractionalYear(sorted.at(-1)!.date) + 1) / 5) * 5;
  const yOf = (year: number) => top + (year - first) * perYear;
  const eraOf = (year: number) =>
    Math.max(
      0,
      ERAS.findIndex((e) => year >= e.from && year <= e.to + 0.9999),
    );

  const rows: TimelineRow[] = [];
  let cursor = -Infinity;
  let currentEra = -1;
  for (const item of sorted) {
    const year = fractionalYear(item.date);
    const era = eraOf(year);
    if (era !== currentEra) {
      currentEra = era;
      // The heading sits at the era's start on the axis, with room above its first label.
      const y = Math.max(yOf(Math.max(ERAS[era]!.from, first)), cursor + row + 6);
      rows.push({ kind: "era", name: ERAS[era]!.name, era, y });
      cursor = y;
    }
    const axisY = yOf(year);
    const y = Math.max(axisY + 4, cursor + row);
    rows.push({ kind: "event", id: item.id, year: item.date.slice(0, 4), label: item.label, era, axisY, y });
    cursor = y;
  }
  const ticks = [];
  for (let year = first; year <= last; year += 5) ticks.push({ year, y: yOf(year) });
  const spans = ERAS.flatMap((era, i) => {
    const from = Math.max(era.from, first);
    const to = Math.min(era.to + 1, last);
    return from < to ? [{ era: i, y1: yOf(from), y2: yOf(to) }] : [];
  });
  return { rows, ticks, spans, height: Math.max(cursor, yOf(last)) + 16 };
}

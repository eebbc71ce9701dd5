import { isoDate } from "@/shared/text";
import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/data/entry";
import { formatDay, latestChange, newestReviewed, newestUpdate, recentChanges } from "@/data/recent-updates";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const entry = (slug: string, reviewed: string, updates: Array<[string, string]> = [], title = slug) =>
  ({
    slug,
    title,
    reviewed: day(reviewed),
    updates: updates.map(([date, note]) => ({ date: day(date), note })),
  }) as GlossaryEntry;

describe("newestUpdate", () => {
  it("picks the latest update whatever the order, and nothing when there are none", () => {
    const updates = entry("a", "2026-01-01", [
      ["2025-03-01", "older"],
      ["2026-02-05", "newest"],
      ["2025-10-01", "middle"],
    ]).updates;
    expect(newestUpdate(updates)?.note).toBe("newest");
    expect(newestUpdate([])).toBeUndefined();
  });
});

describe("latestChange", () => {
  it("dates an entry by its newest update when that is the latest event", () => {
    const change = latestChange(entry("dpyd", "2026-01-10", [["2026-02-05", "boxed warning"]]));
    expect(change.kind).toBe("updated");
    expect(isoDate(change.date)).toBe("2026-02-05");
    expect(change.update?.note).toBe("boxed warning");
  });

  it("dates an entry by its review when that is later, but keeps the newest update note", () => {
    const change = latestChange(entry("dpyd", "2026-11-28", [["2026-02-05", "boxed warning"]]));
    expect(change.kind).toBe("reviewed");
    expect(isoDate(change.date)).toBe("2026-11-28");
    expect(change.update?.note).toBe("boxed warning");
  });

  it("counts an update made on the reviewed day as an update", () => {
    expect(latestChange(entry("a", "2026-03-01", [["2026-03-01", "same day"]])).kind).toBe("updated");
  });

  it("has no update for an entry that was only reviewed", () => {
    const change = latestChange(entry("a", "2025-06-01"));
    expect(change.kind).toBe("reviewed");
    expect(change).not.toHaveProperty("update");
  });
});

describe("recentChanges", () => {
  const entries = [
    entry("old", "2024-01-01"),
    entry("b-reviewed", "2026-11-28", [], "Beta"),
    entry("a-reviewed", "2026-11-28", [], "alpha"),
    entry("with-note", "2026-11-28", [["2026-02-05", "note"]], "Zeta"),
    entry("updated-late", "2026-01-01", [["2026-12-01", "newest of all"]]),
    entry("mid", "2026-06-01"),
  ];

  it("lists the newest first; on the same day, entries with an update note first, then titles A–Z", () => {
    expect(recentChanges(entries, 10).map((c) => c.entry.slug)).toEqual([
      "updated-late",
      "with-note",
      "a-reviewed",
      "b-reviewed",
      "mid",
      "old",
    ]);
  });

  it("keeps at most `limit` entries, five by default", () => {
    expect(recentChanges(entries)).toHaveLength(5);
    expect(recentChanges(entries, 2).map((c) => c.entry.slug)).toEqual(["updated-late", "with-note"]);
    expect(recentChanges(entries, 0)).toEqual([]);
    expect(recentChanges([], 5)).toEqual([]);
  });

  it("does not reorder the entries it is given", () => {
    const before = entries.map((e) => e.slug);
    recentChanges(entries);
    expect(entries.map((e) => e.slug)).toEqual(before);
  });
});

describe("formatDay", () => {
  it("writes a calendar day as '5 Feb 2026', in UTC, with fixed month names", () => {
    expect(formatDay(day("2026-02-05"))).toBe("5 Feb 2026");
    expect(formatDay(day("2026-09-30"))).toBe("30 Sep 2026");
    expect(formatDay(new Date("2026-12-31T23:30:00Z"))).toBe("31 Dec 2026");
    expect(isoDate(day("2026-02-05"))).toBe("2026-02-05");
  });
});

describe("newestReviewed", () => {
  it("is the latest reviewed date whatever the order, ignoring update dates", () => {
    const entries = [
      entry("a", "2025-01-01", [["2026-12-31", "later update"]]),
      entry("b", "2026-11-28"),
      entry("c", "2026-02-01"),
    ];
    expect(isoDate(newestReviewed(entries))).toBe("2026-11-28");
  });

  it("is the epoch when there are no entries", () => {
    expect(newestReviewed([]).getTime()).toBe(0);
  });
});

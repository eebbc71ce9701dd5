import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/data/entry";
import { MENTIONED_IN_LIMIT, mentionedIn } from "@/data/mentioned-in";

const page = (n: number, termIds: string[] = []) =>
  ({ slug: `page-${n}`, title: `Page ${n}`, termIds }) as unknown as GlossaryEntry;
const hub = { slug: "cyp2d6", title: "CYP2D6 & friends" };

describe("mentionedIn", () => {
  it("shows every page while there are few", () => {
    const from = [page(1), page(2, ["cyp2d6"])];
    expect(mentionedIn(hub, from)).toMatchObject({ shown: [page(2, ["cyp2d6"]), page(1)], more: 0 });
  });

  it("stops at the limit on a hub, hand-made links first, and counts the rest for a search", () => {
    const from = Array.from({ length: MENTIONED_IN_LIMIT + 6 }, (_, i) =>
      page(i, i % 10 === 9 ? ["cyp2d6"] : []),
    );
    const result = mentionedIn(hub, from);
    expect(result.shown).toHaveLength(MENTIONED_IN_LIMIT);
    expect(result.shown.slice(0, 3).map((e) => e.slug)).toEqual(["page-9", "page-19", "page-29"]);
    expect(result.more).toBe(6);
    expect(result.searchPath).toBe("/search/?q=CYP2D6%20%26%20friends");
  });
});

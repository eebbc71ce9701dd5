import { rankedPaths, rankOf, relevanceCases } from "../search-relevance";
import { expect, test } from "./test";

for (const { query, expect: expected, top } of relevanceCases) {
  test(`"${query}" lists ${expected} ${top === 1 ? "first" : "in the first three"}`, async ({ page }) => {
    const paths = await rankedPaths(page, "", query);
    expect(paths.length, "no query returns zero results").toBeGreaterThan(0);
    expect(
      rankOf(paths, expected) ?? Infinity,
      `ranking: ${paths.slice(0, 5).join(", ")}`,
    ).toBeLessThanOrEqual(top);
  });
}

import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/data/entry";
import { findFeaturedProblems, headlineComparisonPath } from "@/data/featured";
import { formatContentProblems } from "@/data/validate";
import { siteConfig } from "@/site.config";

const bySlug = new Map<string, Pick<GlossaryEntry, "kind" | "slug">>([
  ["precision-vs-personalized-medicine", { kind: "comparison", slug: "precision-vs-personalized-medicine" }],
  ["precision-medicine", { kind: "concept", slug: "precision-medicine" }],
]);

describe("featured slugs", () => {
  it("accepts a headline comparison that exists", () => {
    expect(
      findFeaturedProblems({ headlineComparison: "precision-vs-personalized-medicine" }, bySlug),
    ).toEqual([]);
  });

  it("stops the build on a missing slug, naming the config file, the field, a close match and the fix", () => {
    const problems = findFeaturedProblems(
      { headlineComparison: "precision-vs-personalised-medicine" },
      bySlug,
    );
    expect(problems).toEqual([
      {
        file: "src/site.config.ts",
        field: "featured.headlineComparison",
        message:
          'no entry has the slug "precision-vs-personalised-medicine" (did you mean "precision-vs-personalized-medicine"?)',
        fix: expect.stringContaining("a comparison in content/comparisons"),
      },
    ]);
    expect(formatContentProblems(problems)).toMatch(
      /src\/site\.config\.ts\n {2}field "featured\.headlineComparison": .*Fix: set it to/,
    );
  });

  it("rejects a headline that is not a comparison", () => {
    expect(findFeaturedProblems({ headlineComparison: "precision-medicine" }, bySlug)).toMatchObject([
      {
        field: "featured.headlineComparison",
        message: '"precision-medicine" is a concept, not a comparison',
      },
    ]);
  });

  it("links the menu to the configured headline comparison without loading the glossary", () => {
    expect(headlineComparisonPath({ headlineComparison: "a-vs-b" })).toBe("/compare/a-vs-b/");
    expect(headlineComparisonPath()).toBe(`/compare/${siteConfig.featured.headlineComparison}/`);
  });
});

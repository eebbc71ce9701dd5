import { describe, expect, it } from "vitest";
import { sourceSchema } from "@/schemas/source";

const report = {
  id: "pcast-2008-report",
  body: "President's Council of Advisors on Science and Technology",
  title: "Priorities for Personalized Medicine",
  year: 2008,
  publisher: "President's Council of Advisors on Science and Technology",
};

describe("a bibliography record", () => {
  it("may omit the url only when it is a dated report with a publisher and no DOI", () => {
    expect(sourceSchema.safeParse(report).success).toBe(true);
  });

  it("needs a url when it has no year, or has a DOI, and says how to fix it", () => {
    for (const record of [
      { ...report, year: undefined },
      { ...report, doi: "10.1000/x" },
    ]) {
      const result = sourceSchema.safeParse(record);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ["url"],
        message: expect.stringContaining("give the url"),
      });
    }
  });

  it("rejects a url that is not https", () => {
    const result = sourceSchema.safeParse({ ...report, url: "http://example.org/" });
    expect(result.error?.issues[0]?.message).toBe("use an https URL");
  });
});

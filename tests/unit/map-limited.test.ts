import { describe, expect, it } from "vitest";
import { mapLimited } from "@/integrations/map-limited";

describe("mapLimited", () => {
  it("keeps the items' order and never runs more calls at once than the limit", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
    expect(most).toBe(2);
  });

  it("rejects with the first failure", async () => {
    await expect(
      mapLimited([1, 2, 3], 2, (n) =>
        n === 2 ? Promise.reject(new Error("two failed")) : Promise.resolve(n),
      ),
    ).rejects.toThrow("two failed");
  });
});

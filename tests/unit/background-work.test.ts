import { describe, expect, it } from "vitest";
import { backgroundWorkDone, runInBackground } from "@/integrations/background-work";

const later = <T>(value: T, fail = false) =>
  new Promise<T>((resolve, reject) =>
    setImmediate(() => (fail ? reject(new Error(String(value))) : resolve(value))),
  );

describe("background work", () => {
  it("is waited for until every piece started so far has finished", async () => {
    const finished: string[] = [];
    runInBackground(later("index").then((name) => finished.push(name)));
    runInBackground(later("cards").then((name) => finished.push(name)));
    await backgroundWorkDone();
    expect(finished.sort()).toEqual(["cards", "index"]);
  });

  it("fails with the failure of a piece that failed, and is clear afterwards", async () => {
    runInBackground(later("the search index failed", true));
    await expect(backgroundWorkDone()).rejects.toThrow("the search index failed");
    await expect(backgroundWorkDone()).resolves.toBeUndefined();
  });

  it("leaves no unhandled rejection when a piece fails before anyone waits", async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      runInBackground(Promise.reject(new Error("failed early")));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
      await expect(backgroundWorkDone()).rejects.toThrow("failed early");
    } finally {
      process.off("unhandledRejection", record);
    }
  });
});

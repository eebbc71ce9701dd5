import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesIn } from "@/integrations/dist-files";
import { folderSize, gzipSize, median } from "../gates/measure";

describe("median", () => {
  it("takes the middle value of an odd count and the mean of the two middle values of an even count, in any order", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("leaves the values it is given in their order", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("gzipSize", () => {
  it("is the length of gzip at level 9, the same for text and its bytes", () => {
    const text = "precision medicine ".repeat(200);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipSize(Buffer.from(text))).toBe(gzipSize(text));
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
  });

  it("counts nothing for an empty body, not the gzip header", () => {
    expect(gzipSize("")).toBe(0);
    expect(gzipSize(new Uint8Array())).toBe(0);
  });
});

describe("filesIn and folderSize", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "measure-test-"));
    mkdirSync(join(dir, "glossary/cyp2d6"), { recursive: true });
    mkdirSync(join(dir, "empty"));
    writeFileSync(join(dir, "index.html"), "12345");
    writeFileSync(join(dir, "glossary/cyp2d6/index.html"), "123");
    writeFileSync(join(dir, "glossary/cyp2d6/card.png"), "12");
    // Links are skipped: a link to a folder would count its files twice, or loop.
    symlinkSync(join(dir, "glossary"), join(dir, "linked"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists every file at any depth, sorted, without folders or symbolic links", () => {
    expect(filesIn(dir).map((path) => path.slice(dir.length))).toEqual([
      "/glossary/cyp2d6/card.png",
      "/glossary/cyp2d6/index.html",
      "/index.html",
    ]);
  });

  it("keeps only the files whose name passes the test", () => {
    expect(filesIn(dir, (name) => name.endsWith(".html")).map((path) => path.slice(dir.length))).toEqual([
      "/glossary/cyp2d6/index.html",
      "/index.html",
    ]);
  });

  it("sums the bytes and counts the files of a folder", () => {
    expect(folderSize(dir)).toEqual({ bytes: 10, files: 3 });
  });
});

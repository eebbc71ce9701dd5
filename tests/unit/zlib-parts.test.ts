import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { adler32, combineAdler32, deflatePart, zlibStream } from "@/og/zlib-parts";

/** zlib's own Adler-32 of `data`: the last four bytes of its zlib stream. */
const zlibAdler32 = (data: Uint8Array) => {
  const stream = deflateSync(data, { level: 0 });
  return stream.readUInt32BE(stream.length - 4);
};

/** Bytes long enough to need several of Adler-32's 5,552-byte rounds, with every value in them. */
const bytes = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 17) % 256);

describe("adler32", () => {
  it("agrees with zlib's, for empty, short and long runs of bytes", () => {
    for (const length of [0, 1, 7, 8, 5551, 5552, 5553, 100_003])
      expect(adler32(bytes(length, length)), `${length} bytes`).toBe(zlibAdler32(bytes(length, length)));
    expect(adler32(new Uint8Array(20_000).fill(255))).toBe(zlibAdler32(new Uint8Array(20_000).fill(255)));
  });
});

describe("combineAdler32", () => {
  it("gives the Adler-32 of two runs one after the other from each run's", () => {
    const [first, second] = [bytes(70_001, 1), bytes(12_345, 2)];
    expect(combineAdler32(adler32(first), adler32(second), second.length)).toBe(
      zlibAdler32(Buffer.concat([first, second])),
    );
    expect(combineAdler32(1, adler32(second), second.length)).toBe(adler32(second));
  });
});

describe("zlibStream", () => {
  it("joins parts deflated apart into one zlib stream of all their bytes, checksum included", () => {
    const parts = [bytes(40_000, 3), new Uint8Array(30_000).fill(255), new Uint8Array(0), bytes(9_999, 4)];
    const stream = zlibStream(parts.map((part) => deflatePart(part, 2)));
    // inflateSync checks the Adler-32 at the end of the stream as well.
    expect(inflateSync(stream).equals(Buffer.concat(parts))).toBe(true);
  });
});

import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { PngCanvas, type RgbaImage } from "@/og/png";
import { decodePng } from "../gates/png";

/** An image whose every channel differs from its neighbours', so a misplaced byte shows. */
function noise(width: number, height: number, seed: number): RgbaImage {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + seed * 104729) % 251;
  return { width, height, pixels };
}

/** The pixel at (x, y) of an RGBA image, as four numbers. */
const pixelAt = (image: RgbaImage, x: number, y: number) => [
  ...image.pixels.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
];

describe("decodePng (the tests' reader)", () => {
  it("reads resvg's own PNG, whose rows use every filter, back to the pixels resvg drew", () => {
    const image = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#0b5cad"/><circle cx="20" cy="15" r="11" fill="#fde68a" opacity="0.6"/></svg>`,
    ).render();
    const decoded = decodePng(image.asPng());
    expect(decoded).toMatchObject({ width: 40, height: 30 });
    expect(Buffer.from(decoded.pixels).equals(image.pixels)).toBe(true);
  });
});

describe("PngCanvas", () => {
  it("encodes RGBA pixels as a PNG that decodes back to the same pixels", () => {
    const image = noise(7, 5, 1);
    const decoded = decodePng(PngCanvas.fromPixels(image).toPng());
    expect(decoded).toMatchObject({ width: 7, height: 5 });
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(image.pixels))).toBe(true);
  });

  it("draws a patch at its place in the PNG and leaves the canvas as it was", () => {
    const base = noise(9, 8, 2);
    const patch = noise(3, 2, 3);
    const canvas = PngCanvas.fromPixels(base);
    const patched = decodePng(canvas.toPngWith(patch, 5, 4));
    for (let y = 0; y < 8; y++)
      for (let x = 0; x < 9; x++) {
        const inPatch = x >= 5 && x < 8 && y >= 4 && y < 6;
        expect(pixelAt(patched, x, y), `(${x}, ${y})`).toEqual(
          inPatch ? pixelAt(patch, x - 5, y - 4) : pixelAt(base, x, y),
        );
      }
    expect(Buffer.from(decodePng(canvas.toPng()).pixels).equals(Buffer.from(base.pixels))).toBe(true);
  });

  it("draws patch after patch on a tall canvas (its unchanged rows deflated once), each PNG with its own patch only", () => {
    const base = noise(6, 70, 6);
    const canvas = PngCanvas.fromPixels(base);
    for (const [top, height, seed] of [
      [20, 3, 7],
      [17, 30, 8],
      [20, 3, 9],
      [0, 1, 10],
      [66, 4, 11],
    ] as const) {
      const patch = noise(4, height, seed);
      const patched = decodePng(canvas.toPngWith(patch, 1, top));
      for (let y = 0; y < 70; y++)
        for (let x = 0; x < 6; x++) {
          const inPatch = x >= 1 && x < 5 && y >= top && y < top + height;
          expect(pixelAt(patched, x, y), `patch at row ${top}: (${x}, ${y})`).toEqual(
            inPatch ? pixelAt(patch, x - 1, y - top) : pixelAt(base, x, y),
          );
        }
    }
  });

  it("refuses a patch that would reach past the canvas, or pixels of the wrong length", () => {
    const canvas = PngCanvas.fromPixels(noise(4, 4, 4));
    expect(() => canvas.toPngWith(noise(2, 2, 5), 3, 0)).toThrow(RangeError);
    expect(() => canvas.toPngWith(noise(2, 2, 5), 0, -1)).toThrow(RangeError);
    expect(() => PngCanvas.fromPixels({ width: 4, height: 4, pixels: new Uint8Array(10) })).toThrow(
      RangeError,
    );
  });
});

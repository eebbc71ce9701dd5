/**
 * A small PNG encoder for the share cards: RGBA pixels (resvg's `pixels`) kept
 * in PNG's own row layout, so a card can start from a copy of its kind's frame,
 * take its text rows, and be compressed as it is. Faster than resvg's
 * `asPng()` (a quarter of its time for a card): every row keeps filter "none"
 * and zlib compresses at a low level, which costs a few kilobytes per card.
 */
import { crc32, deflateSync } from "node:zlib";

/** RGBA pixels, four bytes each, row after row (what resvg's RenderedImage gives). */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** The eight bytes every PNG file starts with. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Colour type 6: red, green, blue and alpha, 8 bits each. Measured faster than dropping alpha (RGB), which needs a copy per pixel. */
const RGBA = 6;

/** zlib level 2: as fast as level 1 on a card and a few percent smaller; higher levels cost several times more. */
const LEVEL = 2;

/** One chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, "latin1");
  bytes.set(data, 8);
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

/** An RGBA image as PNG scanlines: each row is a filter byte (0, none) and the row's pixels. */
export class PngCanvas {
  readonly width: number;
  readonly height: number;
  private readonly rows: Buffer;

  private constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.rows = Buffer.alloc(height * (1 + width * 4));
  }

  static fromPixels(image: RgbaImage): PngCanvas {
    const canvas = new PngCanvas(image.width, image.height);
    canvas.paste(image, 0, 0);
    return canvas;
  }

  /** Offset of pixel (x, y) in `rows`. */
  private offset(x: number, y: number): number {
    return y * (1 + this.width * 4) + 1 + x * 4;
  }

  private checkFits(width: number, height: number, left: number, top: number): void {
    if (left < 0 || top < 0 || left + width > this.width || top + height > this.height)
      throw new RangeError(
        `a ${width}×${height} image at (${left}, ${top}) does not fit a ${this.width}×${this.height} canvas`,
      );
  }

  /** Draws `image` over this canvas with its top left corner at (left, top). */
  private paste(image: RgbaImage, left: number, top: number): void {
    this.checkFits(image.width, image.height, left, top);
    const rowBytes = image.width * 4;
    if (image.pixels.length !== image.height * rowBytes)
      throw new RangeError(
        `expected ${image.height * rowBytes} bytes of RGBA pixels, got ${image.pixels.length}`,
      );
    for (let y = 0; y < image.height; y++)
      this.rows.set(image.pixels.subarray(y * rowBytes, (y + 1) * rowBytes), this.offset(left, top + y));
  }

  /** The pixels of a rectangle of this canvas. */
  private crop(left: number, top: number, width: number, height: number): RgbaImage {
    this.checkFits(width, height, left, top);
    const pixels = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) {
      const start = this.offset(left, top + y);
      pixels.set(this.rows.subarray(start, start + width * 4), y * width * 4);
    }
    return { width, height, pixels };
  }

  /** The PNG of this canvas with `patch` over it at (left, top); the canvas itself stays as it was. */
  toPngWith(patch: RgbaImage, left: number, top: number): Buffer {
    const under = this.crop(left, top, patch.width, patch.height);
    this.paste(patch, left, top);
    try {
      return this.toPng();
    } finally {
      this.paste(under, left, top);
    }
  }

  /** The canvas as a PNG file: header, one compressed data chunk, end. */
  toPng(): Buffer {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header[8] = 8; // bits per sample
    header[9] = RGBA;
    // Bytes 10–12: compression 0 (deflate), filter method 0, no interlace.
    return Buffer.concat([
      SIGNATURE,
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(this.rows, { level: LEVEL })),
      chunk("IEND", new Uint8Array(0)),
    ]);
  }
}

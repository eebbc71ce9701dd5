/**
 * A small PNG encoder for the share cards: RGBA pixels (resvg's `pixels`) kept
 * in PNG's own row layout, so that a card is its kind's frame with the text's
 * pixels drawn in, and only the rows around them are deflated anew. About a
 * quarter of the time of resvg's `asPng()` for a whole card: every row keeps
 * filter "none" and zlib compresses at a low level, for a few kilobytes more.
 */
import { crc32, deflateSync } from "node:zlib";
import { deflatePart, zlibStream, type DeflatedPart } from "./zlib-parts.ts";

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

/** zlib level 2: as fast as level 1 on a card and 5 % smaller; level 6 (zlib's default) takes three times as long. */
const LEVEL = 2;

/**
 * Rows are deflated apart in runs that start and end on multiples of this:
 * the runs around a patch repeat from card to card, so they are deflated once
 * and kept (at most two per multiple), and a patch's run grows by under 16 rows.
 */
const RUN_ROWS = 16;

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
  /** Where toPngWith copies the rows a patch touches, and draws the patch. */
  private patchedRows: Buffer | undefined;
  /** Runs of rows outside any patch, deflated, by their first and last row. */
  private readonly unchangedRuns = new Map<string, DeflatedPart>();

  private constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.rows = Buffer.alloc(height * (1 + width * 4));
  }

  static fromPixels(image: RgbaImage): PngCanvas {
    const canvas = new PngCanvas(image.width, image.height);
    canvas.drawInto(canvas.rows, 0, image, 0, 0);
    return canvas;
  }

  /** Bytes per row: the filter byte and four per pixel. */
  private get stride(): number {
    return 1 + this.width * 4;
  }

  /** Draws `image` with its top left corner at (left, top) into `rows`, which start at row `firstRow` of this canvas. */
  private drawInto(rows: Buffer, firstRow: number, image: RgbaImage, left: number, top: number): void {
    if (left < 0 || top < 0 || left + image.width > this.width || top + image.height > this.height)
      throw new RangeError(
        `a ${image.width}×${image.height} image at (${left}, ${top}) does not fit a ${this.width}×${this.height} canvas`,
      );
    const rowBytes = image.width * 4;
    if (image.pixels.length !== image.height * rowBytes)
      throw new RangeError(
        `expected ${image.height * rowBytes} bytes of RGBA pixels, got ${image.pixels.length}`,
      );
    for (let y = 0; y < image.height; y++)
      rows.set(
        image.pixels.subarray(y * rowBytes, (y + 1) * rowBytes),
        (top + y - firstRow) * this.stride + 1 + left * 4,
      );
  }

  /**
   * The PNG of this canvas with `patch` over it at (left, top); the canvas
   * itself stays as it was. Only the runs of rows the patch touches are copied
   * (into a buffer kept for the next card) and deflated.
   */
  toPngWith(patch: RgbaImage, left: number, top: number): Buffer {
    const from = Math.max(0, Math.floor(top / RUN_ROWS) * RUN_ROWS);
    const to = Math.min(this.height, Math.ceil((top + patch.height) / RUN_ROWS) * RUN_ROWS);
    this.patchedRows ??= Buffer.allocUnsafe(this.rows.length);
    const patched = this.patchedRows.subarray(0, Math.max(0, to - from) * this.stride);
    this.rows.copy(patched, 0, from * this.stride, to * this.stride);
    this.drawInto(patched, from, patch, left, top);
    return this.png(
      zlibStream([
        this.unchangedRun(0, from),
        deflatePart(patched, LEVEL),
        this.unchangedRun(to, this.height),
      ]),
    );
  }

  /** The canvas as a PNG file. */
  toPng(): Buffer {
    return this.png(deflateSync(this.rows, { level: LEVEL }));
  }

  private rowsBetween(from: number, to: number): Buffer {
    return this.rows.subarray(from * this.stride, to * this.stride);
  }

  /** Rows `from` to `to` (no patch may cover them), deflated the first time they are asked for. */
  private unchangedRun(from: number, to: number): DeflatedPart {
    const key = `${from}-${to}`;
    let run = this.unchangedRuns.get(key);
    if (!run) {
      run = deflatePart(this.rowsBetween(from, to), LEVEL);
      this.unchangedRuns.set(key, run);
    }
    return run;
  }

  /** A PNG file of this canvas's size: header, the compressed rows (a zlib stream), end. */
  private png(compressedRows: Buffer): Buffer {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header[8] = 8; // bits per sample
    header[9] = RGBA;
    // Bytes 10–12: compression 0 (deflate), filter method 0, no interlace.
    return Buffer.concat([
      SIGNATURE,
      chunk("IHDR", header),
      chunk("IDAT", compressedRows),
      chunk("IEND", new Uint8Array(0)),
    ]);
  }
}

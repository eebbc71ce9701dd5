import { crc32, inflateSync } from "node:zlib";

/** The eight bytes every PNG file starts with. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Width and height from a PNG's header (its first chunk, IHDR), or undefined
 * when the bytes are not a PNG. Reads only the first 24 bytes.
 */
export function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE)) return undefined;
  // Then the first chunk: length (4 bytes), type "IHDR" (4), width (4), height (4), big-endian.
  if (bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The bytes per pixel of the colour types decodePng reads: 2 (RGB) and 6 (RGBA), 8 bits each. */
const BYTES_PER_PIXEL: Record<number, number> = { 2: 3, 6: 4 };

/** Paeth predictor (PNG specification, filter type 4). */
function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** What a row filter predicts from the byte to the left, the one above and the one above left. */
const PREDICTORS = [
  () => 0,
  (left: number) => left,
  (_: number, up: number) => up,
  (left: number, up: number) => (left + up) >> 1,
  paeth,
];

/**
 * The RGBA pixels of an 8-bit, non-interlaced RGB or RGBA PNG, undoing every
 * row filter; throws on a chunk whose CRC is wrong or on another format.
 */
export function decodePng(data: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const size = pngSize(bytes);
  if (!size) throw new Error("not a PNG");
  const { width, height } = size;
  let colourType = -1;
  const compressed: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length))
      throw new Error(`${type}: wrong CRC`);
    if (type === "IHDR") {
      if (body[8] !== 8 || !(body[9]! in BYTES_PER_PIXEL) || body[12] !== 0)
        throw new Error("only 8-bit, non-interlaced RGB or RGBA PNGs are read");
      colourType = body[9]!;
    }
    if (type === "IDAT") compressed.push(body);
    at += 12 + length;
  }
  const channels = BYTES_PER_PIXEL[colourType]!;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(compressed));
  if (raw.length !== height * (stride + 1)) throw new Error("image data of the wrong length");
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const predict = PREDICTORS[filter];
    if (!predict) throw new Error(`row ${y}: unknown filter ${filter}`);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? rows[y * stride + i - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + i]! : 0;
      const upLeft = y > 0 && i >= channels ? rows[(y - 1) * stride + i - channels]! : 0;
      rows[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + predict(left, up, upLeft)) & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: rows };
  const pixels = new Uint8Array(width * height * 4).fill(255);
  for (let p = 0; p < width * height; p++) pixels.set(rows.subarray(p * 3, p * 3 + 3), p * 4);
  return { width, height, pixels };
}

import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { mapLimited } from "../integrations/map-limited.ts";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text files worth compressing; Pagefind's index chunks and WebAssembly are compressed already. */
export const TEXT_FILE = /\.(html|css|js|mjs|json|xml|txt|svg)$/;

/** Below this many bytes a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 256;

/** The scripts, styles and search files every page shares, as opposed to the pages themselves. */
const isShared = (file: string) => /[\\/](_astro|pagefind)[\\/]/.test(file);

/**
 * Brotli's strongest setting costs ~20× the time of quality 5 for ~12 % fewer
 * bytes: worth it for the files every page shares, not for thousands of pages
 * (it would add a minute to a 10,000-entry build). Likewise gzip's level 9
 * takes about twice the time of its default for about 1 % fewer bytes, and
 * browsers that take brotli never ask for the .gz.
 */
const brotliQuality = (file: string) => (isShared(file) ? constants.BROTLI_MAX_QUALITY : 5);
const gzipLevel = (file: string) =>
  isShared(file) ? constants.Z_BEST_COMPRESSION : constants.Z_DEFAULT_COMPRESSION;

/** Files compressed at once: zlib works on libuv's thread pool, so this keeps every core busy. */
const CONCURRENCY = 8;

/**
 * Writes `<file>.br` and `<file>.gz` beside each file of at least MIN_BYTES,
 * so a server sends them as they are (nginx `gzip_static` and `brotli_static`)
 * instead of compressing each response on the fly. Returns how many it wrote.
 */
export async function writeCompressedCopies(files: readonly string[]): Promise<number> {
  let written = 0;
  await mapLimited(files, CONCURRENCY, async (file) => {
    const data = await readFile(file);
    if (data.length < MIN_BYTES) return;
    const [br, gzipped] = await Promise.all([
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
      gz(data, { level: gzipLevel(file) }),
    ]);
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
    written++;
  });
  return written;
}

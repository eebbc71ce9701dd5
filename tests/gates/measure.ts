/**
 * Figures both the quality gates and the benchmarks compute, kept in one place
 * so that "gzip size" or "median" means the same in a test and in a bench table.
 * The bench runs this file under plain Node: imports carry their `.ts` extension.
 */
import { statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { filesIn } from "../../src/integrations/dist-files.ts";

/** Gzip at level 9, the figure a well-configured static host would send; nothing for nothing. */
export const gzipSize = (body: string | Uint8Array): number =>
  body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Total bytes and file count of a folder, recursively (symbolic links are skipped). */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = filesIn(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}

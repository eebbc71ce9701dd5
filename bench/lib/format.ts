/** Printing helpers: every part prints figures, never a verdict. (Measuring helpers shared with the tests: tests/gates/measure.ts.) */

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** A plain-text table: numbers right-aligned, text left-aligned. */
export function printTable(headers: string[], rows: Array<Array<string | number>>): void {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const numeric = headers.map(
    (_, i) =>
      rows.length > 0 &&
      rows.every((row) => /^(([-+]?[\d.,]+%?x?|–)( \/ ([\d.,]+|–))?)?$/.test(String(row[i] ?? ""))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}

export const heading = (title: string): void => console.log(`\n== ${title} ==\n`);

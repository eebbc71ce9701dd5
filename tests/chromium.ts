/** Debian's Chromium, as the browser tests and the benchmarks launch it: never a downloaded browser. */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Quiet, offline-friendly flags: no sandbox (containers), no GPU, no background traffic to Google. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

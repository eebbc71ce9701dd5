/**
 * A share-card worker thread: takes the next card from the counter it shares
 * with the other workers, draws it and writes the PNG to its file, until none
 * are left. Node runs this file as it is (no bundler), so its imports name
 * their .ts files. Started by src/og/card-pool.ts.
 */
import { writeFile } from "node:fs/promises";
import { setPriority } from "node:os";
import { workerData } from "node:worker_threads";
import { renderCard, type CardText } from "./render-card.ts";

/** One card to draw, and where its PNG goes. */
export interface CardJob {
  text: CardText;
  file: string;
}

/** Every job of the pool, and the index of the next one not yet taken. */
export interface CardWorkerData {
  jobs: CardJob[];
  next: Int32Array;
}

// The cards are drawn with what the build leaves of the cores: the main thread,
// the garbage collector and zlib come first. On Linux this lowers this thread
// alone (elsewhere it would lower the whole build).
if (process.platform === "linux") setPriority(19);

const { jobs, next } = workerData as CardWorkerData;
for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
  const job = jobs[index]!;
  await writeFile(job.file, await renderCard(job.text));
}

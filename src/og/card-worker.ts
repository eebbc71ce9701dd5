/**
 * A share-card worker thread: draws the cards it is given and writes each PNG
 * to its file. Node runs this file as it is (no bundler), so its imports name
 * their .ts files. Started by src/og/card-pool.ts.
 */
import { writeFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { renderCard, type CardText } from "./render-card.ts";

/** One card to draw, and where its PNG goes. */
export interface CardJob {
  text: CardText;
  file: string;
}

for (const job of (workerData as { jobs: CardJob[] }).jobs)
  await writeFile(job.file, await renderCard(job.text));
parentPort?.postMessage("done");

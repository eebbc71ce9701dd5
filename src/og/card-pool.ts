import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CardJob } from "./card-worker";

/** Draws cards on worker threads. */
export interface CardPool {
  /** Settles when every card is written; rejects with the first worker's error. */
  done: Promise<void>;
  /** Lets the process wait for the workers (while the build awaits `done`). */
  hold(): void;
}

/**
 * Splits the jobs among worker threads, one fewer than the machine's cores (at
 * least one), so the cards are drawn while the main thread builds the pages:
 * drawing them in the page build would add ~40 ms per entry to its length.
 * The workers do not keep the process alive until `hold()`: a build that fails
 * early exits at once. `workerFile` is card-worker.ts, found from the project
 * root (this module may run from a bundled copy of the Astro config).
 */
export function startCardPool(
  jobs: CardJob[],
  workerFile: URL,
  threads = Math.max(1, availableParallelism() - 1),
): CardPool {
  const count = Math.min(threads, jobs.length);
  const workers = Array.from(
    { length: count },
    (_, index) =>
      new Worker(workerFile, {
        workerData: { jobs: jobs.filter((_, i) => i % count === index) },
      }),
  );
  const done = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.unref();
          worker.once("message", () => resolve());
          worker.once("error", reject);
          worker.once("exit", (code) => {
            if (code !== 0) reject(new Error(`a share-card worker stopped with exit code ${code}`));
            resolve();
          });
        }),
    ),
  ).then(() => undefined);
  return { done, hold: () => workers.forEach((worker) => worker.ref()) };
}

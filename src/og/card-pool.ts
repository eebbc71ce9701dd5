import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CardJob, CardWorkerData } from "./card-worker";

/** Draws cards on worker threads. */
export interface CardPool {
  /** Settles when every card is written; rejects with the first worker's error. */
  done(): Promise<void>;
  /** Lets the process wait for the workers (while the build awaits `done`). */
  hold(): void;
  /** Starts one more worker on the cards left: for when the main thread has nothing else to do. */
  addWorker(): void;
}

/**
 * Draws the cards on worker threads that take the next job from one shared
 * counter, so a worker added late shares the work left. It starts with one
 * fewer worker than the machine's cores (at least one), so the cards are drawn
 * while the main thread builds the pages; `addWorker()` adds one when the main
 * thread is free. The workers do not keep the process alive until `hold()`: a
 * build that fails early exits at once. `workerFile` is card-worker.ts, found
 * from the project root (this module may run from a bundled copy of the Astro
 * config).
 */
export function startCardPool(
  jobs: CardJob[],
  workerFile: URL,
  threads = Math.max(1, availableParallelism() - 1),
): CardPool {
  const workerData: CardWorkerData = { jobs, next: new Int32Array(new SharedArrayBuffer(4)) };
  const workers: Worker[] = [];
  const finished: Array<Promise<void>> = [];
  let held = false;

  const addWorker = () => {
    if (Atomics.load(workerData.next, 0) >= jobs.length) return;
    const worker = new Worker(workerFile, { workerData });
    if (!held) worker.unref();
    workers.push(worker);
    finished.push(
      new Promise<void>((resolve, reject) => {
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (code !== 0) reject(new Error(`a share-card worker stopped with exit code ${code}`));
          resolve();
        });
      }),
    );
  };
  for (let i = 0; i < Math.min(threads, jobs.length); i++) addWorker();
  const settle = () => Promise.all(finished).then(() => undefined);
  // Handled here so that a build which fails before awaiting `done` reports its own error, not this one.
  settle().catch(() => undefined);

  return {
    done: settle,
    hold: () => {
      held = true;
      for (const worker of workers) worker.ref();
    },
    addWorker,
  };
}

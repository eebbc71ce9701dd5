/**
 * Work an integration starts in `astro:build:done` and lets run while the
 * integrations after it run theirs (Astro runs those hooks one after another):
 * Pagefind writes the search index in its own process while the main thread
 * checks the pages and zlib compresses them. staged-output waits for all of
 * it before the new build replaces the old, so work that fails still fails
 * the build and leaves the last good output in place.
 */
const running: Array<Promise<unknown>> = [];

/** Lets `work` run on; its failure surfaces from `backgroundWorkDone()`. */
export function runInBackground(work: Promise<unknown>): void {
  // Handled here too, so that a build which fails first reports its own error, not this one.
  work.catch(() => undefined);
  running.push(work);
}

/** Settles when all work started so far has; rejects with the first failure. */
export async function backgroundWorkDone(): Promise<void> {
  await Promise.all(running.splice(0));
}

/**
 * How a run's replications are cut into batches. Partials merge exactly, so the cut never changes a
 * number; it only trades early bands and load balance against merging:
 * - each worker's first batch is small (FIRST_BATCH), so the first bands come after a couple of
 *   replications, not a whole batch;
 * - after that, about BATCHES_PER_WORKER batches per worker: merging a partial touches the
 *   coordinator's buckets of every cell whatever the batch's size (memory traffic, not arithmetic),
 *   so few large batches keep the coordinator's share small — but none longer than TARGET_BATCH_MS
 *   at the pace measured so far (so bands still sharpen on a slow machine or a slow scenario), and
 *   none over MAX_BATCH (a worker buffers a batch's values column by column until it folds them);
 * - near the end they shrink to a share of what is left, so no worker is left with a long tail
 *   while the others wait. Heartbeats keep the progress bar moving inside a batch.
 * A fixed `batchSize` (tests, benchmarks) keeps every batch after the first ones at that size.
 */
export interface BatchPlan {
  /** The next range [start, end), or undefined when every replication has been handed out. */
  next(): { start: number; end: number } | undefined;
  /** Reports that a batch of `count` replications took `ms` on its worker. */
  record(count: number, ms: number): void;
}

export const FIRST_BATCH = 2;
export const BATCHES_PER_WORKER = 4;
export const TARGET_BATCH_MS = 2000;
export const MAX_BATCH = 500;
/** A worker's first batch runs cold (the models not yet compiled): warm ones go about this much faster. */
const COLD_FACTOR = 4;

export function planBatches(replications: number, workers: number, fixedSize?: number): BatchPlan {
  let next = 0;
  let handedOut = 0;
  let recorded = 0;
  /** ms per replication of the latest batch (a first, cold one counted at a warm pace). */
  let pace = 0;
  const fixed = fixedSize === undefined ? undefined : Math.max(1, Math.floor(fixedSize));
  const byCount = Math.ceil(replications / (workers * BATCHES_PER_WORKER));

  function size(): number {
    if (handedOut < workers) return Math.min(FIRST_BATCH, fixed ?? FIRST_BATCH);
    if (fixed !== undefined) return fixed;
    const byTime = pace > 0 ? Math.floor(TARGET_BATCH_MS / pace) : FIRST_BATCH;
    // Shrink towards the end, but not to single replications: each batch costs a message and a merge.
    const tail = Math.max(Math.ceil(byCount / 8), Math.ceil((replications - next) / (2 * workers)));
    return Math.max(1, Math.min(MAX_BATCH, byCount, byTime, tail));
  }

  return {
    next() {
      if (next >= replications) return undefined;
      const start = next;
      next = Math.min(replications, start + size());
      handedOut++;
      return { start, end: next };
    },
    record(count, ms) {
      if (count <= 0 || ms < 0) return;
      pace = recorded++ < workers ? ms / count / COLD_FACTOR : ms / count;
    },
  };
}

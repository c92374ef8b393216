/**
 * Timing helpers for the benchmark (Node only: test/bench is never bundled into the app).
 * Wall time from performance.now(); results are medians over repetitions after a warm-up, so one
 * slow run (GC, another process) does not decide the number.
 */
import { performance } from 'node:perf_hooks';

/** Seconds taken by `work()`, and its result. */
export function timeOnce<T>(work: () => T): { seconds: number; result: T } {
  const start = performance.now();
  const result = work();
  return { seconds: (performance.now() - start) / 1000, result };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs each contender `repetitions` times, interleaved (A B A B …) so that drift in machine load
 * affects both alike, and returns each contender's list of times in seconds.
 */
export function interleavedTimes<T>(
  contenders: readonly (() => T)[],
  repetitions: number,
  check: (index: number, result: T) => void = () => {},
): number[][] {
  const times = contenders.map(() => [] as number[]);
  for (let r = 0; r < repetitions; r++) {
    contenders.forEach((work, i) => {
      const { seconds, result } = timeOnce(work);
      check(i, result);
      times[i].push(seconds);
    });
  }
  return times;
}

/** Rounds to `digits` significant digits, for readable JSON. */
export function significant(value: number, digits = 4): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(digits));
}

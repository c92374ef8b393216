/** Small timing helpers for the benchmark (wall-clock time is fine here: this is not the pure core). */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds taken by `run()`, and its result. */
export function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** A section of the benchmark's JSON object: named groups of numeric or text fields. */
export type BenchSection = Record<string, Record<string, number | string | boolean>>;

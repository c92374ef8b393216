/**
 * The exact reference the sketches are tested against: percentiles of a sample by linear
 * interpolation between order statistics (the "type 7" rule of R and NumPy's default), p in [0, 1],
 * from a sorted copy (the input is not changed).
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (n === 1) return sorted[0];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const copy = Float64Array.from(values as ArrayLike<number>);
  copy.sort();
  return copy;
}

export function percentiles(values: ArrayLike<number>, ps: readonly number[]): number[] {
  const sorted = sortedCopy(values);
  return ps.map((p) => percentileOfSorted(sorted, p));
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length === 0 ? Number.NaN : sum / values.length;
}

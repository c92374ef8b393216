/**
 * Order statistics without sorting: quickselect (Hoare partition, median-of-three pivot) puts the
 * k-th smallest value at index k, everything before it ≤ and everything after it ≥. A summary needs
 * three percentiles per series and month, so selecting costs O(n) where a sort costs O(n log n); the
 * values are the same as a sort's (order statistics are unique), so summaries do not change.
 * NaN has no place in an order: callers check for it and sort instead (Float64Array#sort puts NaN last).
 */

/** Rearranges a[left..right] so that a[k] holds the value a sorted copy would have at k. */
export function selectInPlace(a: Float64Array, k: number, left = 0, right = a.length - 1): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three moved to a[lo] as the pivot; a[mid] ≤ a[lo] ≤ a[hi] afterwards.
    if (a[mid] > a[hi]) swap(a, mid, hi);
    if (a[lo] > a[hi]) swap(a, lo, hi);
    if (a[mid] > a[lo]) swap(a, mid, lo);
    const pivot = a[lo];
    let i = lo;
    let j = hi + 1;
    for (;;) {
      do i++;
      while (i <= hi && a[i] < pivot);
      do j--;
      while (a[j] > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, lo, j);
    // a[j] = pivot in its final place: everything in [lo, j) ≤ pivot ≤ everything in (j, hi].
    if (j === k) return;
    if (j > k) hi = j - 1;
    else lo = j + 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** Smallest of a[from..to] (inclusive). */
function minOf(a: Float64Array, from: number, to: number): number {
  let m = a[from];
  for (let i = from + 1; i <= to; i++) if (a[i] < m) m = a[i];
  return m;
}

/**
 * Type-7 percentiles (as percentileOfSorted on a sorted copy) of `a`, which is reordered and has any
 * −0 made 0: `ps` must be ascending. Each percentile is found inside the range the previous selection left above it.
 */
export function percentilesInPlace(a: Float64Array, ps: readonly number[], out: number[]): number[] {
  const n = a.length;
  out.length = 0;
  if (n === 0) {
    for (let i = 0; i < ps.length; i++) out.push(Number.NaN);
    return out;
  }
  // A series that is the same in every replication (a contracted figure, a count that stays 0) needs
  // no selection: every percentile is that value.
  // −0 is taken as 0 (a sort would order it first and could return it).
  let least = a[0] + 0;
  let most = least;
  for (let i = 0; i < n; i++) {
    const v = a[i] + 0;
    a[i] = v;
    if (v < least) least = v;
    else if (v > most) most = v;
  }
  if (least === most && Number.isFinite(least)) {
    for (let i = 0; i < ps.length; i++) out.push(least);
    return out;
  }
  let from = 0;
  for (const p of ps) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    selectInPlace(a, lo, from, n - 1);
    const low = a[lo];
    out.push(h > lo ? low + (h - lo) * (minOf(a, lo + 1, n - 1) - low) : low);
    from = lo;
  }
  return out;
}

/** Nearest-rank (1-based rank ⌈p·n⌉) values of `a`, reordered; `ps` ascending. */
export function nearestRanksInPlace(a: Float64Array, ps: readonly number[], out: number[]): number[] {
  const n = a.length;
  out.length = 0;
  let from = 0;
  for (const p of ps) {
    const k = Math.max(1, Math.ceil(p * n)) - 1;
    selectInPlace(a, k, from, n - 1);
    out.push(a[k]);
    from = k;
  }
  return out;
}

/** Whether any value is NaN (then an order is not defined and callers sort). */
export function hasNaN(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (Number.isNaN(a[i])) return true;
  return false;
}

/**
 * Order statistics without sorting: quickselect (Hoare partition, median-of-three pivot) puts the
 * k-th smallest value at index k, everything before it ≤ and everything after it ≥: O(n) where a sort
 * costs O(n log n), and the same values as a sort's (order statistics are unique). Used for the exact
 * nearest-rank percentiles of the total cost, whose per-replication amounts a run keeps.
 * NaN has no place in an order: callers pass none (amounts in whole fen are always numbers).
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

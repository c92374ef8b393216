/**
 * The quantile sketch's cells (one per series month, quota peak, money line …) and the order
 * statistics read from them. The keys, their accuracy and resolutions: sketchKeys.ts.
 */
import { bucketKey, bucketMidpoint, NAN_KEY, type Resolution, SUB_BITS } from './sketchKeys.ts';

export {
  bucketKey,
  bucketMidpoint,
  errorBound,
  NAN_KEY,
  NEG_INF_KEY,
  POS_INF_KEY,
  RELATIVE_ACCURACY,
  type Resolution,
  SUB_BITS,
  sketchResolution,
} from './sketchKeys.ts';

/** Marks a free hash slot; never a key. */
const EMPTY = 2 ** 31;

/** The buckets of a packed bank (packedBank.ts), as SketchCell.mergePacked reads them. */
export interface PackedBuckets {
  keys: Int32Array;
  counts: Float64Array;
  mins: Float64Array;
  maxs: Float64Array;
  minCounts: Float64Array;
  maxCounts: Float64Array;
}

/** Fields of a bucket in a cell's slot array. */
const KEY = 0;
const COUNT = 1;
const MIN = 2;
const MAX = 3;
const MIN_COUNT = 4;
const MAX_COUNT = 5;
const STRIDE = 6;

/**
 * One cell's sketch: an open-addressing hash table of buckets, each bucket's six fields side by side
 * in one Float64Array (one cache line per insert). Insert is O(1); memory grows with the buckets in
 * use, never with the number of values.
 */
export class SketchCell {
  /** The cell's resolution (sketchKeys.ts): none for most; set before the first value. */
  resolution: Resolution | undefined;
  /** Values added (all buckets, NaN included). */
  total = 0;
  /** Buckets in use. */
  size = 0;
  private slots: Float64Array;
  private capacity: number;

  constructor(capacity = 8, resolution?: Resolution) {
    this.resolution = resolution;
    let c = 8;
    while (c < capacity) c *= 2;
    this.capacity = c;
    this.slots = emptySlots(c);
  }

  /** Empties the cell in place, keeping its capacity. */
  clear(): void {
    if (this.size === 0) return;
    const s = this.slots;
    for (let at = 0; at < s.length; at += STRIDE) s[at] = EMPTY;
    this.total = 0;
    this.size = 0;
  }

  /** Calls `visit` with the offset (into `fields()`) of every bucket in use, in slot order. */
  forEachBucket(visit: (offset: number) => void): void {
    const s = this.slots;
    for (let at = 0; at < s.length; at += STRIDE) if (s[at] !== EMPTY) visit(at);
  }

  add(value: number): void {
    const v = value + 0;
    this.insert(bucketKey(v, this.resolution), 1, v, v, 1, 1);
  }

  /** Adds the buckets [from, to) of a packed bank. */
  mergePacked(bank: PackedBuckets, from: number, to: number): void {
    // At most every incoming bucket is new: one rehash now instead of a doubling after another.
    this.reserve(this.size + to - from);
    for (let b = from; b < to; b++)
      this.insert(
        bank.keys[b],
        bank.counts[b],
        bank.mins[b],
        bank.maxs[b],
        bank.minCounts[b],
        bank.maxCounts[b],
      );
  }

  /** Adds a bucket summary (count values between min and max, with minCount of min and maxCount of max). */
  insert(key: number, count: number, min: number, max: number, minCount: number, maxCount: number): void {
    this.total += count;
    const s = this.slots;
    const mask = this.capacity - 1;
    let slot = slotOf(key, mask);
    let at = slot * STRIDE;
    for (;;) {
      const k = s[at];
      if (k === key) break;
      if (k === EMPTY) {
        s[at] = key;
        s[at + COUNT] = count;
        s[at + MIN] = min;
        s[at + MAX] = max;
        s[at + MIN_COUNT] = minCount;
        s[at + MAX_COUNT] = maxCount;
        if (++this.size * 4 > this.capacity * 3) this.grow();
        return;
      }
      slot = (slot + 1) & mask;
      at = slot * STRIDE;
    }
    s[at + COUNT] += count;
    if (key === NAN_KEY) {
      s[at + MIN_COUNT] += minCount;
      s[at + MAX_COUNT] += maxCount;
      return;
    }
    const m = s[at + MIN];
    if (min < m) {
      s[at + MIN] = min;
      s[at + MIN_COUNT] = minCount;
    } else if (min === m) s[at + MIN_COUNT] += minCount;
    const x = s[at + MAX];
    if (max > x) {
      s[at + MAX] = max;
      s[at + MAX_COUNT] = maxCount;
    } else if (max === x) s[at + MAX_COUNT] += maxCount;
  }

  /** Grows the table at once to hold `buckets` buckets (a merge knows how many may come). */
  private reserve(buckets: number): void {
    if (buckets * 4 <= this.capacity * 3) return;
    let c = this.capacity;
    while (buckets * 4 > c * 3) c *= 2;
    this.grow(c);
  }

  private grow(capacity = 2 * this.capacity): void {
    const old = this.slots;
    const total = this.total;
    this.capacity = capacity;
    this.slots = emptySlots(this.capacity);
    this.size = 0;
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at] !== EMPTY)
        this.insert(
          old[at],
          old[at + COUNT],
          old[at + MIN],
          old[at + MAX],
          old[at + MIN_COUNT],
          old[at + MAX_COUNT],
        );
    }
    this.total = total;
  }

  /** Buckets in use, ordered by key (so by value), as offsets into `fields()`. */
  ordered(): Int32Array {
    const s = this.slots;
    const order = new Float64Array(this.size);
    let n = 0;
    // key + 2^22 ≥ 0 and < 2^23; times the capacity (< 2^30) plus the slot stays an exact double.
    for (let slot = 0; slot < this.capacity; slot++) {
      const key = s[slot * STRIDE];
      if (key !== EMPTY) order[n++] = (key + 2 ** 22) * this.capacity + slot;
    }
    order.sort();
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = (order[i] % this.capacity) * STRIDE;
    return out;
  }

  /** The slot array: at offset o, key o, count o + 1, min o + 2, max o + 3, minCount o + 4, maxCount o + 5. */
  fields(): Float64Array {
    return this.slots;
  }

  /** Count of values in the bucket of `key` (0 if none). */
  countOf(key: number): number {
    const s = this.slots;
    const mask = this.capacity - 1;
    let slot = slotOf(key, mask);
    for (;;) {
      const k = s[slot * STRIDE];
      if (k === key) return s[slot * STRIDE + COUNT];
      if (k === EMPTY) return 0;
      slot = (slot + 1) & mask;
    }
  }
}

/**
 * Where a key's bucket lives: keys of one octave (consecutive integers) go to consecutive slots, so
 * merging a sorted run of buckets walks memory in order; octaves are scattered by a multiplicative
 * hash of the exponent, so powers of two (keys 512 apart) do not pile onto one slot.
 */
function slotOf(key: number, mask: number): number {
  return (key + Math.imul(key >> SUB_BITS, 0x9e3779b1)) & mask;
}

function emptySlots(capacity: number): Float64Array {
  const s = new Float64Array(capacity * STRIDE);
  for (let at = 0; at < s.length; at += STRIDE) s[at] = EMPTY;
  return s;
}

/** The estimate of rank `within` (0-based) of a bucket: exact at its extremes and with ≤ 2 distinct values. */
export function estimateInBucket(
  key: number,
  within: number,
  count: number,
  min: number,
  max: number,
  minCount: number,
  maxCount: number,
  resolution?: Resolution,
): number {
  if (within < minCount) return min;
  if (within >= count - maxCount) return max;
  return Math.min(max, Math.max(min, bucketMidpoint(key, resolution)));
}

/**
 * The order statistics of a cell at the given 0-based ranks (ascending), one pass over its buckets.
 * Exact at a bucket's extremes and in buckets of ≤ 2 distinct values; otherwise the bucket's midpoint
 * clamped to its extremes.
 */
export function valuesAtRanks(cell: SketchCell, ranks: readonly number[], out: number[] = []): number[] {
  out.length = 0;
  if (ranks.length === 0) return out;
  const order = cell.ordered();
  const f = cell.fields();
  let r = 0;
  let before = 0;
  for (let i = 0; i < order.length && r < ranks.length; i++) {
    const o = order[i];
    const count = f[o + COUNT];
    while (r < ranks.length && ranks[r] < before + count) {
      out.push(
        estimateInBucket(
          f[o],
          ranks[r] - before,
          count,
          f[o + MIN],
          f[o + MAX],
          f[o + MIN_COUNT],
          f[o + MAX_COUNT],
          cell.resolution,
        ),
      );
      r++;
    }
    before += count;
  }
  while (out.length < ranks.length) out.push(Number.NaN);
  return out;
}

/**
 * Type-7 percentiles (linear interpolation between order statistics, R's and NumPy's default) of a
 * cell; `ps` ascending. NaN for an empty cell.
 */
export function typeSevenPercentiles(cell: SketchCell, ps: readonly number[]): number[] {
  const n = cell.total;
  if (n === 0) return ps.map(() => Number.NaN);
  // Ranks lo and lo + 1 of each p, ascending (ps ascending makes them so once duplicates go).
  const ranks: number[] = [];
  for (const p of ps) {
    const lo = Math.floor((n - 1) * p);
    for (const r of [lo, Math.min(lo + 1, n - 1)])
      if (ranks.length === 0 || r > ranks[ranks.length - 1]) ranks.push(r);
  }
  const x = valuesAtRanks(cell, ranks);
  const at = (r: number) => x[ranks.indexOf(r)];
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const low = at(lo);
    return h > lo ? low + (h - lo) * (at(Math.min(lo + 1, n - 1)) - low) : low;
  });
}

/** Nearest-rank percentiles (rank ⌈p·n⌉, an amount some replication had); `ps` ascending. */
export function nearestRankPercentiles(cell: SketchCell, ps: readonly number[]): number[] {
  const n = cell.total;
  if (n === 0) return ps.map(() => Number.NaN);
  const wanted = ps.map((p) => Math.max(1, Math.ceil(p * n)) - 1);
  const ranks = wanted.filter((r, i) => i === 0 || r > wanted[i - 1]);
  const x = valuesAtRanks(cell, ranks);
  return wanted.map((r) => x[ranks.indexOf(r)]);
}

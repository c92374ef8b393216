/**
 * A bank of cells as it travels between threads: per cell, its sketch buckets in key order and its
 * exact sum's non-zero limbs — typed arrays (transferable, never strings) plus the group names.
 * Written by a worker's column fold (columnFold.ts) or by a CellBank, read by CellBank.merge.
 */
export interface PackedBank {
  groups: string[];
  widths: Uint32Array;
  /** Per group, the exponent of its cells' resolution (sketchKeys.ts); 0 for none. */
  resolutions: Int8Array;
  /** Buckets of cell c are [bucketStart[c], bucketStart[c + 1]), in key order. */
  bucketStart: Uint32Array;
  keys: Int32Array;
  counts: Float64Array;
  mins: Float64Array;
  maxs: Float64Array;
  minCounts: Float64Array;
  maxCounts: Float64Array;
  /** Exact sum of cell c: limbs [sumFrom[c], …) stored at [sumStart[c], sumStart[c + 1]). */
  sumFrom: Uint8Array;
  sumStart: Uint32Array;
  sumLimbs: Float64Array;
}

/** Writes a PackedBank cell by cell, in cell order (arrays grow as needed; `finish` trims them). */
export class PackedBankWriter {
  private readonly cells: number;
  private cell = -1;
  private buckets = 0;
  private limbs = 0;
  private readonly bank: PackedBank;

  /**
   * `scratch` (optional) is a previous writer's storage to write into: a worker packs a batch after
   * batch, and reusing the arrays spares the collector; `finish` copies out what was written.
   */
  constructor(
    groups: string[],
    widths: readonly number[],
    resolutions: readonly number[],
    buckets: number,
    limbs: number,
    scratch?: PackedBank,
  ) {
    this.cells = widths.reduce((a, b) => a + b, 0);
    const reuse =
      scratch && scratch.keys.length >= buckets && scratch.sumLimbs.length >= limbs ? scratch : null;
    this.bank = {
      groups,
      widths: Uint32Array.from(widths),
      resolutions: Int8Array.from(resolutions),
      bucketStart: new Uint32Array(this.cells + 1),
      keys: reuse?.keys ?? new Int32Array(buckets),
      counts: reuse?.counts ?? new Float64Array(buckets),
      mins: reuse?.mins ?? new Float64Array(buckets),
      maxs: reuse?.maxs ?? new Float64Array(buckets),
      minCounts: reuse?.minCounts ?? new Float64Array(buckets),
      maxCounts: reuse?.maxCounts ?? new Float64Array(buckets),
      sumFrom: new Uint8Array(this.cells),
      sumStart: new Uint32Array(this.cells + 1),
      sumLimbs: reuse?.sumLimbs ?? new Float64Array(limbs),
    };
  }

  /** The storage written so far (for a later writer to reuse). */
  storage(): PackedBank {
    return this.bank;
  }

  /** Moves to the next cell (cells are written in order, each exactly once). */
  nextCell(): void {
    this.cell++;
    this.bank.bucketStart[this.cell] = this.buckets;
    this.bank.sumStart[this.cell] = this.limbs;
  }

  bucket(key: number, count: number, min: number, max: number, minCount: number, maxCount: number): void {
    if (this.buckets === this.bank.keys.length) this.growBuckets();
    const b = this.bank;
    const i = this.buckets++;
    b.keys[i] = key;
    b.counts[i] = count;
    b.mins[i] = min;
    b.maxs[i] = max;
    b.minCounts[i] = minCount;
    b.maxCounts[i] = maxCount;
  }

  private growBuckets(): void {
    const b = this.bank;
    const n = Math.max(64, 2 * b.keys.length);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const next = make(n);
      next.set(a);
      return next;
    };
    b.keys = grow(b.keys, (k) => new Int32Array(k));
    b.counts = grow(b.counts, (k) => new Float64Array(k));
    b.mins = grow(b.mins, (k) => new Float64Array(k));
    b.maxs = grow(b.maxs, (k) => new Float64Array(k));
    b.minCounts = grow(b.minCounts, (k) => new Float64Array(k));
    b.maxCounts = grow(b.maxCounts, (k) => new Float64Array(k));
  }

  /** The current cell's exact sum: limbs [from, from + length) taken from `source` at `offset`. */
  sum(from: number, source: Float64Array, offset: number, length: number): void {
    this.bank.sumFrom[this.cell] = from;
    if (this.limbs + length > this.bank.sumLimbs.length) {
      const grown = new Float64Array(Math.max(2 * this.bank.sumLimbs.length, this.limbs + length));
      grown.set(this.bank.sumLimbs);
      this.bank.sumLimbs = grown;
    }
    this.bank.sumLimbs.set(source.subarray(offset, offset + length), this.limbs);
    this.limbs += length;
  }

  finish(): PackedBank {
    if (this.cell !== this.cells - 1) throw new Error(`packed ${this.cell + 1} of ${this.cells} cells`);
    const b = this.bank;
    b.bucketStart[this.cells] = this.buckets;
    b.sumStart[this.cells] = this.limbs;
    const n = this.buckets;
    return {
      ...b,
      keys: b.keys.slice(0, n),
      counts: b.counts.slice(0, n),
      mins: b.mins.slice(0, n),
      maxs: b.maxs.slice(0, n),
      minCounts: b.minCounts.slice(0, n),
      maxCounts: b.maxCounts.slice(0, n),
      sumLimbs: b.sumLimbs.slice(0, this.limbs),
    };
  }
}

/** The buffers of a packed bank, to hand over as transferables. */
export function bankBuffers(bank: PackedBank): ArrayBuffer[] {
  return [
    bank.widths,
    bank.resolutions,
    bank.bucketStart,
    bank.keys,
    bank.counts,
    bank.mins,
    bank.maxs,
    bank.minCounts,
    bank.maxCounts,
    bank.sumFrom,
    bank.sumStart,
    bank.sumLimbs,
  ].map((a) => a.buffer as ArrayBuffer);
}

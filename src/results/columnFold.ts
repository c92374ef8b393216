import type { CellSink } from './cellBank.ts';
import { ExactSums } from './exactSum.ts';
import { type PackedBank, PackedBankWriter } from './packedBank.ts';
import { bucketKey, SketchCell, sketchResolution } from './quantileSketch.ts';

/**
 * A worker's side of the cells: while a batch runs, each cell's values are only appended to a column
 * of their own (a plain store, no hashing, nothing but the column in cache); when the batch ends, each
 * column is folded in one pass into its buckets (quantileSketch.ts) and its exact sum (exactSum.ts).
 * The result is the packed bank the coordinator merges: the same buckets and sums a CellBank fed the
 * same values would hold (buckets in no particular order).
 */
export class ColumnStore implements CellSink {
  private readonly offsets = new Map<string, { offset: number; width: number }>();
  private readonly order: string[] = [];
  private readonly widths: number[] = [];
  private readonly resolutions: number[] = [];
  /** Per cell, the exponent of its resolution (0: none). */
  private cellResolution: number[] = [];
  private cells = 0;
  private perCell: number;
  private values: Float64Array;
  private fill: Uint32Array;
  private readonly sum = new ExactSums(1);
  /** Groups a column's values into buckets (reused, emptied per column). */
  private readonly cell = new SketchCell(64);
  /** The last pack's write storage, reused by the next (see PackedBankWriter). */
  private scratch: PackedBank | undefined;

  constructor(perCell = 16) {
    this.perCell = Math.max(1, perCell);
    this.values = new Float64Array(0);
    this.fill = new Uint32Array(0);
  }

  /** Empties every column, with room for `perCell` values each (they grow if needed). */
  reset(perCell: number): void {
    this.fill.fill(0);
    if (perCell > this.perCell) this.relayout(perCell, this.fill.length);
  }

  group(name: string, width: number, resolution = 0): number {
    const known = this.offsets.get(name);
    if (known) {
      if (known.width !== width)
        throw new Error(`cell group '${name}' has ${known.width} cells, not ${width}`);
      return known.offset;
    }
    sketchResolution(resolution); // refuses an exponent out of range
    const offset = this.cells;
    this.offsets.set(name, { offset, width });
    this.order.push(name);
    this.widths.push(width);
    this.resolutions.push(resolution);
    for (let i = 0; i < width; i++) this.cellResolution.push(resolution);
    this.cells += width;
    if (this.cells > this.fill.length)
      this.relayout(this.perCell, Math.max(this.cells, 2 * this.fill.length));
    return offset;
  }

  add(cell: number, value: number): void {
    let n = this.fill[cell];
    if (n === this.perCell) {
      this.relayout(this.perCell * 2, this.fill.length);
      n = this.fill[cell];
    }
    this.values[cell * this.perCell + n] = value + 0; // −0 → 0
    this.fill[cell] = n + 1;
  }

  /** Moves the columns into a store of `capacity` cells × `perCell` values (keeping what they hold). */
  private relayout(perCell: number, capacity: number): void {
    const values = new Float64Array(capacity * perCell);
    const fill = new Uint32Array(capacity);
    for (let c = 0; c < this.fill.length; c++) {
      const n = this.fill[c];
      values.set(this.values.subarray(c * this.perCell, c * this.perCell + n), c * perCell);
      fill[c] = n;
    }
    this.values = values;
    this.fill = fill;
    this.perCell = perCell;
  }

  /**
   * Folds every column into its buckets and exact sum. A constant column (common: contracted
   * figures, counts that stay 0) is one bucket and one multiplication; any other goes through a
   * scratch sketch cell (a small hash table that stays in cache) — several times cheaper than
   * sorting the column.
   */
  pack(): PackedBank {
    const { values, fill, perCell, cell: scratch } = this;
    let total = 0;
    for (let c = 0; c < this.cells; c++) total += fill[c];
    // Buckets are at most the values; a quarter is a fair first guess (the writer grows).
    const w = new PackedBankWriter(
      [...this.order],
      this.widths,
      this.resolutions,
      Math.max(64, total >> 2),
      4 * this.cells,
      this.scratch,
    );
    const sum = this.sum;
    for (let c = 0; c < this.cells; c++) {
      w.nextCell();
      const n = fill[c];
      if (n === 0) continue;
      const from = c * perCell;
      const end = from + n;
      const first = values[from];
      const resolution = sketchResolution(this.cellResolution[c]);
      if (isConstant(values, from, end)) {
        w.bucket(bucketKey(first, resolution), n, first, first, n, n);
        if (first !== 0) sum.addMultiple(0, first, n);
      } else {
        scratch.clear();
        scratch.resolution = resolution;
        for (let i = from; i < end; i++) {
          const v = values[i];
          scratch.add(v);
          if (v !== 0) sum.addMultiple(0, v, 1);
        }
        const fields = scratch.fields();
        scratch.forEachBucket((o) =>
          w.bucket(fields[o], fields[o + 1], fields[o + 2], fields[o + 3], fields[o + 4], fields[o + 5]),
        );
      }
      sum.normalize(0);
      const [lo, hi] = sum.range(0);
      if (hi > lo) w.sum(lo, sum.limbs, lo, hi - lo);
      sum.clearCell(0);
    }
    const packed = w.finish();
    this.scratch = w.storage();
    return packed;
  }
}
function isConstant(values: Float64Array, from: number, end: number): boolean {
  const first = values[from];
  for (let i = from + 1; i < end; i++) if (values[i] !== first) return false;
  return !Number.isNaN(first);
}

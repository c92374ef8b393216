import { ExactSums, LIMBS, scaledToInteger, scaledToNumber } from './exactSum.ts';
import { type PackedBank, PackedBankWriter } from './packedBank.ts';
import {
  NAN_KEY,
  NEG_INF_KEY,
  nearestRankPercentiles,
  POS_INF_KEY,
  SketchCell,
  sketchResolution,
  typeSevenPercentiles,
} from './quantileSketch.ts';

/** Where values go, cell by cell: a CellBank, or a worker's column fold. */
export interface CellSink {
  /**
   * The first cell of group `name` (created with `width` cells if new), its cells at the resolution
   * 2^resolution (sketchKeys.ts; 0, the default: none).
   */
  group(name: string, width: number, resolution?: number): number;
  add(cell: number, value: number): void;
}

/**
 * Named groups of cells (a series has one cell per month; a scalar such as a quota's peak has one),
 * each cell holding a quantile sketch (quantileSketch.ts) and an exact sum (exactSum.ts) of the values
 * it was given. Both merge exactly, so a bank built from any grouping of the replications, merged in
 * any order, answers every query with the same bits. The coordinator's side of a run; packed banks
 * (packedBank.ts) are what workers send.
 */
export class CellBank implements CellSink {
  private readonly offsets = new Map<string, { offset: number; width: number; resolution: number }>();
  private readonly order: string[] = [];
  private cells: SketchCell[] = [];
  private readonly sums = new ExactSums(0);

  /** The first cell of group `name` (created with `width` cells at 2^resolution if new). */
  group(name: string, width: number, resolution = 0): number {
    const known = this.offsets.get(name);
    if (known) {
      if (known.width !== width)
        throw new Error(`cell group '${name}' has ${known.width} cells, not ${width}`);
      if (known.resolution !== resolution)
        throw new Error(`cell group '${name}' has resolution 2^${known.resolution}, not 2^${resolution}`);
      return known.offset;
    }
    const r = sketchResolution(resolution);
    const offset = this.cells.length;
    this.offsets.set(name, { offset, width, resolution });
    this.order.push(name);
    for (let i = 0; i < width; i++) this.cells.push(new SketchCell(8, r));
    this.sums.resize(this.cells.length);
    return offset;
  }

  /** Offset, width and resolution of a group, or undefined. */
  find(name: string): { offset: number; width: number; resolution: number } | undefined {
    return this.offsets.get(name);
  }

  groupNames(): readonly string[] {
    return this.order;
  }

  /** Empties every cell, keeping the groups (a worker reuses its bank from batch to batch). */
  clear(): void {
    for (const cell of this.cells) cell.clear();
    this.sums.clear();
  }

  add(cell: number, value: number): void {
    this.cells[cell].add(value);
    this.sums.add(cell, value);
  }

  count(cell: number): number {
    return this.cells[cell].total;
  }

  /** Mean of a cell: the exact sum rounded once, divided by the count (NaN rules as for a plain sum). */
  mean(cell: number): number {
    const sketch = this.cells[cell];
    const n = sketch.total;
    if (n === 0 || sketch.countOf(NAN_KEY) > 0) return Number.NaN;
    const up = sketch.countOf(POS_INF_KEY) > 0;
    const down = sketch.countOf(NEG_INF_KEY) > 0;
    if (up && down) return Number.NaN;
    if (up) return Number.POSITIVE_INFINITY;
    if (down) return Number.NEGATIVE_INFINITY;
    return scaledToNumber(this.sums.scaled(cell)) / n;
  }

  /** The exact sum of a cell whose values are all integers (e.g. whole fen). */
  integerSum(cell: number): bigint {
    return scaledToInteger(this.sums.scaled(cell));
  }

  typeSeven(cell: number, ps: readonly number[]): number[] {
    return typeSevenPercentiles(this.cells[cell], ps);
  }

  nearestRank(cell: number, ps: readonly number[]): number[] {
    return nearestRankPercentiles(this.cells[cell], ps);
  }

  /** This bank packed (buckets in key order), e.g. to merge into another bank. */
  pack(): PackedBank {
    let buckets = 0;
    for (const c of this.cells) buckets += c.size;
    const groups = this.order.map((name) => this.offsets.get(name)!);
    const w = new PackedBankWriter(
      [...this.order],
      groups.map((g) => g.width),
      groups.map((g) => g.resolution),
      buckets,
      this.cells.length * LIMBS,
    );
    for (let c = 0; c < this.cells.length; c++) {
      w.nextCell();
      const f = this.cells[c].fields();
      for (const o of this.cells[c].ordered())
        w.bucket(f[o], f[o + 1], f[o + 2], f[o + 3], f[o + 4], f[o + 5]);
      this.sums.normalize(c);
      const [from, to] = this.sums.range(c);
      if (to > from) w.sum(from, this.sums.limbs, c * LIMBS + from, to - from);
    }
    return w.finish();
  }

  /** Adds a packed bank's values into this one (groups matched by name). */
  merge(packed: PackedBank): void {
    let from = 0;
    for (let g = 0; g < packed.groups.length; g++) {
      const width = packed.widths[g];
      const to = this.group(packed.groups[g], width, packed.resolutions[g]);
      for (let i = 0; i < width; i++) {
        const src = from + i;
        this.cells[to + i].mergePacked(packed, packed.bucketStart[src], packed.bucketStart[src + 1]);
        const start = packed.sumStart[src];
        const length = packed.sumStart[src + 1] - start;
        if (length > 0) this.sums.addLimbs(to + i, packed.sumFrom[src], packed.sumLimbs, start, length);
      }
      from += width;
    }
  }
}

/**
 * Monthly series recorded from outside the kernel: models (observers) write one number per term
 * month into named series; the kernel never sees them. Each series is a Float64Array with one slot
 * per month, created full of zeros on first use, so recording allocates nothing after that.
 *
 * Given a layout (the series names a previous run of the same scenario created, in order), the
 * recorder holds them all in one buffer from the start, and `toObject` packs any others into it
 * too: a replication's series then travel out of a worker as one transferable buffer rather than
 * ~80, each of which costs an allocation, a transfer and a sweep.
 *
 * Month indices are checked (an out-of-range write to a typed array would be silently dropped):
 * an index outside 0…months − 1 throws a RangeError naming the series.
 */
export class MonthlyRecorder {
  readonly months: number;
  private readonly byName = new Map<string, Float64Array>();

  constructor(months: number, layout: readonly string[] = []) {
    if (!Number.isInteger(months) || months < 1) {
      throw new RangeError(`a recorder needs a positive whole number of months, got ${months}`);
    }
    this.months = months;
    if (layout.length > 0) {
      const slab = new Float64Array(layout.length * months);
      layout.forEach((name, i) => {
        this.byName.set(name, slab.subarray(i * months, (i + 1) * months));
      });
      this.slab = slab;
    }
  }

  /** The buffer holding the layout's series (null without a layout). */
  private slab: Float64Array | null = null;

  /** The series called `name` (live array, not a copy); created with zeros on first use. */
  series(name: string): Float64Array {
    let values = this.byName.get(name);
    if (values === undefined) {
      values = new Float64Array(this.months);
      this.byName.set(name, values);
    }
    return values;
  }

  /** True if a series of that name has been created. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** series[month] = value (a level: e.g. vCPU allocated at month end). */
  set(name: string, monthIndex: number, value: number): void {
    this.series(name)[this.checkedIndex(name, monthIndex)] = value;
  }

  /** series[month] += value (a flow: e.g. messages sent, downtime minutes). */
  add(name: string, monthIndex: number, value: number): void {
    this.series(name)[this.checkedIndex(name, monthIndex)] += value;
  }

  /**
   * series[month] = max(series[month], value) (a peak). Series start at 0, so this records
   * max(0, values…): meant for non-negative quantities such as peak utilisation.
   */
  max(name: string, monthIndex: number, value: number): void {
    const values = this.series(name);
    const index = this.checkedIndex(name, monthIndex);
    if (value > values[index]) values[index] = value;
  }

  /** Series names in creation order. */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /**
   * All series by name. The arrays are the recorder's own (no copy): hand them on (e.g. transfer
   * them out of a worker) once the replication has finished recording.
   */
  toObject(): Record<string, Float64Array> {
    const result: Record<string, Float64Array> = {};
    for (const [name, values] of this.byName) result[name] = values;
    return result;
  }

  /**
   * As toObject, with every series a view of one buffer (copied into a new one if some series were
   * created outside the layout). Call once the replication has finished recording.
   */
  toPackedObject(): Record<string, Float64Array> {
    const months = this.months;
    const slab = this.slab;
    let packed = slab !== null && this.byName.size * months === slab.length;
    if (packed) for (const values of this.byName.values()) if (values.buffer !== slab!.buffer) packed = false;
    if (packed) return this.toObject();
    const out = new Float64Array(this.byName.size * months);
    const result: Record<string, Float64Array> = {};
    let i = 0;
    for (const [name, values] of this.byName) {
      const view = out.subarray(i * months, (i + 1) * months);
      view.set(values);
      result[name] = view;
      i++;
    }
    return result;
  }

  private checkedIndex(name: string, monthIndex: number): number {
    if (!Number.isInteger(monthIndex) || monthIndex < 0 || monthIndex >= this.months) {
      throw new RangeError(`series '${name}': month index ${monthIndex} is outside 0…${this.months - 1}`);
    }
    return monthIndex;
  }
}
